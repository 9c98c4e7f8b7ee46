import {
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { createServiceSchema, serviceInputSchema, type ServiceInput } from './catalogue.validation.js';
import { ServiceCategory } from './service-category.entity.js';
import { Service } from './service.entity.js';

/** Staff curate the catalogue. Requests already made keep their own form snapshot. */
export class CatalogueAdminService {
  constructor(private readonly context: ServicesContext) {}

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
    const keys = validate(createServiceSchema, { slug, categoryCode });
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
