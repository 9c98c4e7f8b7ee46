import type { SeedServiceCategory } from './types.js';

/** The seven Smart Kampung criteria, used as service categories. */
export const serviceCategoryCodes = [
  'PELAYANAN_PUBLIK',
  'EKONOMI',
  'KESEHATAN',
  'PENDIDIKAN_BUDAYA',
  'SDM',
  'KEMISKINAN',
  'LITERASI_HUKUM',
] as const;

export type ServiceCategoryCode = (typeof serviceCategoryCodes)[number];

export const serviceCategories: (SeedServiceCategory & { code: ServiceCategoryCode })[] = [
  {
    code: 'PELAYANAN_PUBLIK',
    name: 'Pelayanan Publik Terintegrasi',
    description:
      'Surat keterangan dan pengantar administrasi kependudukan dari kantor desa, dapat diajukan daring dan dipantau dengan kode lacak.',
    position: 1,
  },
  {
    code: 'EKONOMI',
    name: 'Pemberdayaan Ekonomi',
    description: 'Pendampingan perizinan usaha mikro, NIB, dan pendaftaran lapak UMKM desa di marketplace.',
    position: 2,
  },
  {
    code: 'KESEHATAN',
    name: 'Pelayanan Kesehatan',
    description: 'Layanan posyandu dan pengantar jaminan kesehatan bagi warga desa.',
    position: 3,
  },
  {
    code: 'PENDIDIKAN_BUDAYA',
    name: 'Pendidikan, Seni dan Budaya',
    description: 'Rekomendasi beasiswa dan kegiatan seni budaya desa, seperti kelas membatik di sanggar desa.',
    position: 4,
  },
  {
    code: 'SDM',
    name: 'Peningkatan Kapasitas SDM',
    description: 'Pelatihan keterampilan bagi warga dan pelaku UMKM, dari pemasaran digital hingga pengemasan produk.',
    position: 5,
  },
  {
    code: 'KEMISKINAN',
    name: 'Pengentasan Kemiskinan',
    description: 'Pemutakhiran data bantuan sosial dan usulan bantuan bagi keluarga kurang mampu.',
    position: 6,
  },
  {
    code: 'LITERASI_HUKUM',
    name: 'Literasi Informasi Hukum',
    description: 'Konsultasi hukum, rujukan bantuan hukum gratis, dan akses peraturan desa serta informasi publik.',
    position: 7,
  },
];
