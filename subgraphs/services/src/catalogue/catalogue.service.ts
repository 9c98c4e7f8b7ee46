import type { FilterQuery } from '@mikro-orm/core';
import { groupByKeys, isUuid, keysetPage, isStaff, orderByKeys, validate, type Connection } from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { featuredArgsSchema, serviceArgsSchema, servicesArgsSchema } from './catalogue.validation.js';
import { ServiceCategory } from './service-category.entity.js';
import { Service } from './service.entity.js';

/** The public catalogue lists active services only, alphabetically: keyset on (name, id). */
export class CatalogueService {
  constructor(private readonly context: ServicesContext) {}

  private get em() {
    return this.context.em;
  }

  categories(): Promise<ServiceCategory[]> {
    return this.em.find(ServiceCategory, {}, { orderBy: { position: 'asc', code: 'asc' } });
  }

  async list(args: {
    categoryCode?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<Service>> {
    const { categoryCode } = validate(servicesArgsSchema, args);
    const where: FilterQuery<Service> = categoryCode
      ? { active: true, category: { code: categoryCode } }
      : { active: true };
    const { first, after } = args;
    return keysetPage(this.em, Service, { where, first, after, field: 'name', direction: 'asc', kind: 'text' });
  }

  /** Active, or any for staff (who curate the catalogue). */
  async bySlug(slug: string): Promise<Service | null> {
    const args = validate(serviceArgsSchema, { slug });
    const service = await this.em.findOne(Service, { slug: args.slug });
    return service && this.canSee(service) ? service : null;
  }

  featured(limit?: number | null): Promise<Service[]> {
    const args = validate(featuredArgsSchema, { limit });
    return this.em.find(
      Service,
      { active: true, featured: true },
      { orderBy: { name: 'asc', id: 'asc' }, limit: args.limit },
    );
  }

  async reference(id: string): Promise<Service | null> {
    const service = isUuid(id) ? await this.byId(id) : null;
    return service && this.canSee(service) ? service : null;
  }

  /** Any service, active or not: a request keeps pointing at the service it was made for. */
  byId(id: string): Promise<Service | null> {
    return this.context.loaders
      .get<string, Service | null>('Service.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(Service, { id: { $in: [...ids] } }), (s) => s.id),
      )
      .load(id);
  }

  categoryOf(service: Service): Promise<ServiceCategory> {
    return this.context.loaders
      .get<string, ServiceCategory>('ServiceCategory.byId', async (ids) => {
        const rows = await this.em.find(ServiceCategory, { id: { $in: [...ids] } });
        return orderByKeys(ids, rows, (c) => c.id).map(
          (row, i) => row ?? new Error(`service category ${ids[i]} is missing`),
        );
      })
      .load(service.category.id);
  }

  activeServicesOf(categoryId: string): Promise<Service[]> {
    return this.context.loaders
      .get<string, Service[]>('Service.activeByCategory', async (ids) => {
        const rows = await this.em.find(
          Service,
          { category: { $in: [...ids] }, active: true },
          { orderBy: { name: 'asc', id: 'asc' } },
        );
        return groupByKeys(ids, rows, (s) => s.category.id);
      })
      .load(categoryId);
  }

  private canSee(service: Service): boolean {
    return service.active || isStaff(this.context.viewer);
  }
}
