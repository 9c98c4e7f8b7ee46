import {
  bilingual,
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
  type RequestContext,
} from '@kampung/shared';
import { z } from 'zod';
import { formFieldsSchema } from './form-field.js';
import { ServiceCategory } from './service-category.entity.js';
import { Service } from './service.entity.js';

const lines = z.array(z.string().trim().min(1).max(300)).max(30);
export const serviceInputSchema = z.object({
  name: z.string().trim().min(3, bilingual('Nama minimal 3 karakter', 'Name needs at least 3 characters')).max(160),
  summary: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(5000),
  requirements: lines,
  steps: lines,
  slaHours: z
    .number()
    .int()
    .min(1, bilingual('Waktu layanan minimal 1 jam', 'Promised time is at least 1 hour'))
    .max(24 * 90),
  fee: z.number().int().min(0, bilingual('Biaya tidak boleh negatif', 'Fee cannot be negative')),
  office: z.string().trim().min(1).max(200),
  openingHours: z.string().trim().max(200),
  isLetter: z.boolean(),
  letterTemplate: z
    .string()
    .trim()
    .max(3000)
    .nullish()
    .transform((v) => v ?? ''),
  formFields: formFieldsSchema,
});
export type ServiceInput = z.input<typeof serviceInputSchema>;
const createSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      bilingual(
        'Slug hanya huruf kecil, angka dan tanda hubung',
        'Slug may only have lower-case letters, digits and hyphens',
      ),
    )
    .max(120),
  categoryCode: z.string().trim().toUpperCase().min(2).max(40),
});

/** Staff curate the catalogue. Requests already made keep their own form snapshot. */
export class CatalogueAdmin {
  constructor(private readonly context: RequestContext) {}

  private staff() {
    if (!isStaff(requirePerson(this.context.viewer)))
      throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
  }

  all(): Promise<Service[]> {
    this.staff();
    return this.context.em.find(Service, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async create(slug: string, categoryCode: string, input: ServiceInput): Promise<Service> {
    this.staff();
    const keys = validate(createSchema, { slug, categoryCode });
    const data = validate(serviceInputSchema, input);
    const category = await this.context.em.findOne(ServiceCategory, { code: keys.categoryCode });
    if (!category) throw new NotFoundError({ id: 'Kategori', en: 'Category' });
    if (await this.context.em.count(Service, { slug: keys.slug }))
      throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
    const service = this.context.em.create(Service, { ...data, slug: keys.slug, category, active: false });
    await this.context.em.flush();
    return service;
  }

  async update(id: string, input: ServiceInput): Promise<Service> {
    this.staff();
    const data = validate(serviceInputSchema, input);
    const service = isUuid(id) ? await this.context.em.findOne(Service, { id }) : null;
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const formChanged =
      JSON.stringify(service.formFields) !== JSON.stringify(data.formFields) ||
      JSON.stringify(service.requirements) !== JSON.stringify(data.requirements);
    Object.assign(service, data);
    if (formChanged) service.version += 1;
    await this.context.em.flush();
    return service;
  }

  async setPublished(id: string, published: boolean): Promise<Service> {
    this.staff();
    const service = isUuid(id) ? await this.context.em.findOne(Service, { id }) : null;
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    service.active = published;
    await this.context.em.flush();
    return service;
  }
}
