import type { SeedProduct } from './types.js';

/** Kopi Osing robusta from Gombengsari and Kemiren. */
export const coffeeProducts: SeedProduct[] = [
  // ── Kopi Rakyat Gombengsari (Gombengsari, Kalipuro) ────────────────────────
  {
    slug: 'kopi-robusta-gombengsari-green-bean',
    sellerKey: 'kopi-gombengsari',
    categorySlug: 'kopi',
    title: 'Kopi Robusta Gombengsari Green Bean',
    description:
      'Biji kopi mentah robusta petik merah dari kebun rakyat Gombengsari, diproses natural dan dijemur matahari. Cocok untuk roaster rumahan dan kedai kopi.',
    attributes: { unit: 'kg', originVillage: 'Gombengsari', harvest: 'Juni–September', process: 'natural' },
    featured: false,
    variants: [
      {
        sku: 'GBS-RB-GRN-1K',
        name: 'Green bean 1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 85_000,
        stock: 40,
        weightGrams: 1_050,
      },
      {
        sku: 'GBS-RB-GRN-5K',
        name: 'Green bean 5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 410_000,
        stock: 12,
        weightGrams: 5_100,
      },
    ],
  },
  {
    slug: 'kopi-robusta-gombengsari-biji-sangrai',
    sellerKey: 'kopi-gombengsari',
    categorySlug: 'kopi',
    title: 'Kopi Robusta Gombengsari Biji Sangrai',
    description:
      'Robusta Gombengsari yang disangrai medium, beraroma cokelat dan rempah dengan kekentalan yang mantap. Dikemas dalam kantong berkatup agar tetap segar.',
    attributes: { unit: 'gram', originVillage: 'Gombengsari', harvest: 'Juni–September', roast: 'medium' },
    featured: true,
    variants: [
      {
        sku: 'GBS-RB-RST-100',
        name: 'Biji sangrai 100 g',
        options: [{ name: 'Berat', value: '100 g' }],
        price: 25_000,
        stock: 30,
        weightGrams: 120,
      },
      {
        sku: 'GBS-RB-RST-250',
        name: 'Biji sangrai 250 g',
        options: [{ name: 'Berat', value: '250 g' }],
        price: 55_000,
        stock: 40,
        weightGrams: 280,
      },
      {
        sku: 'GBS-RB-RST-1K',
        name: 'Biji sangrai 1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 195_000,
        stock: 8,
        weightGrams: 1_050,
      },
    ],
  },
  {
    slug: 'kopi-robusta-gombengsari-bubuk',
    sellerKey: 'kopi-gombengsari',
    categorySlug: 'kopi',
    title: 'Kopi Robusta Gombengsari Bubuk',
    description:
      'Kopi bubuk robusta murni tanpa campuran jagung atau gula, digiling sedang untuk kopi tubruk maupun saring. Disangrai dan digiling sesuai pesanan.',
    attributes: { unit: 'gram', originVillage: 'Gombengsari', harvest: 'Juni–September', roast: 'medium-dark' },
    featured: true,
    variants: [
      {
        sku: 'GBS-RB-BBK-100',
        name: 'Bubuk 100 g',
        options: [{ name: 'Berat', value: '100 g' }],
        price: 22_000,
        stock: 50,
        weightGrams: 120,
      },
      {
        sku: 'GBS-RB-BBK-250',
        name: 'Bubuk 250 g',
        options: [{ name: 'Berat', value: '250 g' }],
        price: 50_000,
        stock: 35,
        weightGrams: 280,
      },
      {
        sku: 'GBS-RB-BBK-1K',
        name: 'Bubuk 1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 180_000,
        stock: 0,
        weightGrams: 1_050,
      },
    ],
  },
  {
    slug: 'kopi-lanang-gombengsari',
    sellerKey: 'kopi-gombengsari',
    categorySlug: 'kopi',
    title: 'Kopi Lanang (Peaberry) Robusta Gombengsari',
    description:
      'Kopi lanang adalah biji tunggal yang bulat, disortir manual dari panen robusta Gombengsari. Disangrai medium-dark dengan rasa yang lebih tebal.',
    attributes: { unit: 'gram', originVillage: 'Gombengsari', harvest: 'Juni–September', roast: 'medium-dark' },
    featured: false,
    variants: [
      {
        sku: 'GBS-LNG-RST-100',
        name: 'Biji sangrai 100 g',
        options: [
          { name: 'Bentuk', value: 'Biji sangrai' },
          { name: 'Berat', value: '100 g' },
        ],
        price: 35_000,
        stock: 10,
        weightGrams: 120,
      },
      {
        sku: 'GBS-LNG-RST-250',
        name: 'Biji sangrai 250 g',
        options: [
          { name: 'Bentuk', value: 'Biji sangrai' },
          { name: 'Berat', value: '250 g' },
        ],
        price: 80_000,
        stock: 0,
        weightGrams: 280,
      },
      {
        sku: 'GBS-LNG-BBK-100',
        name: 'Bubuk 100 g',
        options: [
          { name: 'Bentuk', value: 'Bubuk' },
          { name: 'Berat', value: '100 g' },
        ],
        price: 35_000,
        stock: 8,
        weightGrams: 120,
      },
    ],
  },

  // ── Sanggar Batik & Kopi Osing Kemiren (Kemiren, Glagah) ───────────────────
  {
    slug: 'kopi-osing-kemiren-bubuk',
    sellerKey: 'osing-kemiren',
    categorySlug: 'kopi',
    title: 'Kopi Osing Kemiren Bubuk',
    description:
      'Kopi robusta dari kebun warga Kemiren, disangrai di atas tungku kayu lalu digiling halus. Seduh tubruk ala warga Osing.',
    attributes: { unit: 'gram', originVillage: 'Kemiren', harvest: 'Juni–September', roast: 'dark' },
    featured: true,
    variants: [
      {
        sku: 'KMR-KOP-BBK-100',
        name: 'Bubuk 100 g',
        options: [{ name: 'Berat', value: '100 g' }],
        price: 22_000,
        stock: 35,
        weightGrams: 120,
      },
      {
        sku: 'KMR-KOP-BBK-250',
        name: 'Bubuk 250 g',
        options: [{ name: 'Berat', value: '250 g' }],
        price: 48_000,
        stock: 25,
        weightGrams: 280,
      },
      {
        sku: 'KMR-KOP-BBK-1K',
        name: 'Bubuk 1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 175_000,
        stock: 5,
        weightGrams: 1_050,
      },
    ],
  },
  {
    slug: 'kopi-osing-kemiren-biji-sangrai',
    sellerKey: 'osing-kemiren',
    categorySlug: 'kopi',
    title: 'Kopi Osing Kemiren Biji Sangrai',
    description:
      'Biji robusta Kemiren yang disangrai medium-dark dalam jumlah kecil. Giling sendiri sesaat sebelum diseduh agar aromanya keluar penuh.',
    attributes: { unit: 'gram', originVillage: 'Kemiren', harvest: 'Juni–September', roast: 'medium-dark' },
    featured: false,
    variants: [
      {
        sku: 'KMR-KOP-RST-250',
        name: 'Biji sangrai 250 g',
        options: [{ name: 'Berat', value: '250 g' }],
        price: 52_000,
        stock: 15,
        weightGrams: 280,
      },
      {
        sku: 'KMR-KOP-RST-1K',
        name: 'Biji sangrai 1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 190_000,
        stock: 3,
        weightGrams: 1_050,
      },
    ],
  },
];

/** Fruit, rice and plantation crops. */
export const produceProducts: SeedProduct[] = [
  // ── Kebun Naga Sumberarum (Sumberarum, Songgon) ────────────────────────────
  {
    slug: 'buah-naga-merah-sumberarum',
    sellerKey: 'naga-sumberarum',
    categorySlug: 'hasil-tani',
    title: 'Buah Naga Merah Super Sumberarum',
    description:
      'Buah naga berdaging merah dipetik matang dari kebun Sumberarum, Songgon. Ukuran super sekitar 350–500 g per buah, manis dan segar.',
    attributes: { unit: 'kg', originVillage: 'Sumberarum', harvest: 'Panen raya November–Februari' },
    featured: true,
    variants: [
      {
        sku: 'SBA-NGM-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 22_000,
        stock: 80,
        weightGrams: 1_100,
      },
      {
        sku: 'SBA-NGM-3K',
        name: '3 kg',
        options: [{ name: 'Berat', value: '3 kg' }],
        price: 63_000,
        stock: 40,
        weightGrams: 3_300,
      },
      {
        sku: 'SBA-NGM-5K',
        name: '5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 100_000,
        stock: 25,
        weightGrams: 5_500,
      },
    ],
  },
  {
    slug: 'buah-naga-putih-sumberarum',
    sellerKey: 'naga-sumberarum',
    categorySlug: 'hasil-tani',
    title: 'Buah Naga Putih Sumberarum',
    description:
      'Buah naga berdaging putih dengan rasa segar yang tidak terlalu manis, cocok untuk salad buah dan jus. Dipetik sesuai pesanan.',
    attributes: { unit: 'kg', originVillage: 'Sumberarum', harvest: 'Panen raya November–Februari' },
    featured: true,
    variants: [
      {
        sku: 'SBA-NGP-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 18_000,
        stock: 0,
        weightGrams: 1_100,
      },
      {
        sku: 'SBA-NGP-3K',
        name: '3 kg',
        options: [{ name: 'Berat', value: '3 kg' }],
        price: 51_000,
        stock: 20,
        weightGrams: 3_300,
      },
      {
        sku: 'SBA-NGP-5K',
        name: '5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 82_000,
        stock: 10,
        weightGrams: 5_500,
      },
    ],
  },
  {
    slug: 'buah-naga-merah-grade-olahan',
    sellerKey: 'naga-sumberarum',
    categorySlug: 'hasil-tani',
    title: 'Buah Naga Merah Grade Olahan',
    description:
      'Buah naga merah berukuran kecil atau berkulit kurang mulus dengan rasa tetap manis. Pas untuk jus, selai, dan usaha minuman.',
    attributes: { unit: 'kg', originVillage: 'Sumberarum', harvest: 'Panen raya November–Februari' },
    featured: false,
    variants: [
      {
        sku: 'SBA-NGO-5K',
        name: '5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 45_000,
        stock: 30,
        weightGrams: 5_500,
      },
      {
        sku: 'SBA-NGO-10K',
        name: '10 kg',
        options: [{ name: 'Berat', value: '10 kg' }],
        price: 85_000,
        stock: 15,
        weightGrams: 10_800,
      },
    ],
  },
  {
    slug: 'durian-merah-songgon',
    sellerKey: 'naga-sumberarum',
    categorySlug: 'hasil-tani',
    title: 'Durian Merah Songgon',
    description:
      'Durian merah khas Banyuwangi dengan daging berwarna jingga hingga merah dan rasa manis legit. Dijual per buah; stok mengikuti musim.',
    attributes: { unit: 'buah', originVillage: 'Sumberarum', harvest: 'Desember–Februari' },
    featured: true,
    variants: [
      {
        sku: 'SBA-DRM-SDG',
        name: 'Sedang (1,5–2 kg)',
        options: [{ name: 'Ukuran', value: 'Sedang (1,5–2 kg)' }],
        price: 250_000,
        stock: 6,
        weightGrams: 2_300,
      },
      {
        sku: 'SBA-DRM-BSR',
        name: 'Besar (2,5–3 kg)',
        options: [{ name: 'Ukuran', value: 'Besar (2,5–3 kg)' }],
        price: 375_000,
        stock: 0,
        weightGrams: 3_300,
      },
    ],
  },

  // ── Lumbung Tani Benculuk (Benculuk, Cluring) ──────────────────────────────
  {
    slug: 'beras-putih-premium-benculuk',
    sellerKey: 'tani-benculuk',
    categorySlug: 'hasil-tani',
    title: 'Beras Putih Premium Benculuk',
    description:
      'Beras putih pulen dari sawah petani Benculuk, disosoh bersih dan disortir dari butir patah. Tersedia karung 5 kg dan 25 kg.',
    attributes: { unit: 'karung', originVillage: 'Benculuk' },
    featured: false,
    variants: [
      {
        sku: 'BCL-BRS-5K',
        name: 'Karung 5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 74_000,
        stock: 30,
        weightGrams: 5_050,
      },
      {
        sku: 'BCL-BRS-25K',
        name: 'Karung 25 kg',
        options: [{ name: 'Berat', value: '25 kg' }],
        price: 355_000,
        stock: 10,
        weightGrams: 25_150,
      },
    ],
  },
  {
    slug: 'beras-merah-benculuk',
    sellerKey: 'tani-benculuk',
    categorySlug: 'hasil-tani',
    title: 'Beras Merah Benculuk',
    description:
      'Beras merah pecah kulit dengan tekstur pulen dan rasa gurih. Pilihan untuk menu sehari-hari yang lebih berserat.',
    attributes: { unit: 'kg', originVillage: 'Benculuk' },
    featured: false,
    variants: [
      {
        sku: 'BCL-BRM-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 20_000,
        stock: 25,
        weightGrams: 1_050,
      },
      {
        sku: 'BCL-BRM-5K',
        name: 'Karung 5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 95_000,
        stock: 8,
        weightGrams: 5_050,
      },
    ],
  },
  {
    slug: 'jeruk-siam-banyuwangi',
    sellerKey: 'tani-benculuk',
    categorySlug: 'hasil-tani',
    title: 'Jeruk Siam Banyuwangi',
    description:
      'Jeruk siam berkulit tipis, banyak air, dan manis segar dari kebun anggota kelompok tani Benculuk. Disortir ukuran sedang hingga besar.',
    attributes: { unit: 'kg', originVillage: 'Benculuk' },
    featured: true,
    variants: [
      {
        sku: 'BCL-JRS-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 16_000,
        stock: 60,
        weightGrams: 1_100,
      },
      {
        sku: 'BCL-JRS-5K',
        name: '5 kg',
        options: [{ name: 'Berat', value: '5 kg' }],
        price: 75_000,
        stock: 25,
        weightGrams: 5_400,
      },
      {
        sku: 'BCL-JRS-10K',
        name: '10 kg',
        options: [{ name: 'Berat', value: '10 kg' }],
        price: 145_000,
        stock: 10,
        weightGrams: 10_700,
      },
    ],
  },

  // ── Hasil Bumi Lereng Ijen (Tamansari, Licin) ──────────────────────────────
  {
    slug: 'manggis-lereng-ijen-tamansari',
    sellerKey: 'hasil-bumi-tamansari',
    categorySlug: 'hasil-tani',
    title: 'Manggis Lereng Ijen Tamansari',
    description:
      'Manggis segar dari kebun Tamansari dengan daging putih yang manis sedikit asam. Dipetik dengan tangkainya agar lebih awet di perjalanan.',
    attributes: { unit: 'kg', originVillage: 'Tamansari', harvest: 'Desember–Maret' },
    featured: true,
    variants: [
      {
        sku: 'TMS-MGS-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 30_000,
        stock: 20,
        weightGrams: 1_100,
      },
      {
        sku: 'TMS-MGS-3K',
        name: '3 kg',
        options: [{ name: 'Berat', value: '3 kg' }],
        price: 85_000,
        stock: 8,
        weightGrams: 3_300,
      },
    ],
  },
  {
    slug: 'cengkeh-kering-tamansari',
    sellerKey: 'hasil-bumi-tamansari',
    categorySlug: 'hasil-tani',
    title: 'Cengkeh Kering Tamansari',
    description:
      'Bunga cengkeh kering hasil petik tangan dan penjemuran matahari, beraroma tajam. Untuk bumbu dapur, jamu, atau kebutuhan usaha.',
    attributes: { unit: 'gram', originVillage: 'Tamansari', harvest: 'Juli–September' },
    featured: false,
    variants: [
      {
        sku: 'TMS-CKH-250',
        name: '250 g',
        options: [{ name: 'Berat', value: '250 g' }],
        price: 35_000,
        stock: 25,
        weightGrams: 280,
      },
      {
        sku: 'TMS-CKH-500',
        name: '500 g',
        options: [{ name: 'Berat', value: '500 g' }],
        price: 65_000,
        stock: 15,
        weightGrams: 540,
      },
      {
        sku: 'TMS-CKH-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 125_000,
        stock: 6,
        weightGrams: 1_050,
      },
    ],
  },
  {
    slug: 'biji-kakao-fermentasi-tamansari',
    sellerKey: 'hasil-bumi-tamansari',
    categorySlug: 'hasil-tani',
    title: 'Biji Kakao Fermentasi Kering',
    description:
      'Biji kakao yang difermentasi lima hari lalu dijemur hingga kering. Cocok untuk perajin cokelat skala rumahan dan praktik sekolah.',
    attributes: { unit: 'gram', originVillage: 'Tamansari' },
    featured: false,
    variants: [
      {
        sku: 'TMS-KKO-500',
        name: '500 g',
        options: [{ name: 'Berat', value: '500 g' }],
        price: 60_000,
        stock: 12,
        weightGrams: 540,
      },
      {
        sku: 'TMS-KKO-1K',
        name: '1 kg',
        options: [{ name: 'Berat', value: '1 kg' }],
        price: 115_000,
        stock: 0,
        weightGrams: 1_050,
      },
    ],
  },
];
