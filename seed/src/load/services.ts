import {
  Course,
  CourseModule,
  Post,
  Service,
  ServiceCategory,
  VillageService,
  type FormField,
} from '@kampung/services';
import { adoptions } from '../data/services-adoptions.js';
import { courses, posts } from '../data/services-content.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { serviceCategories, services } from '../data/index.js';
import { seedId } from '../ids.js';

/** The application form every seeded village letter asks for; staff refine forms per service later. */
const LETTER_FORM: FormField[] = [
  { key: 'nik', label: 'NIK pemohon', type: 'NIK', required: true, help: '16 digit, sesuai KTP-el' },
  { key: 'kk', label: 'Nomor Kartu Keluarga', type: 'KK', required: true, help: '16 digit, sesuai KK' },
  { key: 'fullName', label: 'Nama lengkap', type: 'TEXT', required: true },
  { key: 'address', label: 'Alamat (RT/RW, dusun)', type: 'TEXT', required: true },
  { key: 'purpose', label: 'Keperluan surat', type: 'TEXT', required: true, help: 'Contoh: persyaratan beasiswa' },
  {
    key: 'coverLetter',
    label: 'Surat pengantar RT/RW',
    type: 'FILE',
    required: false,
    help: 'Foto atau PDF, maksimal 5 MB',
  },
];
const GENERAL_FORM: FormField[] = [
  { key: 'nik', label: 'NIK pemohon', type: 'NIK', required: true, help: '16 digit, sesuai KTP-el' },
  { key: 'fullName', label: 'Nama lengkap', type: 'TEXT', required: true },
  { key: 'details', label: 'Keterangan', type: 'TEXT', required: true },
];

/** Letter statements of a few services; the others use the standard text. */
const LETTER_TEMPLATES: Record<string, string> = {
  'surat-keterangan-tidak-mampu':
    'adalah benar warga Desa {desa} yang berdomisili di {alamat} dan menurut pengetahuan kami tergolong keluarga tidak mampu. Surat keterangan ini dibuat untuk keperluan: {keperluan}.',
  'surat-keterangan-usaha':
    'adalah benar warga Desa {desa} yang menjalankan usaha di wilayah desa. Surat keterangan ini dibuat untuk keperluan: {keperluan}.',
  'surat-keterangan-domisili':
    'adalah benar berdomisili di {alamat}, Desa {desa}. Surat keterangan ini dibuat untuk keperluan: {keperluan}.',
};

export async function seedServices(em: EntityManager): Promise<number> {
  await em.upsertMany(
    ServiceCategory,
    serviceCategories.map((category) => ({
      id: seedId('service-category', category.code),
      code: category.code,
      name: category.name,
      description: category.description,
      position: category.position,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );

  await em.upsertMany(
    Service,
    services.map((service) => ({
      id: seedId('service', service.slug),
      slug: service.slug,
      category: seedId('service-category', service.categoryCode),
      name: service.name,
      summary: service.summary,
      description: service.description,
      requirements: service.requirements,
      steps: service.steps,
      slaHours: service.slaHours,
      fee: service.fee,
      office: service.office,
      openingHours: service.openingHours,
      featured: service.featured,
      isLetter: service.isLetter,
      needsDistrictCosign: service.needsDistrictCosign ?? false,
      letterTemplate: LETTER_TEMPLATES[service.slug] ?? '',
      active: true,
      formFields: service.isLetter ? LETTER_FORM : GENERAL_FORM,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  // The 22 services are regency templates; every online village adopts them, a few with their own terms.
  await em.upsertMany(
    VillageService,
    adoptions.map((adoption) => ({
      villageCode: adoption.villageCode,
      service: seedId('service', adoption.slug),
      fee: adoption.fee,
      slaHours: adoption.slaHours,
      office: adoption.office,
      extraRequirements: adoption.extraRequirements,
      extraFormFields: [],
      active: true,
    })),
    { onConflictFields: ['villageCode', 'service'], onConflictAction: 'merge' },
  );
  await seedContent(em);
  return services.length;
}

/** A few published posts and two courses with their modules. */
async function seedContent(em: EntityManager): Promise<void> {
  await em.upsertMany(
    Post,
    posts.map((post) => ({
      id: seedId('post', post.slug),
      slug: post.slug,
      kind: post.kind,
      title: post.title,
      summary: post.summary,
      body: post.body,
      eventAt: post.eventAt ? new Date(post.eventAt) : null,
      place: post.place ?? null,
      publishedAt: new Date(post.publishedAt),
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  await em.upsertMany(
    Course,
    courses.map((course) => ({
      id: seedId('course', course.slug),
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      audience: course.audience,
      published: true,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  await em.upsertMany(
    CourseModule,
    courses.flatMap((course) =>
      course.modules.map((module, i) => ({
        id: seedId('course-module', `${course.slug}:${i + 1}`),
        course: seedId('course', course.slug),
        position: i + 1,
        title: module.title,
        kind: module.kind,
        body: module.body,
        url: module.url ?? null,
      })),
    ),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
}
