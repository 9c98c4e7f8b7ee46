import type { SeedProduct } from './types.js';

/** Snacks, sambal and Muncar seafood products. */
export const foodProducts: SeedProduct[] = [
  // ── Dapur Osing Olehsari (Olehsari, Glagah) ────────────────────────────────
  {
    slug: 'sale-pisang-goreng-kering',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Sale Pisang Goreng Kering',
    description:
      'Sale dari pisang matang yang dijemur, diiris tipis, lalu digoreng hingga renyah. Manis alami tanpa tambahan gula.',
    attributes: { unit: 'gram', originVillage: 'Olehsari', shelfLife: '3 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-SLP-GRG-250', name: '250 g', options: [{ name: 'Berat', value: '250 g' }], price: 22_000, stock: 30, weightGrams: 300 },
      { sku: 'OLS-SLP-GRG-500', name: '500 g', options: [{ name: 'Berat', value: '500 g' }], price: 40_000, stock: 15, weightGrams: 560 },
    ],
  },
  {
    slug: 'sale-pisang-basah',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Sale Pisang Basah',
    description:
      'Sale pisang yang dijemur lalu dioven hingga legit dan kenyal. Camilan tradisional untuk teman minum kopi.',
    attributes: { unit: 'gram', originVillage: 'Olehsari', shelfLife: '2 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-SLP-BSH-250', name: '250 g', options: [{ name: 'Berat', value: '250 g' }], price: 20_000, stock: 25, weightGrams: 300 },
      { sku: 'OLS-SLP-BSH-500', name: '500 g', options: [{ name: 'Berat', value: '500 g' }], price: 38_000, stock: 0, weightGrams: 560 },
    ],
  },
  {
    slug: 'bagiak-khas-banyuwangi',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Bagiak Khas Banyuwangi',
    description:
      'Biskuit bagiak khas Banyuwangi yang ringan dan renyah, dikemas per bungkus isi 10 batang. Oleh-oleh klasik yang tahan lama.',
    attributes: { unit: 'bungkus', originVillage: 'Olehsari', shelfLife: '3 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-BGK-ORI', name: 'Rasa original', options: [{ name: 'Rasa', value: 'Original' }], price: 15_000, stock: 40, weightGrams: 200 },
      { sku: 'OLS-BGK-JHE', name: 'Rasa jahe', options: [{ name: 'Rasa', value: 'Jahe' }], price: 15_000, stock: 25, weightGrams: 200 },
      { sku: 'OLS-BGK-PDN', name: 'Rasa pandan', options: [{ name: 'Rasa', value: 'Pandan' }], price: 16_000, stock: 0, weightGrams: 200 },
    ],
  },
  {
    slug: 'kue-satru-kacang-hijau',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Kue Satru Kacang Hijau',
    description:
      'Kue kering tradisional berbahan tepung kacang hijau yang lembut dan lumer di mulut. Biasa disajikan saat Lebaran di Banyuwangi.',
    attributes: { unit: 'toples', originVillage: 'Olehsari', shelfLife: '2 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-STR-250', name: 'Toples 250 g', options: [{ name: 'Kemasan', value: 'Toples 250 g' }], price: 35_000, stock: 20, weightGrams: 380 },
      { sku: 'OLS-STR-500', name: 'Toples 500 g', options: [{ name: 'Kemasan', value: 'Toples 500 g' }], price: 65_000, stock: 12, weightGrams: 700 },
    ],
  },
  {
    slug: 'kue-kering-nastar-nanas',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Kue Kering Nastar Nanas',
    description:
      'Nastar berisi selai nanas buatan sendiri dengan kulit mentega yang lembut. Dipanggang per pesanan.',
    attributes: { unit: 'toples', originVillage: 'Olehsari', shelfLife: '1 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-NST-250', name: 'Toples 250 g', options: [{ name: 'Kemasan', value: 'Toples 250 g' }], price: 45_000, stock: 15, weightGrams: 380 },
      { sku: 'OLS-NST-500', name: 'Toples 500 g', options: [{ name: 'Kemasan', value: 'Toples 500 g' }], price: 85_000, stock: 10, weightGrams: 700 },
    ],
  },
  {
    slug: 'kue-kering-kastengel',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Kue Kering Kastengel Keju',
    description:
      'Kastengel gurih dengan taburan keju parut di atasnya. Renyah dan cocok untuk suguhan tamu.',
    attributes: { unit: 'toples', originVillage: 'Olehsari', shelfLife: '1 bulan' },
    featured: false,
    variants: [
      { sku: 'OLS-KST-250', name: 'Toples 250 g', options: [{ name: 'Kemasan', value: 'Toples 250 g' }], price: 50_000, stock: 0, weightGrams: 380 },
      { sku: 'OLS-KST-500', name: 'Toples 500 g', options: [{ name: 'Kemasan', value: 'Toples 500 g' }], price: 95_000, stock: 6, weightGrams: 700 },
    ],
  },
  {
    slug: 'sambal-tempong-botol',
    sellerKey: 'dapur-olehsari',
    categorySlug: 'kuliner',
    title: 'Sambal Tempong Botol',
    description:
      'Sambal mentah ala sego tempong Banyuwangi dari cabai rawit, tomat, dan terasi, pedasnya terasa seperti ditempong (ditampar). Simpan di lemari es setelah dibuka.',
    attributes: { unit: 'botol', originVillage: 'Olehsari', shelfLife: '1 bulan', spiciness: 'sangat pedas' },
    featured: false,
    variants: [
      { sku: 'OLS-SBT-150', name: 'Botol 150 g', options: [{ name: 'Kemasan', value: 'Botol 150 g' }], price: 25_000, stock: 30, weightGrams: 300 },
      { sku: 'OLS-SBT-250', name: 'Botol 250 g', options: [{ name: 'Kemasan', value: 'Botol 250 g' }], price: 38_000, stock: 20, weightGrams: 450 },
    ],
  },

  // ── Terasi Kedungrejo Muncar (Kedungrejo, Muncar) ──────────────────────────
  {
    slug: 'terasi-udang-rebon-muncar',
    sellerKey: 'terasi-muncar',
    categorySlug: 'kuliner',
    title: 'Terasi Udang Rebon Muncar',
    description:
      'Terasi dari udang rebon tangkapan nelayan Muncar, difermentasi dan dijemur secara tradisional. Aromanya kuat, pas untuk sambal dan tumisan.',
    attributes: { unit: 'gram', originVillage: 'Kedungrejo', shelfLife: '6 bulan' },
    featured: false,
    variants: [
      { sku: 'MCR-TRU-100', name: '100 g', options: [{ name: 'Berat', value: '100 g' }], price: 12_000, stock: 50, weightGrams: 130 },
      { sku: 'MCR-TRU-250', name: '250 g', options: [{ name: 'Berat', value: '250 g' }], price: 25_000, stock: 40, weightGrams: 290 },
      { sku: 'MCR-TRU-500', name: '500 g', options: [{ name: 'Berat', value: '500 g' }], price: 47_000, stock: 20, weightGrams: 550 },
      { sku: 'MCR-TRU-1K', name: '1 kg', options: [{ name: 'Berat', value: '1 kg' }], price: 90_000, stock: 8, weightGrams: 1_080 },
    ],
  },
  {
    slug: 'terasi-ikan-muncar',
    sellerKey: 'terasi-muncar',
    categorySlug: 'kuliner',
    title: 'Terasi Ikan Muncar',
    description:
      'Terasi ikan yang lebih ekonomis untuk kebutuhan warung dan katering. Dikemas rapat berlapis agar baunya tidak menyebar.',
    attributes: { unit: 'gram', originVillage: 'Kedungrejo', shelfLife: '6 bulan' },
    featured: false,
    variants: [
      { sku: 'MCR-TRI-250', name: '250 g', options: [{ name: 'Berat', value: '250 g' }], price: 18_000, stock: 30, weightGrams: 290 },
      { sku: 'MCR-TRI-1K', name: '1 kg', options: [{ name: 'Berat', value: '1 kg' }], price: 65_000, stock: 0, weightGrams: 1_080 },
    ],
  },
  {
    slug: 'sambal-terasi-bakar-muncar',
    sellerKey: 'terasi-muncar',
    categorySlug: 'kuliner',
    title: 'Sambal Terasi Bakar Muncar',
    description:
      'Sambal goreng dengan terasi bakar khas Muncar, siap santap dengan nasi hangat atau lalapan.',
    attributes: { unit: 'botol', originVillage: 'Kedungrejo', shelfLife: '3 bulan', spiciness: 'pedas' },
    featured: false,
    variants: [
      { sku: 'MCR-SBT-150', name: 'Botol 150 g', options: [{ name: 'Kemasan', value: 'Botol 150 g' }], price: 27_000, stock: 24, weightGrams: 300 },
    ],
  },
  {
    slug: 'sambal-ikan-tongkol-suwir',
    sellerKey: 'terasi-muncar',
    categorySlug: 'kuliner',
    title: 'Sambal Ikan Tongkol Suwir',
    description:
      'Ikan tongkol suwir yang dimasak dalam sambal bawang pedas. Praktis untuk lauk bekal dan anak kos.',
    attributes: { unit: 'botol', originVillage: 'Kedungrejo', shelfLife: '3 bulan', spiciness: 'pedas' },
    featured: false,
    variants: [
      { sku: 'MCR-STK-150', name: 'Botol 150 g', options: [{ name: 'Kemasan', value: 'Botol 150 g' }], price: 30_000, stock: 18, weightGrams: 300 },
      { sku: 'MCR-STK-250', name: 'Botol 250 g', options: [{ name: 'Kemasan', value: 'Botol 250 g' }], price: 45_000, stock: 10, weightGrams: 450 },
    ],
  },
  {
    slug: 'kerupuk-ikan-lemuru-mentah',
    sellerKey: 'terasi-muncar',
    categorySlug: 'kuliner',
    title: 'Kerupuk Ikan Lemuru Mentah',
    description:
      'Kerupuk mentah dari ikan lemuru dan tepung tapioka, dijemur kering dan siap digoreng di rumah. Mekar renyah dengan rasa ikan yang gurih.',
    attributes: { unit: 'gram', originVillage: 'Kedungrejo', shelfLife: '6 bulan' },
    featured: false,
    variants: [
      { sku: 'MCR-KRP-250', name: '250 g', options: [{ name: 'Berat', value: '250 g' }], price: 18_000, stock: 35, weightGrams: 290 },
      { sku: 'MCR-KRP-500', name: '500 g', options: [{ name: 'Berat', value: '500 g' }], price: 34_000, stock: 20, weightGrams: 550 },
      { sku: 'MCR-KRP-1K', name: '1 kg', options: [{ name: 'Berat', value: '1 kg' }], price: 65_000, stock: 10, weightGrams: 1_080 },
    ],
  },
];

/** Bamboo and rattan crafts and Gandrung souvenirs. */
export const craftProducts: SeedProduct[] = [
  // ── Kriya Bambu & Suvenir Tampo (Tampo, Cluring) ───────────────────────────
  {
    slug: 'keranjang-anyaman-bambu-serbaguna',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Keranjang Anyaman Bambu Serbaguna',
    description:
      'Keranjang anyaman bambu buatan tangan perajin Tampo untuk buah, roti, atau wadah hantaran. Diplitur tipis agar awet dan mudah dibersihkan.',
    attributes: { material: 'bambu', originVillage: 'Tampo', finish: 'plitur' },
    featured: false,
    variants: [
      { sku: 'TMP-KRJ-S', name: 'Kecil (Ø 20 cm)', options: [{ name: 'Ukuran', value: 'Kecil (Ø 20 cm)' }], price: 35_000, stock: 25, weightGrams: 300 },
      { sku: 'TMP-KRJ-M', name: 'Sedang (Ø 28 cm)', options: [{ name: 'Ukuran', value: 'Sedang (Ø 28 cm)' }], price: 50_000, stock: 18, weightGrams: 450 },
      { sku: 'TMP-KRJ-L', name: 'Besar (Ø 35 cm)', options: [{ name: 'Ukuran', value: 'Besar (Ø 35 cm)' }], price: 70_000, stock: 10, weightGrams: 650 },
    ],
  },
  {
    slug: 'tudung-saji-anyaman-bambu',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Tudung Saji Anyaman Bambu',
    description:
      'Tudung saji bambu berbingkai rotan untuk menutup hidangan di meja makan. Anyaman rapat, ringan, dan tidak mudah berubah bentuk.',
    attributes: { material: 'bambu dan rotan', originVillage: 'Tampo' },
    featured: false,
    variants: [
      { sku: 'TMP-TDS-50', name: 'Ø 50 cm', options: [{ name: 'Ukuran', value: 'Ø 50 cm' }], price: 55_000, stock: 12, weightGrams: 400 },
      { sku: 'TMP-TDS-60', name: 'Ø 60 cm', options: [{ name: 'Ukuran', value: 'Ø 60 cm' }], price: 70_000, stock: 0, weightGrams: 550 },
    ],
  },
  {
    slug: 'besek-bambu-isi-20',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Besek Bambu (isi 20)',
    description:
      'Besek bambu berpenutup untuk nasi kotak, hantaran, atau kemasan oleh-oleh ramah lingkungan. Dijual per ikat isi 20 buah.',
    attributes: { material: 'bambu', originVillage: 'Tampo' },
    featured: false,
    variants: [
      { sku: 'TMP-BSK-15', name: '15 × 15 cm (isi 20)', options: [{ name: 'Ukuran', value: '15 × 15 cm' }], price: 40_000, stock: 30, weightGrams: 600 },
      { sku: 'TMP-BSK-20', name: '20 × 20 cm (isi 20)', options: [{ name: 'Ukuran', value: '20 × 20 cm' }], price: 55_000, stock: 20, weightGrams: 900 },
    ],
  },
  {
    slug: 'miniatur-penari-gandrung-kayu',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Miniatur Penari Gandrung Kayu',
    description:
      'Patung kayu penari Gandrung lengkap dengan omprog dan kipas, dicat tangan. Cocok untuk pajangan meja atau cendera mata tamu.',
    attributes: { material: 'kayu dan kain', originVillage: 'Tampo' },
    featured: false,
    variants: [
      { sku: 'TMP-MGD-20', name: 'Tinggi 20 cm', options: [{ name: 'Ukuran', value: 'Tinggi 20 cm' }], price: 125_000, stock: 8, weightGrams: 450 },
      { sku: 'TMP-MGD-30', name: 'Tinggi 30 cm', options: [{ name: 'Ukuran', value: 'Tinggi 30 cm' }], price: 185_000, stock: 4, weightGrams: 800 },
    ],
  },
  {
    slug: 'gantungan-kunci-gandrung',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Gantungan Kunci Penari Gandrung',
    description:
      'Gantungan kunci akrilik bergambar penari Gandrung, cocok untuk suvenir acara dan oleh-oleh rombongan. Dijual per paket.',
    attributes: { material: 'akrilik', originVillage: 'Tampo' },
    featured: false,
    variants: [
      { sku: 'TMP-GKG-12', name: 'Paket isi 12', options: [{ name: 'Isi', value: '12 buah' }], price: 30_000, stock: 40, weightGrams: 150 },
      { sku: 'TMP-GKG-50', name: 'Paket isi 50', options: [{ name: 'Isi', value: '50 buah' }], price: 110_000, stock: 10, weightGrams: 550 },
    ],
  },
  {
    slug: 'kipas-gandrung-suvenir',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Kipas Gandrung Suvenir',
    description:
      'Kipas lipat berhias kain merah dan emas seperti kipas penari Gandrung. Bisa dipakai untuk latihan menari anak atau suvenir pernikahan.',
    attributes: { material: 'bambu dan kain', originVillage: 'Tampo' },
    featured: false,
    variants: [
      { sku: 'TMP-KPS-01', name: 'Satuan', options: [{ name: 'Isi', value: '1 buah' }], price: 25_000, stock: 30, weightGrams: 80 },
      { sku: 'TMP-KPS-10', name: 'Paket isi 10', options: [{ name: 'Isi', value: '10 buah' }], price: 220_000, stock: 6, weightGrams: 650 },
    ],
  },
  {
    slug: 'hiasan-dinding-omprog-gandrung',
    sellerKey: 'kriya-tampo',
    categorySlug: 'kerajinan',
    title: 'Hiasan Dinding Omprog Gandrung',
    description:
      'Miniatur omprog, mahkota penari Gandrung, berbahan kulit sintetis dan kayu dengan cat emas. Siap digantung di dinding ruang tamu.',
    attributes: { material: 'kulit sintetis dan kayu', originVillage: 'Tampo', dimensions: '30 × 25 cm' },
    featured: false,
    variants: [
      { sku: 'TMP-OMP-30', name: '30 × 25 cm', options: [{ name: 'Ukuran', value: '30 × 25 cm' }], price: 150_000, stock: 3, weightGrams: 700 },
    ],
  },

  // ── Rotan Asri Kendalrejo (Kendalrejo, Tegaldlimo) — shop still PENDING ────
  {
    slug: 'tas-rotan-bulat-anyaman',
    sellerKey: 'rotan-kendalrejo',
    categorySlug: 'kerajinan',
    title: 'Tas Rotan Bulat Anyaman Tangan',
    description:
      'Tas selempang rotan berbentuk bulat dengan lapisan kain batik di bagian dalam dan tali kulit sintetis. Dianyam tangan satu per satu.',
    attributes: { material: 'rotan', originVillage: 'Kendalrejo' },
    featured: false,
    variants: [
      { sku: 'KDR-TRB-20', name: 'Ø 20 cm', options: [{ name: 'Ukuran', value: 'Ø 20 cm' }], price: 165_000, stock: 5, weightGrams: 400 },
      { sku: 'KDR-TRB-25', name: 'Ø 25 cm', options: [{ name: 'Ukuran', value: 'Ø 25 cm' }], price: 185_000, stock: 3, weightGrams: 500 },
    ],
  },
  {
    slug: 'keranjang-parsel-rotan',
    sellerKey: 'rotan-kendalrejo',
    categorySlug: 'kerajinan',
    title: 'Keranjang Parsel Rotan',
    description:
      'Keranjang rotan bergagang untuk parsel Lebaran dan hantaran. Kuat menahan isi hingga beberapa kilogram.',
    attributes: { material: 'rotan', originVillage: 'Kendalrejo' },
    featured: false,
    variants: [
      { sku: 'KDR-KPR-M', name: 'Sedang (35 × 25 cm)', options: [{ name: 'Ukuran', value: 'Sedang (35 × 25 cm)' }], price: 75_000, stock: 10, weightGrams: 600 },
      { sku: 'KDR-KPR-L', name: 'Besar (45 × 30 cm)', options: [{ name: 'Ukuran', value: 'Besar (45 × 30 cm)' }], price: 95_000, stock: 6, weightGrams: 900 },
    ],
  },
];
