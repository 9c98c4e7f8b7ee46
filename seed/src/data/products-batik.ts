import type { SeedProduct } from './types.js';

/** Batik cloth, shirts and scarves. Cloth (kain) is 2 m × 1,15 m unless stated. */
export const batikProducts: SeedProduct[] = [
  // ── Batik Sekar Sembulung (Sembulung, Cluring) ─────────────────────────────
  {
    slug: 'kain-batik-tulis-gajah-oling-sutra-pewarna-alam',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Gajah Oling Sutra Pewarna Alam',
    description:
      'Batik tulis motif Gajah Oling, motif lambang Banyuwangi, dicanting tangan di atas kain sutra. Diwarnai dengan pewarna alam sehingga warnanya lembut dan setiap lembar sedikit berbeda.',
    attributes: { technique: 'tulis', motif: 'Gajah Oling', fabric: 'sutra', dye: 'pewarna alam' },
    featured: true,
    variants: [
      {
        sku: 'SMB-GOS-TLS-01',
        name: 'Kain 2 m × 1,15 m – Cokelat Soga',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat Soga' },
        ],
        price: 2_350_000,
        stock: 2,
        weightGrams: 200,
      },
      {
        sku: 'SMB-GOS-TLS-02',
        name: 'Kain 2 m × 1,15 m – Biru Indigo',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Indigo' },
        ],
        price: 2_450_000,
        stock: 1,
        weightGrams: 200,
      },
    ],
  },
  {
    slug: 'kain-batik-tulis-gajah-oling-primisima',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Gajah Oling Katun Primisima',
    description:
      'Batik tulis Gajah Oling klasik pada katun primisima yang halus dan nyaman dijahit menjadi kemeja atau kebaya. Pewarna sintetis membuat warnanya tajam dan tahan lama.',
    attributes: { technique: 'tulis', motif: 'Gajah Oling', fabric: 'katun primisima', dye: 'sintetis' },
    featured: true,
    variants: [
      {
        sku: 'SMB-GO-TLS-01',
        name: 'Kain 2 m × 1,15 m – Merah Marun',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Merah Marun' },
        ],
        price: 650_000,
        stock: 4,
        weightGrams: 300,
      },
      {
        sku: 'SMB-GO-TLS-02',
        name: 'Kain 2 m × 1,15 m – Hitam Kuning',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hitam Kuning' },
        ],
        price: 650_000,
        stock: 3,
        weightGrams: 300,
      },
      {
        sku: 'SMB-GO-TLS-03',
        name: 'Kain 2 m × 1,15 m – Biru Dongker',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Dongker' },
        ],
        price: 675_000,
        stock: 0,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-tulis-kangkung-setingkes-pewarna-alam',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Kangkung Setingkes Pewarna Alam',
    description:
      'Motif Kangkung Setingkes menggambarkan seikat (setingkes) kangkung yang disusun berulang. Dicanting di atas katun primisima dan diwarnai dengan pewarna alam.',
    attributes: { technique: 'tulis', motif: 'Kangkung Setingkes', fabric: 'katun primisima', dye: 'pewarna alam' },
    featured: true,
    variants: [
      {
        sku: 'SMB-KS-TLS-01',
        name: 'Kain 2 m × 1,15 m – Hijau Daun',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hijau Daun' },
        ],
        price: 850_000,
        stock: 2,
        weightGrams: 300,
      },
      {
        sku: 'SMB-KS-TLS-02',
        name: 'Kain 2 m × 1,15 m – Cokelat Tanah',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat Tanah' },
        ],
        price: 850_000,
        stock: 2,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-tulis-sekar-jagad-blambangan',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Sekar Jagad Blambangan',
    description:
      'Sekar Jagad Blambangan memadukan berbagai ragam hias khas Banyuwangi dalam satu kain. Dikerjakan tulis penuh oleh perajin Sembulung, cocok untuk kain panjang atau busana pesta.',
    attributes: { technique: 'tulis', motif: 'Sekar Jagad Blambangan', fabric: 'katun primisima', dye: 'sintetis' },
    featured: true,
    variants: [
      {
        sku: 'SMB-SJB-TLS-01',
        name: 'Kain 2 m × 1,15 m – Multiwarna Gelap',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Multiwarna Gelap' },
        ],
        price: 1_250_000,
        stock: 1,
        weightGrams: 300,
      },
      {
        sku: 'SMB-SJB-TLS-02',
        name: 'Kain 2 m × 1,15 m – Multiwarna Cerah',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Multiwarna Cerah' },
        ],
        price: 1_250_000,
        stock: 2,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-cap-paras-gempal',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Cap Paras Gempal',
    description:
      'Batik cap motif Paras Gempal dengan pola bongkahan batu yang rapat. Harga terjangkau dan warna cerah, cocok untuk seragam kantor atau acara keluarga.',
    attributes: { technique: 'cap', motif: 'Paras Gempal', fabric: 'katun prima', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'SMB-PG-CAP-01',
        name: 'Kain 2 m × 1,15 m – Merah Bata',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Merah Bata' },
        ],
        price: 185_000,
        stock: 12,
        weightGrams: 280,
      },
      {
        sku: 'SMB-PG-CAP-02',
        name: 'Kain 2 m × 1,15 m – Hijau Botol',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hijau Botol' },
        ],
        price: 185_000,
        stock: 8,
        weightGrams: 280,
      },
      {
        sku: 'SMB-PG-CAP-03',
        name: 'Kain 2 m × 1,15 m – Kuning Kunyit',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Kuning Kunyit' },
        ],
        price: 185_000,
        stock: 0,
        weightGrams: 280,
      },
    ],
  },
  {
    slug: 'kain-batik-cap-moto-pitik',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Cap Moto Pitik',
    description:
      'Motif Moto Pitik (mata ayam) berupa bulatan-bulatan kecil yang tersusun rapi, dicap di atas katun prima. Pilihan hemat untuk kain jahitan sehari-hari.',
    attributes: { technique: 'cap', motif: 'Moto Pitik', fabric: 'katun prima', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'SMB-MP-CAP-01',
        name: 'Kain 2 m × 1,15 m – Biru Langit',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Langit' },
        ],
        price: 165_000,
        stock: 10,
        weightGrams: 280,
      },
      {
        sku: 'SMB-MP-CAP-02',
        name: 'Kain 2 m × 1,15 m – Cokelat Muda',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat Muda' },
        ],
        price: 165_000,
        stock: 6,
        weightGrams: 280,
      },
    ],
  },
  {
    slug: 'kain-batik-kombinasi-kopi-pecah',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Kombinasi Kopi Pecah',
    description:
      'Pola dasar dicap lalu isen-isen motif Kopi Pecah, yang terinspirasi biji kopi terbelah, diselesaikan dengan canting. Perpaduan harga cap dengan sentuhan tangan batik tulis.',
    attributes: { technique: 'kombinasi', motif: 'Kopi Pecah', fabric: 'katun primisima', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'SMB-KP-KMB-01',
        name: 'Kain 2 m × 1,15 m – Cokelat Kopi',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat Kopi' },
        ],
        price: 375_000,
        stock: 5,
        weightGrams: 300,
      },
      {
        sku: 'SMB-KP-KMB-02',
        name: 'Kain 2 m × 1,15 m – Hitam Putih',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hitam Putih' },
        ],
        price: 375_000,
        stock: 3,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-printing-moto-pitik',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kain Batik Printing Moto Pitik',
    description:
      'Kain bermotif Moto Pitik yang dicetak mesin, rapi dan seragam untuk pesanan seragam dalam jumlah banyak. Harga per potong 2 m × 1,15 m.',
    attributes: { technique: 'printing', motif: 'Moto Pitik', fabric: 'katun prima', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'SMB-MP-PRT-01',
        name: 'Kain 2 m × 1,15 m – Biru Navy',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Navy' },
        ],
        price: 85_000,
        stock: 30,
        weightGrams: 280,
      },
      {
        sku: 'SMB-MP-PRT-02',
        name: 'Kain 2 m × 1,15 m – Merah Marun',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Merah Marun' },
        ],
        price: 85_000,
        stock: 25,
        weightGrams: 280,
      },
    ],
  },
  {
    slug: 'kemeja-batik-tulis-gajah-oling-lengan-panjang',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kemeja Batik Tulis Gajah Oling Pria Lengan Panjang',
    description:
      'Kemeja lengan panjang dari kain batik tulis Gajah Oling, dilapisi furing agar nyaman dipakai seharian. Cocok untuk acara resmi dan kondangan.',
    attributes: { technique: 'tulis', motif: 'Gajah Oling', fabric: 'katun primisima', dye: 'sintetis' },
    featured: true,
    variants: [
      { sku: 'SMB-GOK-TLS-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 525_000, stock: 2, weightGrams: 320 },
      { sku: 'SMB-GOK-TLS-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 525_000, stock: 4, weightGrams: 330 },
      { sku: 'SMB-GOK-TLS-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 525_000, stock: 3, weightGrams: 340 },
      { sku: 'SMB-GOK-TLS-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 540_000, stock: 2, weightGrams: 350 },
      { sku: 'SMB-GOK-TLS-XXL', name: 'Ukuran XXL', options: [{ name: 'Ukuran', value: 'XXL' }], price: 550_000, stock: 0, weightGrams: 360 },
    ],
  },
  {
    slug: 'kemeja-batik-cap-kangkung-setingkes',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kemeja Batik Cap Kangkung Setingkes Lengan Pendek',
    description:
      'Kemeja lengan pendek berbahan katun prima dengan motif cap Kangkung Setingkes. Adem untuk dipakai ke kantor maupun acara santai.',
    attributes: { technique: 'cap', motif: 'Kangkung Setingkes', fabric: 'katun prima', dye: 'sintetis' },
    featured: true,
    variants: [
      { sku: 'SMB-KSK-CAP-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 195_000, stock: 6, weightGrams: 240 },
      { sku: 'SMB-KSK-CAP-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 195_000, stock: 10, weightGrams: 250 },
      { sku: 'SMB-KSK-CAP-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 195_000, stock: 12, weightGrams: 260 },
      { sku: 'SMB-KSK-CAP-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 205_000, stock: 7, weightGrams: 270 },
      { sku: 'SMB-KSK-CAP-XXL', name: 'Ukuran XXL', options: [{ name: 'Ukuran', value: 'XXL' }], price: 210_000, stock: 3, weightGrams: 280 },
    ],
  },
  {
    slug: 'kemeja-batik-printing-gajah-oling',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Kemeja Batik Printing Gajah Oling Lengan Pendek',
    description:
      'Kemeja harian bermotif Gajah Oling hasil printing, pilihan hemat untuk seragam kegiatan atau oleh-oleh. Bahan katun prima yang ringan.',
    attributes: { technique: 'printing', motif: 'Gajah Oling', fabric: 'katun prima', dye: 'sintetis' },
    featured: false,
    variants: [
      { sku: 'SMB-GOK-PRT-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 95_000, stock: 20, weightGrams: 230 },
      { sku: 'SMB-GOK-PRT-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 95_000, stock: 25, weightGrams: 240 },
      { sku: 'SMB-GOK-PRT-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 95_000, stock: 25, weightGrams: 250 },
      { sku: 'SMB-GOK-PRT-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 100_000, stock: 15, weightGrams: 260 },
      { sku: 'SMB-GOK-PRT-XXL', name: 'Ukuran XXL', options: [{ name: 'Ukuran', value: 'XXL' }], price: 105_000, stock: 0, weightGrams: 270 },
    ],
  },
  {
    slug: 'blus-batik-cap-sembruk-cacing',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Blus Batik Cap Sembruk Cacing Wanita',
    description:
      'Blus wanita lengan tiga perempat dengan motif cap Sembruk Cacing yang bergaris lengkung. Potongan longgar, nyaman untuk kerja maupun acara santai.',
    attributes: { technique: 'cap', motif: 'Sembruk Cacing', fabric: 'katun prima', dye: 'sintetis' },
    featured: false,
    variants: [
      { sku: 'SMB-SC-BLS-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 215_000, stock: 4, weightGrams: 220 },
      { sku: 'SMB-SC-BLS-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 215_000, stock: 6, weightGrams: 230 },
      { sku: 'SMB-SC-BLS-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 215_000, stock: 5, weightGrams: 240 },
      { sku: 'SMB-SC-BLS-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 225_000, stock: 0, weightGrams: 250 },
    ],
  },
  {
    slug: 'syal-batik-tulis-blarak-semplah-sutra',
    sellerKey: 'batik-sembulung',
    categorySlug: 'batik',
    title: 'Syal Batik Tulis Blarak Semplah Sutra',
    description:
      'Syal sutra 180 × 50 cm bermotif Blarak Semplah, daun kelapa yang terkulai, dicanting tangan dan diwarnai dengan pewarna alam. Ringan dan cocok sebagai hadiah.',
    attributes: { technique: 'tulis', motif: 'Blarak Semplah', fabric: 'sutra', dye: 'pewarna alam' },
    featured: false,
    variants: [
      {
        sku: 'SMB-BS-SYL-01',
        name: 'Syal 180 × 50 cm – Biru Indigo',
        options: [
          { name: 'Ukuran', value: '180 × 50 cm' },
          { name: 'Warna', value: 'Biru Indigo' },
        ],
        price: 425_000,
        stock: 3,
        weightGrams: 100,
      },
      {
        sku: 'SMB-BS-SYL-02',
        name: 'Syal 180 × 50 cm – Cokelat Tingi',
        options: [
          { name: 'Ukuran', value: '180 × 50 cm' },
          { name: 'Warna', value: 'Cokelat Tingi' },
        ],
        price: 425_000,
        stock: 2,
        weightGrams: 100,
      },
    ],
  },

  // ── Sanggar Batik & Kopi Osing Kemiren (Kemiren, Glagah) ───────────────────
  {
    slug: 'kain-batik-tulis-gedegan-pewarna-alam',
    sellerKey: 'osing-kemiren',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Gedegan Pewarna Alam',
    description:
      'Motif Gedegan terinspirasi anyaman bambu (gedeg) pada dinding rumah tradisional Osing. Dicanting tangan di sanggar Kemiren dan diwarnai dengan pewarna alam.',
    attributes: { technique: 'tulis', motif: 'Gedegan', fabric: 'katun primisima', dye: 'pewarna alam' },
    featured: true,
    variants: [
      {
        sku: 'KMR-GD-TLS-01',
        name: 'Kain 2 m × 1,15 m – Biru Indigo',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Indigo' },
        ],
        price: 975_000,
        stock: 2,
        weightGrams: 300,
      },
      {
        sku: 'KMR-GD-TLS-02',
        name: 'Kain 2 m × 1,15 m – Cokelat Soga',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat Soga' },
        ],
        price: 975_000,
        stock: 1,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-tulis-blarak-semplah',
    sellerKey: 'osing-kemiren',
    categorySlug: 'batik',
    title: 'Kain Batik Tulis Blarak Semplah',
    description:
      'Batik tulis motif Blarak Semplah pada katun primisima dengan pewarna sintetis. Goresan canting yang luwes membuat tiap lembar terasa hidup.',
    attributes: { technique: 'tulis', motif: 'Blarak Semplah', fabric: 'katun primisima', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'KMR-BS-TLS-01',
        name: 'Kain 2 m × 1,15 m – Hijau Tua',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hijau Tua' },
        ],
        price: 550_000,
        stock: 3,
        weightGrams: 300,
      },
      {
        sku: 'KMR-BS-TLS-02',
        name: 'Kain 2 m × 1,15 m – Merah Hati',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Merah Hati' },
        ],
        price: 550_000,
        stock: 0,
        weightGrams: 300,
      },
    ],
  },
  {
    slug: 'kain-batik-cap-kopi-pecah',
    sellerKey: 'osing-kemiren',
    categorySlug: 'batik',
    title: 'Kain Batik Cap Kopi Pecah',
    description:
      'Motif Kopi Pecah, biji kopi yang terbelah, dicap berulang pada katun prima. Pas untuk kemeja komunitas atau oleh-oleh dari desa kopi Kemiren.',
    attributes: { technique: 'cap', motif: 'Kopi Pecah', fabric: 'katun prima', dye: 'sintetis' },
    featured: true,
    variants: [
      {
        sku: 'KMR-KP-CAP-01',
        name: 'Kain 2 m × 1,15 m – Cokelat',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Cokelat' },
        ],
        price: 175_000,
        stock: 15,
        weightGrams: 280,
      },
      {
        sku: 'KMR-KP-CAP-02',
        name: 'Kain 2 m × 1,15 m – Hitam',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hitam' },
        ],
        price: 175_000,
        stock: 9,
        weightGrams: 280,
      },
      {
        sku: 'KMR-KP-CAP-03',
        name: 'Kain 2 m × 1,15 m – Hijau Zaitun',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Hijau Zaitun' },
        ],
        price: 175_000,
        stock: 4,
        weightGrams: 280,
      },
    ],
  },
  {
    slug: 'kain-batik-cap-jenon-dobby',
    sellerKey: 'osing-kemiren',
    categorySlug: 'batik',
    title: 'Kain Batik Cap Jenon Dobby',
    description:
      'Batik cap motif Jenon pada kain dobby yang bertekstur dan sedikit lebih tebal. Jatuhnya bagus untuk kemeja lengan panjang dan outer.',
    attributes: { technique: 'cap', motif: 'Jenon', fabric: 'dobby', dye: 'sintetis' },
    featured: false,
    variants: [
      {
        sku: 'KMR-JN-CAP-01',
        name: 'Kain 2 m × 1,15 m – Biru Tua',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Biru Tua' },
        ],
        price: 235_000,
        stock: 6,
        weightGrams: 380,
      },
      {
        sku: 'KMR-JN-CAP-02',
        name: 'Kain 2 m × 1,15 m – Merah',
        options: [
          { name: 'Ukuran', value: '2 m × 1,15 m' },
          { name: 'Warna', value: 'Merah' },
        ],
        price: 235_000,
        stock: 4,
        weightGrams: 380,
      },
    ],
  },
  {
    slug: 'kemeja-batik-cap-gedegan-lengan-panjang',
    sellerKey: 'osing-kemiren',
    categorySlug: 'batik',
    title: 'Kemeja Batik Cap Gedegan Lengan Panjang',
    description:
      'Kemeja lengan panjang motif cap Gedegan berbahan katun primisima, dijahit di Kemiren. Potongan reguler yang rapi untuk acara resmi.',
    attributes: { technique: 'cap', motif: 'Gedegan', fabric: 'katun primisima', dye: 'sintetis' },
    featured: false,
    variants: [
      { sku: 'KMR-GDK-CAP-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 245_000, stock: 3, weightGrams: 280 },
      { sku: 'KMR-GDK-CAP-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 245_000, stock: 5, weightGrams: 290 },
      { sku: 'KMR-GDK-CAP-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 245_000, stock: 5, weightGrams: 300 },
      { sku: 'KMR-GDK-CAP-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 255_000, stock: 2, weightGrams: 310 },
      { sku: 'KMR-GDK-CAP-XXL', name: 'Ukuran XXL', options: [{ name: 'Ukuran', value: 'XXL' }], price: 260_000, stock: 1, weightGrams: 320 },
    ],
  },
];

/** Clothing and accessories that are not sold as batik pieces. */
export const fashionProducts: SeedProduct[] = [
  {
    slug: 'udeng-osing-gajah-oling',
    sellerKey: 'osing-kemiren',
    categorySlug: 'fashion',
    title: 'Udeng Osing Motif Gajah Oling',
    description:
      'Ikat kepala khas laki-laki Osing bermotif Gajah Oling. Tersedia udeng jadi yang siap pakai atau kain udeng persegi untuk diikat sendiri.',
    attributes: { material: 'katun primisima', motif: 'Gajah Oling', technique: 'cap' },
    featured: false,
    variants: [
      {
        sku: 'KMR-UDG-01',
        name: 'Udeng jadi (siap pakai)',
        options: [{ name: 'Model', value: 'Udeng jadi' }],
        price: 65_000,
        stock: 15,
        weightGrams: 80,
      },
      {
        sku: 'KMR-UDG-02',
        name: 'Kain udeng 100 × 100 cm',
        options: [{ name: 'Model', value: 'Kain udeng 100 × 100 cm' }],
        price: 55_000,
        stock: 20,
        weightGrams: 100,
      },
    ],
  },
  {
    slug: 'kaos-sablon-penari-gandrung',
    sellerKey: 'busana-rogojampi',
    categorySlug: 'fashion',
    title: 'Kaos Sablon Penari Gandrung',
    description:
      'Kaos katun combed 30s dengan sablon ilustrasi penari Gandrung, tarian khas Banyuwangi. Nyaman untuk sehari-hari dan cocok sebagai oleh-oleh.',
    attributes: { material: 'katun combed 30s', print: 'sablon plastisol' },
    featured: false,
    variants: [
      { sku: 'RGJ-KGD-S', name: 'Ukuran S', options: [{ name: 'Ukuran', value: 'S' }], price: 85_000, stock: 12, weightGrams: 170 },
      { sku: 'RGJ-KGD-M', name: 'Ukuran M', options: [{ name: 'Ukuran', value: 'M' }], price: 85_000, stock: 20, weightGrams: 180 },
      { sku: 'RGJ-KGD-L', name: 'Ukuran L', options: [{ name: 'Ukuran', value: 'L' }], price: 85_000, stock: 18, weightGrams: 190 },
      { sku: 'RGJ-KGD-XL', name: 'Ukuran XL', options: [{ name: 'Ukuran', value: 'XL' }], price: 85_000, stock: 10, weightGrams: 200 },
      { sku: 'RGJ-KGD-XXL', name: 'Ukuran XXL', options: [{ name: 'Ukuran', value: 'XXL' }], price: 95_000, stock: 4, weightGrams: 215 },
    ],
  },
  {
    slug: 'tas-jinjing-kombinasi-batik-gajah-oling',
    sellerKey: 'busana-rogojampi',
    categorySlug: 'fashion',
    title: 'Tas Jinjing Kanvas Kombinasi Batik Gajah Oling',
    description:
      'Tas jinjing kanvas 38 × 30 × 10 cm dengan panel kain batik cap Gajah Oling dan resleting di bagian atas. Muat laptop 13 inci dan buku.',
    attributes: { material: 'kanvas dan kain batik cap', motif: 'Gajah Oling', dimensions: '38 × 30 × 10 cm' },
    featured: false,
    variants: [
      { sku: 'RGJ-TAS-GO-HTM', name: 'Hitam', options: [{ name: 'Warna', value: 'Hitam' }], price: 135_000, stock: 7, weightGrams: 400 },
      { sku: 'RGJ-TAS-GO-CKL', name: 'Cokelat', options: [{ name: 'Warna', value: 'Cokelat' }], price: 135_000, stock: 5, weightGrams: 400 },
    ],
  },
  {
    slug: 'daster-batik-printing-kangkung-setingkes',
    sellerKey: 'busana-rogojampi',
    categorySlug: 'fashion',
    title: 'Daster Rayon Motif Kangkung Setingkes',
    description:
      'Daster rayon yang adem dengan motif printing Kangkung Setingkes. Tersedia ukuran all size dan jumbo.',
    attributes: { material: 'rayon', motif: 'Kangkung Setingkes', technique: 'printing' },
    featured: false,
    variants: [
      {
        sku: 'RGJ-DST-KS-01',
        name: 'All size (LD 110 cm) – Biru',
        options: [
          { name: 'Ukuran', value: 'All size (LD 110 cm)' },
          { name: 'Warna', value: 'Biru' },
        ],
        price: 65_000,
        stock: 20,
        weightGrams: 250,
      },
      {
        sku: 'RGJ-DST-KS-02',
        name: 'All size (LD 110 cm) – Hijau',
        options: [
          { name: 'Ukuran', value: 'All size (LD 110 cm)' },
          { name: 'Warna', value: 'Hijau' },
        ],
        price: 65_000,
        stock: 15,
        weightGrams: 250,
      },
      {
        sku: 'RGJ-DST-KS-03',
        name: 'Jumbo (LD 130 cm) – Biru',
        options: [
          { name: 'Ukuran', value: 'Jumbo (LD 130 cm)' },
          { name: 'Warna', value: 'Biru' },
        ],
        price: 75_000,
        stock: 8,
        weightGrams: 290,
      },
    ],
  },
  {
    slug: 'kemeja-anak-batik-printing-gajah-oling',
    sellerKey: 'busana-rogojampi',
    categorySlug: 'fashion',
    title: 'Kemeja Anak Motif Gajah Oling',
    description:
      'Kemeja anak lengan pendek bermotif printing Gajah Oling untuk acara sekolah dan hari batik. Bahan katun yang lembut di kulit.',
    attributes: { material: 'katun', motif: 'Gajah Oling', technique: 'printing' },
    featured: false,
    variants: [
      { sku: 'RGJ-KMA-GO-02', name: 'Ukuran 2 (2–3 tahun)', options: [{ name: 'Ukuran', value: '2 (2–3 tahun)' }], price: 55_000, stock: 10, weightGrams: 130 },
      { sku: 'RGJ-KMA-GO-04', name: 'Ukuran 4 (4–5 tahun)', options: [{ name: 'Ukuran', value: '4 (4–5 tahun)' }], price: 55_000, stock: 12, weightGrams: 140 },
      { sku: 'RGJ-KMA-GO-06', name: 'Ukuran 6 (6–7 tahun)', options: [{ name: 'Ukuran', value: '6 (6–7 tahun)' }], price: 60_000, stock: 9, weightGrams: 150 },
      { sku: 'RGJ-KMA-GO-08', name: 'Ukuran 8 (8–9 tahun)', options: [{ name: 'Ukuran', value: '8 (8–9 tahun)' }], price: 60_000, stock: 6, weightGrams: 160 },
      { sku: 'RGJ-KMA-GO-10', name: 'Ukuran 10 (10–11 tahun)', options: [{ name: 'Ukuran', value: '10 (10–11 tahun)' }], price: 65_000, stock: 0, weightGrams: 175 },
    ],
  },
];
