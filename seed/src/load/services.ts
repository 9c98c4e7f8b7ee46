import { Service, ServiceCategory, type FormField } from '@kampung/services';
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
  { key: 'coverLetter', label: 'Surat pengantar RT/RW', type: 'FILE', required: false, help: 'Foto atau PDF, maksimal 5 MB' },
];
const GENERAL_FORM: FormField[] = [
  { key: 'nik', label: 'NIK pemohon', type: 'NIK', required: true, help: '16 digit, sesuai KTP-el' },
  { key: 'fullName', label: 'Nama lengkap', type: 'TEXT', required: true },
  { key: 'details', label: 'Keterangan', type: 'TEXT', required: true },
];

export async function seedServices(em: EntityManager): Promise<number> {
  await em.upsertMany(ServiceCategory, serviceCategories.map((category) => ({
    id: seedId('service-category', category.code),
    code: category.code,
    name: category.name,
    description: category.description,
    position: category.position,
  })), { onConflictFields: ['id'], onConflictAction: 'merge' });

  await em.upsertMany(Service, services.map((service) => ({
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
    active: true,
    formFields: service.isLetter ? LETTER_FORM : GENERAL_FORM,
  })), { onConflictFields: ['id'], onConflictAction: 'merge' });
  return services.length;
}
