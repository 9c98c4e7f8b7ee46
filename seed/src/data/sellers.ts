import type { SeedSeller } from './types.js';

/**
 * UMKM shops. WhatsApp numbers are placeholders in the 08xx format and match the
 * owner's phone in users.ts. Addresses stop at the regency; no postal codes.
 */
export const sellers: SeedSeller[] = [
  {
    key: 'batik-sembulung',
    ownerKey: 'seller',
    name: 'Batik Sekar Sembulung',
    slug: 'batik-sekar-sembulung',
    village: 'Sembulung',
    district: 'Cluring',
    whatsapp: '081200001002',
    address: 'RT 002/RW 001, Desa Sembulung, Kecamatan Cluring, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Rumah produksi batik tulis dan cap para perajin Desa Sembulung. Menyediakan kain, kemeja, dan syal bermotif khas Banyuwangi seperti Gajah Oling, Kangkung Setingkes, dan Sekar Jagad Blambangan.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'osing-kemiren',
    ownerKey: 'owner-kemiren',
    name: 'Sanggar Batik & Kopi Osing Kemiren',
    slug: 'sanggar-osing-kemiren',
    village: 'Kemiren',
    district: 'Glagah',
    whatsapp: '085200002001',
    address: 'RT 001/RW 002, Desa Kemiren, Kecamatan Glagah, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Sanggar keluarga di desa adat Osing Kemiren yang membuat batik tulis dan cap serta mengolah kopi robusta dari kebun warga. Kopi disangrai sendiri dalam jumlah kecil.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'kopi-gombengsari',
    ownerKey: 'owner-gombengsari',
    name: 'Kopi Rakyat Gombengsari',
    slug: 'kopi-rakyat-gombengsari',
    village: 'Gombengsari',
    district: 'Kalipuro',
    whatsapp: '082300002002',
    address: 'RT 003/RW 001, Kelurahan Gombengsari, Kecamatan Kalipuro, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Kelompok tani kopi di lereng Gombengsari yang menjual robusta petik merah: green bean untuk roaster, biji sangrai, dan kopi bubuk.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'hasil-bumi-tamansari',
    ownerKey: 'owner-tamansari',
    name: 'Hasil Bumi Lereng Ijen',
    slug: 'hasil-bumi-lereng-ijen',
    village: 'Tamansari',
    district: 'Licin',
    whatsapp: '081300002003',
    address: 'RT 002/RW 003, Desa Tamansari, Kecamatan Licin, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Hasil kebun petani Tamansari, desa gerbang menuju Ijen: manggis, cengkeh kering, dan biji kakao fermentasi. Dikemas dan dikirim langsung dari desa.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'tani-benculuk',
    ownerKey: 'owner-benculuk',
    name: 'Lumbung Tani Benculuk',
    slug: 'lumbung-tani-benculuk',
    village: 'Benculuk',
    district: 'Cluring',
    whatsapp: '085700002004',
    address: 'RT 004/RW 002, Desa Benculuk, Kecamatan Cluring, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Gabungan petani Benculuk yang menjual beras hasil sawah sendiri dan jeruk siam dari kebun anggota. Tersedia kemasan rumah tangga dan karung 25 kg.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'naga-sumberarum',
    ownerKey: 'owner-sumberarum',
    name: 'Kebun Naga Sumberarum',
    slug: 'kebun-naga-sumberarum',
    village: 'Sumberarum',
    district: 'Songgon',
    whatsapp: '081900002005',
    address: 'RT 001/RW 004, Desa Sumberarum, Kecamatan Songgon, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Kebun buah naga merah dan putih milik keluarga di Sumberarum, Songgon. Saat musim, kami juga menjual durian merah dari kebun tetangga.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'terasi-muncar',
    ownerKey: 'owner-muncar',
    name: 'Terasi Kedungrejo Muncar',
    slug: 'terasi-kedungrejo-muncar',
    village: 'Kedungrejo',
    district: 'Muncar',
    whatsapp: '087800002006',
    address: 'RT 005/RW 002, Desa Kedungrejo, Kecamatan Muncar, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Usaha rumahan dekat pelabuhan perikanan Muncar yang membuat terasi, sambal, dan kerupuk ikan dari tangkapan nelayan setempat.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'kriya-tampo',
    ownerKey: 'owner-tampo',
    name: 'Kriya Bambu & Suvenir Tampo',
    slug: 'kriya-tampo',
    village: 'Tampo',
    district: 'Cluring',
    whatsapp: '081700002007',
    address: 'RT 003/RW 003, Desa Tampo, Kecamatan Cluring, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Perajin anyaman bambu Desa Tampo: keranjang, tudung saji, dan besek. Kami juga membuat suvenir bertema penari Gandrung untuk oleh-oleh dan acara.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'dapur-olehsari',
    ownerKey: 'owner-olehsari',
    name: 'Dapur Osing Olehsari',
    slug: 'dapur-osing-olehsari',
    village: 'Olehsari',
    district: 'Glagah',
    whatsapp: '085300002008',
    address: 'RT 002/RW 001, Desa Olehsari, Kecamatan Glagah, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Dapur rumahan ibu-ibu Olehsari yang membuat sale pisang, bagiak, kue kering, dan sambal tempong. Dibuat per pesanan dalam jumlah kecil.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'busana-rogojampi',
    ownerKey: 'owner-rogojampi',
    name: 'Griya Busana Osing',
    slug: 'griya-busana-osing',
    village: 'Rogojampi',
    district: 'Rogojampi',
    whatsapp: '089600002009',
    address: 'RT 001/RW 005, Desa Rogojampi, Kecamatan Rogojampi, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Konveksi kecil yang menjahit kaos, daster, busana anak, dan tas dengan sentuhan motif Banyuwangi. Menerima pesanan seragam komunitas.',
    verificationStatus: 'VERIFIED',
  },
  {
    key: 'rotan-kendalrejo',
    ownerKey: 'owner-kendalrejo',
    name: 'Rotan Asri Kendalrejo',
    slug: 'rotan-asri-kendalrejo',
    village: 'Kendalrejo',
    district: 'Tegaldlimo',
    whatsapp: '082100002010',
    address: 'RT 002/RW 002, Desa Kendalrejo, Kecamatan Tegaldlimo, Kabupaten Banyuwangi, Jawa Timur',
    description:
      'Perajin tas dan keranjang rotan anyaman tangan. Toko baru mendaftar dan masih menunggu verifikasi petugas desa.',
    verificationStatus: 'PENDING',
  },
];
