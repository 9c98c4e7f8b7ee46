/** Village information posts and training courses (services subgraph). */
export interface SeedPost {
  slug: string;
  kind: 'NEWS' | 'EVENT' | 'TOURISM' | 'CULINARY';
  title: string;
  summary: string;
  body: string;
  eventAt?: string;
  place?: string;
  publishedAt: string;
}

export const posts: SeedPost[] = [
  {
    slug: 'layanan-surat-online-desa-kemiren',
    kind: 'NEWS',
    title: 'Surat keterangan kini bisa diajukan dari rumah',
    summary:
      'Warga Desa Kemiren dapat mengajukan SKTM, surat keterangan usaha dan domisili secara daring, lalu mengunduh surat ber-QR.',
    body: 'Pemerintah Desa Kemiren membuka layanan surat secara daring. Warga cukup mengisi formulir, melampirkan foto surat pengantar RT/RW, lalu memantau permohonan dengan kode lacak. Surat yang sudah selesai dapat diunduh dan diperiksa keasliannya melalui kode QR.',
    publishedAt: '2026-11-20T02:00:00Z',
  },
  {
    slug: 'festival-ngopi-sepuluh-ewu-2026',
    kind: 'EVENT',
    title: 'Festival Ngopi Sepuluh Ewu 2026',
    summary: 'Sepuluh ribu cangkir kopi Osing disajikan gratis di sepanjang jalan Desa Kemiren.',
    body: 'Warga Kemiren menyuguhkan kopi Osing di depan rumah masing-masing. Pengunjung diajak duduk, berbincang dan mencicipi kue tradisional. UMKM desa membuka lapak kopi bubuk dan jajanan.',
    eventAt: '2026-12-12T12:00:00Z',
    place: 'Jalan utama Desa Kemiren, Glagah',
    publishedAt: '2026-11-25T02:00:00Z',
  },
  {
    slug: 'pendakian-kawah-ijen-dari-tamansari',
    kind: 'TOURISM',
    title: 'Menuju Kawah Ijen lewat Desa Tamansari',
    summary: 'Tips berangkat dini hari untuk melihat api biru, dengan pemandu dan homestay warga Tamansari.',
    body: 'Desa Tamansari di Kecamatan Licin adalah pintu masuk Kawah Ijen. Berangkatlah sekitar pukul 01.00 agar tiba sebelum fajar. Gunakan masker, bawa jaket, dan pesan pemandu lokal melalui kantor desa.',
    publishedAt: '2026-11-15T02:00:00Z',
  },
  {
    slug: 'pecel-pitik-kuliner-osing',
    kind: 'CULINARY',
    title: 'Pecel pitik, hidangan adat Osing',
    summary: 'Ayam kampung bakar suwir dengan parutan kelapa berbumbu, disajikan saat selamatan desa.',
    body: 'Pecel pitik dibuat dari ayam kampung yang dibakar lalu disuwir dan dicampur kelapa parut berbumbu kemiri, cabai dan daun jeruk. Cicipi di warung-warung Kemiren, terutama saat tradisi Tumpeng Sewu.',
    publishedAt: '2026-11-10T02:00:00Z',
  },
];

export interface SeedCourse {
  slug: string;
  title: string;
  summary: string;
  audience: 'UMKM' | 'STAFF' | 'PUBLIC';
  modules: { title: string; kind: 'TEXT' | 'VIDEO' | 'FILE'; body: string; url?: string }[];
}

export const courses: SeedCourse[] = [
  {
    slug: 'jualan-online-untuk-umkm',
    title: 'Jualan online untuk UMKM desa',
    summary: 'Foto produk, harga, dan melayani pembeli lewat marketplace desa.',
    audience: 'UMKM',
    modules: [
      {
        title: 'Memotret produk dengan ponsel',
        kind: 'TEXT',
        body: 'Gunakan cahaya matahari pagi, latar polos, dan potret dari tiga sisi.',
      },
      {
        title: 'Menentukan harga yang adil',
        kind: 'TEXT',
        body: 'Hitung bahan, tenaga, kemasan dan ongkos kirim; bandingkan dengan harga pasar.',
      },
      {
        title: 'Video: mengemas batik agar aman dikirim',
        kind: 'VIDEO',
        body: 'Tonton cara melipat dan membungkus kain.',
        url: 'https://www.youtube.com/results?search_query=mengemas+batik',
      },
    ],
  },
  {
    slug: 'pelayanan-prima-staf-desa',
    title: 'Pelayanan prima untuk staf desa',
    summary: 'Standar pelayanan, waktu layanan, dan menanggapi pengaduan warga.',
    audience: 'STAFF',
    modules: [
      {
        title: 'Standar pelayanan dan maklumat',
        kind: 'TEXT',
        body: 'Tampilkan persyaratan, prosedur, waktu dan biaya setiap layanan.',
      },
      {
        title: 'Survei kepuasan masyarakat (IKM)',
        kind: 'TEXT',
        body: 'Sembilan unsur Permenpan RB 14/2017, nilai 1–4, IKM = 25 × rata-rata NRR.',
      },
    ],
  },
];
