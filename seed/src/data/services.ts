import type { ServiceCategoryCode } from './service-categories.js';
import type { SeedService } from './types.js';

/** Promised times from the domain notes. */
export const SLA = {
  SAME_DAY: 8,
  ONE_DAY: 24,
  ONE_TO_THREE_DAYS: 72,
  THREE_TO_SEVEN_DAYS: 168,
} as const;

const OFFICE_HOURS = 'Senin–Jumat 08.00–15.00 WIB';
// Regency templates name the section only; each village's adoption names its own office (services-adoptions.ts).
const PELAYANAN = 'Kantor Desa, Seksi Pelayanan';
const PEMERINTAHAN = 'Kantor Desa, Seksi Pemerintahan';
const KESEJAHTERAAN = 'Kantor Desa, Seksi Kesejahteraan';

export const services: (SeedService & { categoryCode: ServiceCategoryCode })[] = [
  // ── 1. Pelayanan publik terintegrasi ───────────────────────────────────────
  {
    slug: 'surat-keterangan-tidak-mampu',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Tidak Mampu (SKTM)',
    summary:
      'Surat keterangan bagi keluarga berpenghasilan rendah untuk keringanan biaya sekolah, biaya rumah sakit, atau pengajuan bantuan sosial.',
    description:
      'SKTM diterbitkan Kepala Desa berdasarkan pengantar RT/RW dan pernyataan penghasilan pemohon. Sebutkan keperluannya (sekolah, rumah sakit, atau bantuan sosial) karena keperluan itu dicantumkan di dalam surat.',
    requirements: [
      'KTP-el pemohon (asli dan fotokopi)',
      'Kartu Keluarga (asli dan fotokopi)',
      'Surat pengantar RT/RW',
      'Surat pernyataan penghasilan yang ditandatangani pemohon',
      'Keterangan keperluan, misalnya surat dari sekolah atau rumah sakit',
    ],
    steps: [
      'Minta surat pengantar ke Ketua RT dan RW tempat tinggal.',
      'Ajukan permohonan di portal ini atau datang ke loket Seksi Pelayanan dengan membawa berkas.',
      'Petugas memeriksa berkas dan mencocokkan NIK serta nomor KK.',
      'Kepala Desa menandatangani SKTM.',
      'Ambil surat di loket; pantau statusnya dengan kode lacak.',
    ],
    slaHours: SLA.SAME_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: true,
    isLetter: true,
  },
  {
    slug: 'surat-keterangan-usaha',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Usaha (SKU)',
    summary:
      'Keterangan bahwa warga menjalankan usaha di wilayah desa, untuk pengajuan kredit usaha ke bank atau keperluan perizinan.',
    description:
      'SKU menerangkan nama, jenis, dan alamat usaha pemohon. Surat ini sering diminta bank untuk pengajuan kredit usaha rakyat dan dapat dipakai sebagai bukti usaha saat mendaftar lapak di marketplace desa.',
    requirements: [
      'KTP-el pemohon (asli dan fotokopi)',
      'Kartu Keluarga (asli dan fotokopi)',
      'Surat pengantar RT/RW',
      'Foto tempat usaha atau kegiatan usaha',
      'Keterangan jenis usaha, alamat usaha, dan lama usaha berjalan',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini dan unggah foto usaha, atau bawa berkas ke loket Seksi Pelayanan.',
      'Petugas memeriksa berkas; bila perlu, petugas atau Kepala Dusun memastikan lokasi usaha.',
      'Kepala Desa menandatangani SKU.',
      'Ambil surat di loket dengan menunjukkan kode lacak.',
    ],
    slaHours: SLA.SAME_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: true,
    isLetter: true,
  },
  {
    slug: 'surat-keterangan-domisili',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Domisili',
    summary:
      'Keterangan tempat tinggal warga di desa, untuk keperluan sekolah, pekerjaan, bank, atau administrasi lain.',
    description:
      'Surat domisili menerangkan bahwa pemohon benar bertempat tinggal di wilayah desa. Warga pendatang yang KTP-elnya beralamat di luar desa juga dapat mengajukannya dengan keterangan dari pemilik rumah.',
    requirements: [
      'KTP-el pemohon (asli dan fotokopi)',
      'Kartu Keluarga (asli dan fotokopi)',
      'Surat pengantar RT/RW',
      'Surat keterangan dari pemilik rumah atau kos, bila tinggal menumpang',
    ],
    steps: [
      'Minta surat pengantar RT/RW tempat tinggal sekarang.',
      'Ajukan permohonan di portal ini atau di loket Seksi Pelayanan.',
      'Petugas memeriksa berkas dan data kependudukan.',
      'Kepala Desa menandatangani surat keterangan domisili.',
      'Ambil surat di loket dengan menunjukkan kode lacak.',
    ],
    slaHours: SLA.SAME_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: true,
    isLetter: true,
  },
  {
    slug: 'pengantar-ktp-el',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Pengantar KTP-el (Baru, Perubahan Data, Hilang/Rusak)',
    summary:
      'Pengantar dari desa untuk perekaman KTP-el baru, perubahan data, atau penggantian KTP-el yang hilang atau rusak.',
    description:
      'Desa menerbitkan surat pengantar dan memeriksa kelengkapan berkas. Perekaman dan pencetakan KTP-el dilakukan oleh Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kabupaten Banyuwangi.',
    requirements: [
      'Kartu Keluarga (asli dan fotokopi)',
      'Surat pengantar RT/RW',
      'Akta kelahiran atau ijazah, untuk perekaman KTP-el pertama',
      'KTP-el lama, untuk perubahan data atau KTP-el rusak',
      'Surat keterangan kehilangan dari kepolisian, bila KTP-el hilang',
      'Dokumen pendukung perubahan data, misalnya buku nikah atau akta perceraian',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini dan pilih jenisnya: baru, perubahan data, atau hilang/rusak.',
      'Petugas desa memeriksa berkas dan mencocokkan data dengan Kartu Keluarga.',
      'Kepala Desa menandatangani surat pengantar.',
      'Bawa surat pengantar dan berkas asli ke Dispendukcapil Kabupaten Banyuwangi untuk perekaman atau pencetakan KTP-el.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: PEMERINTAHAN,
    openingHours: OFFICE_HOURS,
    featured: true,
    isLetter: true,
  },
  {
    slug: 'pengantar-kartu-keluarga',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Pengantar Kartu Keluarga (Baru, Perubahan, Hilang)',
    summary:
      'Pengantar untuk membuat KK baru, menambah atau mengurangi anggota keluarga, mengubah data, atau mengganti KK yang hilang.',
    description:
      'Pengantar ini diperlukan misalnya setelah menikah, kelahiran anak, kematian anggota keluarga, atau pindah datang. Kartu Keluarga baru diterbitkan oleh Dispendukcapil Kabupaten Banyuwangi.',
    requirements: [
      'Kartu Keluarga lama (asli), kecuali bila hilang',
      'KTP-el kepala keluarga',
      'Surat pengantar RT/RW',
      'Buku nikah atau akta perkawinan, untuk KK baru setelah menikah',
      'Akta kelahiran anggota keluarga yang ditambahkan',
      'Surat keterangan kehilangan dari kepolisian, bila KK hilang',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini dan jelaskan perubahan yang diminta.',
      'Petugas desa memeriksa berkas dan mengisi formulir biodata keluarga.',
      'Kepala Desa menandatangani surat pengantar.',
      'Bawa pengantar dan berkas asli ke Dispendukcapil Kabupaten Banyuwangi untuk penerbitan KK.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: PEMERINTAHAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'pengantar-akta-kelahiran',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Pengantar Akta Kelahiran',
    summary: 'Pengantar dari desa untuk mengurus akta kelahiran anak di Dispendukcapil.',
    description:
      'Segera urus akta kelahiran setelah anak lahir. Desa memeriksa berkas dan menerbitkan pengantar; akta kelahiran diterbitkan oleh Dispendukcapil Kabupaten Banyuwangi.',
    requirements: [
      'Surat keterangan lahir dari bidan, puskesmas, atau rumah sakit',
      'KTP-el kedua orang tua',
      'Kartu Keluarga orang tua',
      'Buku nikah atau akta perkawinan orang tua',
      'KTP-el dua orang saksi kelahiran',
    ],
    steps: [
      'Siapkan surat keterangan lahir dan berkas orang tua.',
      'Ajukan permohonan di portal ini atau di loket desa.',
      'Petugas desa memeriksa berkas dan mengisi formulir pelaporan kelahiran.',
      'Kepala Desa menandatangani surat pengantar.',
      'Bawa pengantar dan berkas asli ke Dispendukcapil Kabupaten Banyuwangi untuk penerbitan akta kelahiran.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: PEMERINTAHAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'surat-keterangan-kematian',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Kematian',
    summary: 'Keterangan kematian warga dari desa, dasar untuk mengurus akta kematian dan pembaruan Kartu Keluarga.',
    description:
      'Keluarga atau pelapor mengajukan surat ini setelah warga meninggal dunia. Surat keterangan kematian dipakai untuk mengurus akta kematian di Dispendukcapil, klaim asuransi, dan surat keterangan ahli waris.',
    requirements: [
      'Surat keterangan kematian dari rumah sakit atau puskesmas, atau laporan kematian dari RT',
      'KTP-el dan Kartu Keluarga almarhum atau almarhumah',
      'KTP-el pelapor',
      'Surat pengantar RT/RW',
    ],
    steps: [
      'Laporkan kematian ke Ketua RT dan minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini atau di loket Seksi Pelayanan.',
      'Petugas memeriksa berkas dan data kependudukan almarhum.',
      'Kepala Desa menandatangani surat keterangan kematian.',
      'Ambil surat di loket; gunakan untuk mengurus akta kematian di Dispendukcapil.',
    ],
    slaHours: SLA.SAME_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'surat-keterangan-pindah',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Pindah',
    summary:
      'Pengantar bagi warga yang akan pindah domisili ke luar desa, sebagai dasar penerbitan surat pindah oleh Dispendukcapil.',
    description:
      'Desa mencatat rencana kepindahan dan menerbitkan surat pengantar pindah. Surat pindah resmi diterbitkan Dispendukcapil, lalu dibawa ke desa atau kelurahan tujuan.',
    requirements: [
      'Kartu Keluarga (asli)',
      'KTP-el seluruh anggota keluarga yang pindah',
      'Surat pengantar RT/RW',
      'Alamat tujuan lengkap (RT/RW, desa atau kelurahan, kecamatan, kabupaten atau kota)',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini dan isi alamat tujuan serta anggota keluarga yang pindah.',
      'Petugas desa memeriksa berkas.',
      'Kepala Desa menandatangani surat pengantar pindah.',
      'Bawa pengantar ke Dispendukcapil Kabupaten Banyuwangi untuk penerbitan surat pindah.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: PEMERINTAHAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'pengantar-skck',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Pengantar SKCK',
    summary: 'Pengantar dari desa untuk membuat Surat Keterangan Catatan Kepolisian (SKCK) di kepolisian.',
    description:
      'SKCK diterbitkan oleh kepolisian; desa memberi surat pengantar yang menerangkan identitas dan kelakuan baik pemohon. Siapkan pas foto sesuai ketentuan kantor polisi tujuan.',
    requirements: [
      'KTP-el pemohon (asli dan fotokopi)',
      'Kartu Keluarga (asli dan fotokopi)',
      'Surat pengantar RT/RW',
      'Pas foto berwarna ukuran 4 × 6 cm',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini atau di loket Seksi Pelayanan.',
      'Petugas memeriksa berkas.',
      'Kepala Desa menandatangani surat pengantar.',
      'Bawa pengantar dan berkas ke Polsek atau Polresta Banyuwangi untuk mengurus SKCK.',
    ],
    slaHours: SLA.SAME_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'surat-keterangan-ahli-waris',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Surat Keterangan Ahli Waris',
    summary:
      'Keterangan susunan ahli waris untuk balik nama sertifikat tanah, pencairan tabungan, atau pembagian warisan.',
    description:
      'Surat ini disusun dari pernyataan seluruh ahli waris yang disaksikan, lalu ditandatangani Kepala Desa dan dikuatkan oleh Camat. Karena melibatkan banyak pihak dan pemeriksaan silsilah, prosesnya lebih lama dari surat lain.',
    requirements: [
      'Surat pernyataan ahli waris yang ditandatangani seluruh ahli waris dan dua orang saksi, bermeterai Rp 10.000',
      'Silsilah (bagan) keluarga pewaris',
      'Akta kematian atau surat keterangan kematian pewaris',
      'KTP-el dan Kartu Keluarga seluruh ahli waris',
      'Buku nikah pewaris',
      'Surat pengantar RT/RW',
    ],
    steps: [
      'Musyawarahkan susunan ahli waris dalam keluarga dan siapkan silsilah.',
      'Ajukan permohonan di portal ini dan unggah berkas, atau bawa ke loket Seksi Pemerintahan.',
      'Petugas memeriksa silsilah dan berkas; seluruh ahli waris dan saksi dapat diminta hadir untuk tanda tangan.',
      'Kepala Desa menandatangani surat keterangan ahli waris.',
      'Surat dikuatkan (diketahui) oleh Camat Cluring, lalu dapat diambil di kantor desa.',
    ],
    slaHours: SLA.THREE_TO_SEVEN_DAYS,
    fee: 0,
    office: PEMERINTAHAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
    // "ditandatangani Kepala Desa dan dikuatkan oleh Camat": the camat co-signs (decision 030).
    needsDistrictCosign: true,
  },
  {
    slug: 'pengaduan-masyarakat',
    categoryCode: 'PELAYANAN_PUBLIK',
    name: 'Pengaduan Masyarakat',
    summary: 'Sampaikan keluhan tentang layanan desa, infrastruktur, atau lingkungan, dan pantau tindak lanjutnya.',
    description:
      'Setiap pengaduan mendapat kode lacak dan diteruskan ke perangkat desa yang berwenang. Identitas pelapor dapat dirahasiakan, dan setelah selesai warga dapat mengisi Survei Kepuasan Masyarakat (SKM).',
    requirements: [
      'Nama dan nomor HP atau WhatsApp pelapor (dapat dirahasiakan)',
      'Uraian kejadian: apa, kapan, dan di mana',
      'Foto atau dokumen pendukung, bila ada',
    ],
    steps: [
      'Isi formulir pengaduan di portal ini atau sampaikan langsung di loket Seksi Pelayanan.',
      'Simpan kode lacak yang diberikan.',
      'Petugas memeriksa pengaduan dan meneruskannya ke perangkat desa yang berwenang.',
      'Petugas menyampaikan tanggapan dan tindak lanjut melalui portal atau WhatsApp.',
      'Beri penilaian layanan melalui Survei Kepuasan Masyarakat.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: PELAYANAN,
    openingHours: 'Daring setiap saat; loket Senin–Jumat 08.00–15.00 WIB',
    featured: true,
    isLetter: false,
  },

  // ── 2. Pemberdayaan ekonomi ────────────────────────────────────────────────
  {
    slug: 'pendampingan-iumk-nib',
    categoryCode: 'EKONOMI',
    name: 'Izin Usaha Mikro Kecil (IUMK) / Pendampingan NIB',
    summary: 'Bantuan membuat akun OSS dan menerbitkan Nomor Induk Berusaha (NIB) untuk usaha mikro dan kecil.',
    description:
      'Perizinan usaha mikro kini diterbitkan sebagai Nomor Induk Berusaha (NIB) melalui sistem OSS. Petugas desa membantu membuat akun, memilih kode KBLI yang sesuai, dan mengunduh NIB tanpa biaya.',
    requirements: [
      'KTP-el pemilik usaha',
      'Kartu Keluarga',
      'Alamat atau lokasi usaha',
      'Foto tempat atau kegiatan usaha',
      'Nomor HP dan alamat email aktif untuk akun OSS',
    ],
    steps: [
      'Ajukan permohonan di portal ini dan pilih jadwal pendampingan.',
      'Datang ke kantor desa membawa KTP-el, KK, dan ponsel yang nomornya akan didaftarkan.',
      'Petugas membantu membuat akun OSS dan mengisi data usaha serta KBLI.',
      'NIB terbit di OSS dan dapat diunduh; petugas membantu mencetaknya.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: true,
    isLetter: false,
  },
  {
    slug: 'pendaftaran-lapak-umkm',
    categoryCode: 'EKONOMI',
    name: 'Pendaftaran dan Verifikasi Lapak UMKM Desa',
    summary: 'Daftarkan usaha Anda sebagai penjual di marketplace Smart Kampung dan dapatkan tanda toko terverifikasi.',
    description:
      'Pelaku UMKM mendaftarkan toko di portal, lalu petugas desa memverifikasi identitas dan keberadaan usahanya. Setelah terverifikasi, produk toko tampil untuk pembeli.',
    requirements: [
      'KTP-el pemilik usaha',
      'NIB atau Surat Keterangan Usaha',
      'Nomor WhatsApp usaha yang aktif',
      'Foto produk dan tempat usaha',
    ],
    steps: [
      'Buat akun di portal ini lalu pilih "Buka Toko" dan isi data usaha.',
      'Unggah NIB atau SKU serta foto produk.',
      'Petugas desa memeriksa data dan, bila perlu, mengunjungi tempat usaha.',
      'Status toko berubah menjadi terverifikasi dan produk dapat dipublikasikan.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: false,
  },

  // ── 3. Pelayanan kesehatan ─────────────────────────────────────────────────
  {
    slug: 'pendaftaran-posyandu',
    categoryCode: 'KESEHATAN',
    name: 'Pendaftaran Posyandu Balita, Ibu Hamil, dan Lansia',
    summary:
      'Daftarkan balita, ibu hamil, atau lansia ke posyandu dusun untuk penimbangan, imunisasi, dan pemeriksaan rutin.',
    description:
      'Posyandu digelar sebulan sekali di setiap dusun bersama kader dan bidan desa. Setelah terdaftar, warga mendapat pengingat jadwal melalui WhatsApp.',
    requirements: [
      'Kartu Keluarga',
      'Buku KIA (Kesehatan Ibu dan Anak), untuk balita dan ibu hamil',
      'KTP-el, untuk lansia',
    ],
    steps: [
      'Isi formulir pendaftaran di portal ini dan pilih posyandu dusun terdekat.',
      'Kader posyandu menghubungi Anda untuk konfirmasi jadwal.',
      'Datang ke posyandu sesuai jadwal membawa Buku KIA atau KTP-el.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: 'Pendaftaran Senin–Jumat 08.00–15.00 WIB; posyandu sesuai jadwal bulanan tiap dusun',
    featured: false,
    isLetter: false,
  },
  {
    slug: 'pengantar-bpjs-kesehatan-pbi',
    categoryCode: 'KESEHATAN',
    name: 'Surat Pengantar Pengajuan BPJS Kesehatan PBI',
    summary:
      'Pengantar desa bagi warga kurang mampu yang ingin diusulkan menjadi peserta BPJS Kesehatan Penerima Bantuan Iuran (PBI).',
    description:
      'Desa memeriksa data pemohon di data bantuan sosial dan menerbitkan pengantar usulan ke Dinas Sosial Kabupaten Banyuwangi. Penetapan kepesertaan PBI bukan kewenangan desa.',
    requirements: [
      'KTP-el pemohon',
      'Kartu Keluarga',
      'Surat pengantar RT/RW',
      'SKTM, bila belum terdaftar dalam data bantuan sosial',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini atau di loket Seksi Kesejahteraan.',
      'Petugas memeriksa status pemohon dalam data bantuan sosial.',
      'Kepala Desa menandatangani surat pengantar usulan.',
      'Desa meneruskan usulan ke Dinas Sosial; pemohon diberi kabar bila kepesertaan sudah ditetapkan.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },

  // ── 4. Pendidikan, seni dan budaya ─────────────────────────────────────────
  {
    slug: 'surat-rekomendasi-beasiswa',
    categoryCode: 'PENDIDIKAN_BUDAYA',
    name: 'Surat Rekomendasi Beasiswa',
    summary: 'Rekomendasi Kepala Desa bagi pelajar atau mahasiswa yang mendaftar beasiswa pemerintah maupun swasta.',
    description:
      'Surat ini menerangkan bahwa pemohon adalah warga desa dan, bila diminta penyelenggara, menjelaskan kondisi ekonomi keluarganya. Lampirkan ketentuan beasiswa agar isi surat sesuai format yang diminta.',
    requirements: [
      'KTP-el orang tua atau wali, dan KTP-el pemohon bila sudah memiliki',
      'Kartu Keluarga',
      'Surat keterangan aktif sekolah atau kuliah, atau kartu pelajar/mahasiswa',
      'Surat pengantar RT/RW',
      'Pengumuman atau ketentuan beasiswa yang dituju',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan permohonan di portal ini dan unggah ketentuan beasiswa.',
      'Petugas memeriksa berkas.',
      'Kepala Desa menandatangani surat rekomendasi.',
      'Ambil surat di loket dengan menunjukkan kode lacak.',
    ],
    slaHours: SLA.ONE_DAY,
    fee: 0,
    office: PELAYANAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: true,
  },
  {
    slug: 'kelas-membatik-sanggar-desa',
    categoryCode: 'PENDIDIKAN_BUDAYA',
    name: 'Pendaftaran Kelas Membatik di Sanggar Desa',
    summary: 'Kelas dasar batik tulis bersama perajin Sembulung, terbuka untuk pelajar, warga, dan wisatawan.',
    description:
      'Peserta belajar mengenal motif Banyuwangi seperti Gajah Oling, mencanting, mewarnai, dan melorod. Biaya dipakai untuk bahan (kain, malam, dan pewarna), dan hasil karya dibawa pulang.',
    requirements: [
      'KTP-el atau kartu pelajar',
      'Nomor HP atau WhatsApp aktif',
      'Usia minimal 12 tahun; peserta di bawah 17 tahun didampingi guru atau orang tua',
    ],
    steps: [
      'Daftar di portal ini dan pilih tanggal kelas.',
      'Petugas mengonfirmasi jadwal dan kuota melalui WhatsApp.',
      'Bayar biaya bahan di sanggar pada hari kelas.',
      'Ikuti kelas dan bawa pulang kain hasil karya Anda.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 75_000,
    office: 'Balai Desa, Sanggar Batik Desa',
    openingHours: 'Sabtu 08.00–12.00 WIB',
    featured: false,
    isLetter: false,
  },

  // ── 5. Peningkatan kapasitas SDM ───────────────────────────────────────────
  {
    slug: 'pendaftaran-pelatihan-umkm',
    categoryCode: 'SDM',
    name: 'Pendaftaran Pelatihan UMKM',
    summary:
      'Pelatihan gratis untuk pelaku usaha desa: pemasaran digital, foto produk, pengemasan, dan pencatatan keuangan.',
    description:
      'Pelatihan diadakan berkala di balai desa bersama pendamping UMKM. Peserta yang sudah memiliki lapak di marketplace desa didahulukan untuk materi pemasaran digital.',
    requirements: [
      'KTP-el peserta',
      'Nomor HP atau WhatsApp aktif',
      'Keterangan usaha yang dijalankan atau rencana usaha',
    ],
    steps: [
      'Pilih jadwal dan materi pelatihan di portal ini, lalu isi formulir pendaftaran.',
      'Petugas mengonfirmasi kepesertaan melalui WhatsApp sesuai kuota.',
      'Hadiri pelatihan di balai desa dengan membawa ponsel dan contoh produk.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: false,
  },

  // ── 6. Pengentasan kemiskinan ──────────────────────────────────────────────
  {
    slug: 'pemutakhiran-data-bansos-dtks',
    categoryCode: 'KEMISKINAN',
    name: 'Pemutakhiran Data Bantuan Sosial (DTKS)',
    summary:
      'Usulkan keluarga baru, perubahan data, atau penghapusan data dalam Data Terpadu Kesejahteraan Sosial (DTKS).',
    description:
      'Usulan dibahas dalam musyawarah desa lalu dikirim ke Dinas Sosial Kabupaten Banyuwangi. Penetapan penerima bantuan sosial menjadi kewenangan pemerintah pusat, bukan desa.',
    requirements: [
      'KTP-el pemohon',
      'Kartu Keluarga',
      'Surat pengantar RT/RW',
      'Foto rumah tampak depan dan bagian dalam',
      'Keterangan pekerjaan dan penghasilan anggota keluarga',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan usulan di portal ini atau di loket Seksi Kesejahteraan.',
      'Petugas atau kader desa memeriksa kondisi rumah tangga.',
      'Usulan dibahas dan disahkan dalam musyawarah desa.',
      'Desa mengirim usulan ke Dinas Sosial; pemohon dapat memantau statusnya dengan kode lacak.',
    ],
    slaHours: SLA.THREE_TO_SEVEN_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: false,
  },
  {
    slug: 'usulan-bantuan-rtlh',
    categoryCode: 'KEMISKINAN',
    name: 'Usulan Bantuan Rumah Tidak Layak Huni (RTLH)',
    summary: 'Usulkan rumah keluarga kurang mampu untuk program perbaikan rumah tidak layak huni.',
    description:
      'Desa mendata rumah dengan atap, lantai, atau dinding yang tidak layak, lalu menyusun usulan ke program pemerintah daerah. Keluarga yang terdaftar dalam data bantuan sosial diutamakan.',
    requirements: [
      'KTP-el dan Kartu Keluarga pemilik rumah',
      'Bukti kepemilikan tanah: sertifikat, letter C/petok D, atau surat keterangan tanah dari desa',
      'Foto kondisi rumah: depan, samping, dalam, dan atap',
      'Surat pengantar RT/RW',
    ],
    steps: [
      'Minta surat pengantar RT/RW.',
      'Ajukan usulan di portal ini dan unggah foto rumah.',
      'Tim desa melakukan survei ke rumah pemohon.',
      'Usulan dibahas dalam musyawarah desa dan diteruskan ke dinas terkait.',
      'Pemohon dikabari bila usulan disetujui beserta jadwal pelaksanaannya.',
    ],
    slaHours: SLA.THREE_TO_SEVEN_DAYS,
    fee: 0,
    office: KESEJAHTERAAN,
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: false,
  },

  // ── 7. Literasi informasi hukum ────────────────────────────────────────────
  {
    slug: 'konsultasi-bantuan-hukum',
    categoryCode: 'LITERASI_HUKUM',
    name: 'Konsultasi Hukum dan Rujukan Bantuan Hukum Gratis',
    summary:
      'Konsultasi awal masalah hukum bersama paralegal desa, dan rujukan ke organisasi bantuan hukum bagi warga tidak mampu.',
    description:
      'Warga dapat berkonsultasi tentang sengketa tanah, waris, utang-piutang, ketenagakerjaan, atau kekerasan dalam rumah tangga. Warga tidak mampu dirujuk ke Organisasi Bantuan Hukum terakreditasi yang memberi bantuan hukum cuma-cuma sesuai UU No. 16 Tahun 2011 tentang Bantuan Hukum.',
    requirements: [
      'KTP-el pemohon',
      'Ringkasan masalah dan dokumen terkait (surat, perjanjian, bukti)',
      'SKTM, bila meminta rujukan bantuan hukum gratis',
    ],
    steps: [
      'Ajukan permohonan konsultasi di portal ini dan ceritakan masalah secara singkat.',
      'Petugas menjadwalkan pertemuan dengan paralegal desa.',
      'Hadiri konsultasi dengan membawa dokumen terkait; kerahasiaan dijaga.',
      'Bila perlu pendampingan lanjutan, paralegal membuat rujukan ke Organisasi Bantuan Hukum.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: 'Kantor Desa, Pos Layanan Hukum (paralegal desa)',
    openingHours: 'Selasa dan Kamis 09.00–14.00 WIB',
    featured: false,
    isLetter: false,
  },
  {
    slug: 'permohonan-informasi-publik-perdes',
    categoryCode: 'LITERASI_HUKUM',
    name: 'Permohonan Salinan Peraturan Desa dan Informasi Publik',
    summary: 'Minta salinan Peraturan Desa, APBDes, atau informasi publik desa lainnya.',
    description:
      'Setiap warga berhak memperoleh informasi publik sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Salinan dikirim dalam bentuk berkas digital atau dapat diambil di kantor desa.',
    requirements: [
      'KTP-el pemohon',
      'Rincian informasi yang diminta, misalnya judul atau nomor Peraturan Desa',
      'Tujuan penggunaan informasi',
    ],
    steps: [
      'Isi formulir permohonan informasi di portal ini.',
      'Petugas memeriksa apakah informasi termasuk informasi publik yang dapat diberikan.',
      'Salinan dikirim melalui portal atau email, atau dapat diambil di loket.',
    ],
    slaHours: SLA.ONE_TO_THREE_DAYS,
    fee: 0,
    office: 'Kantor Desa, Sekretariat Desa',
    openingHours: OFFICE_HOURS,
    featured: false,
    isLetter: false,
  },
];
