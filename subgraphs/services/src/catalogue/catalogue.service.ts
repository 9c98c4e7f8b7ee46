import type { FilterQuery } from '@mikro-orm/core';
import {
  canOverseeVillage,
  groupByKeys,
  isStaff,
  isUuid,
  keysetPage,
  mapConnection,
  orderByKeys,
  validate,
  UserInputError,
  villageCodeSchema,
  type Connection,
} from '@kampung/shared';
import { z } from 'zod';
import { placesDirectory } from '../clients/places.client.js';
import type { ServicesContext } from '../env.js';
import { featuredArgsSchema, serviceArgsSchema, servicesArgsSchema } from './catalogue.validation.js';
import { ServiceCategory } from './service-category.entity.js';
import { Service } from './service.entity.js';
import { offerView, templateView, type ServiceView } from './service-view.js';
import { adoptionsIn, knownVillage } from './village-catalogue.service.js';
import { VillageService } from './village-service.entity.js';

const villageArgSchema = z.object({ villageCode: villageCodeSchema.nullish() });

/**
 * The public catalogue, alphabetically (keyset on name, id). Without a village: the regency's
 * published templates. With one: what that village offers (adopted templates on its terms, and
 * its own services); an unknown village code is BAD_USER_INPUT naming villageCode.
 */
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
    villageCode?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<ServiceView>> {
    const { categoryCode } = validate(servicesArgsSchema, { categoryCode: args.categoryCode });
    const villageCode = await this.village(args.villageCode);
    const byCategory = categoryCode ? { category: { code: categoryCode } } : {};
    if (!villageCode) {
      const where: FilterQuery<Service> = { active: true, villageCode: null, ...byCategory };
      const page = await keysetPage(this.em, Service, {
        first: args.first,
        after: args.after,
        where,
        field: 'name',
        direction: 'asc',
        kind: 'text',
      });
      return mapConnection(page, templateView);
    }
    const adoptions = await this.em.find(VillageService, { villageCode, active: true });
    const byService = new Map(adoptions.map((a) => [a.service.id, a]));
    const where: FilterQuery<Service> = { active: true, id: { $in: [...byService.keys()] }, ...byCategory };
    const page = await keysetPage(this.em, Service, {
      first: args.first,
      after: args.after,
      where,
      field: 'name',
      direction: 'asc',
      kind: 'text',
    });
    return mapConnection(page, (service) => offerView(service, byService.get(service.id)!));
  }

  /**
   * By slug: with a village, only as that village offers it (null when it does not); without,
   * the template (or a village's own service as it is). Unpublished ones only for staff.
   */
  async bySlug(slug: string, rawVillageCode?: string | null): Promise<ServiceView | null> {
    const args = validate(serviceArgsSchema, { slug });
    const villageCode = await this.village(rawVillageCode);
    const service = await this.em.findOne(Service, { slug: args.slug });
    if (!service) return null;
    if (!villageCode) return this.canSee(service) ? templateView(service) : null;
    const adoption = (await adoptionsIn(this.em, villageCode, [service.id])).get(service.id);
    if (!adoption) return null;
    const view = offerView(service, adoption);
    return view.active || canOverseeVillage(this.context.viewer, villageCode) ? view : null;
  }

  async featured(limit?: number | null, rawVillageCode?: string | null): Promise<ServiceView[]> {
    const args = validate(featuredArgsSchema, { limit });
    const villageCode = await this.village(rawVillageCode);
    if (!villageCode) {
      const rows = await this.em.find(
        Service,
        { active: true, featured: true, villageCode: null },
        { orderBy: { name: 'asc', id: 'asc' }, limit: args.limit },
      );
      return rows.map(templateView);
    }
    const adoptions = await this.em.find(
      VillageService,
      { villageCode, active: true, service: { active: true, featured: true } },
      { populate: ['service'], orderBy: { service: { name: 'asc', id: 'asc' } }, limit: args.limit },
    );
    return adoptions.map((a) => offerView(a.service, a));
  }

  async reference(id: string): Promise<ServiceView | null> {
    const service = isUuid(id) ? await this.byId(id) : null;
    return service && this.canSee(service) ? templateView(service) : null;
  }

  /** Any service, active or not: a request keeps pointing at the service it was made for. */
  byId(id: string): Promise<Service | null> {
    return this.context.loaders
      .get<string, Service | null>('Service.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(Service, { id: { $in: [...ids] } }), (s) => s.id),
      )
      .load(id);
  }

  /** A service as a village offers it (its terms at the time of reading), or the template when it no longer does. */
  async asOfferedIn(id: string, villageCode: string): Promise<ServiceView | null> {
    const service = await this.byId(id);
    if (!service) return null;
    const adoption = await this.context.loaders
      .get<string, VillageService | null>('VillageService.byKey', async (keys) => {
        const pairs = keys.map((key) => key.split('|') as [string, string]);
        const found = new Map<string, VillageService>();
        for (const code of new Set(pairs.map(([code]) => code))) {
          const ids = pairs.filter(([c]) => c === code).map(([, serviceId]) => serviceId);
          for (const [serviceId, row] of await adoptionsIn(this.em, code, ids)) found.set(`${code}|${serviceId}`, row);
        }
        return keys.map((key) => found.get(key) ?? null);
      })
      .load(`${villageCode}|${id}`);
    return adoption ? offerView(service, adoption) : templateView(service);
  }

  categoryOf(service: Pick<ServiceView, 'category'>): Promise<ServiceCategory> {
    return this.context.loaders
      .get<string, ServiceCategory>('ServiceCategory.byId', async (ids) => {
        const rows = await this.em.find(ServiceCategory, { id: { $in: [...ids] } });
        return orderByKeys(ids, rows, (c) => c.id).map(
          (row, i) => row ?? new Error(`service category ${ids[i]} is missing`),
        );
      })
      .load(service.category.id);
  }

  /** Published templates of a category, by name. */
  async activeServicesOf(categoryId: string): Promise<ServiceView[]> {
    const rows = await this.context.loaders
      .get<string, Service[]>('Service.activeByCategory', async (ids) => {
        const found = await this.em.find(
          Service,
          { category: { $in: [...ids] }, active: true, villageCode: null },
          { orderBy: { name: 'asc', id: 'asc' } },
        );
        return groupByKeys(ids, found, (s) => s.category.id);
      })
      .load(categoryId);
    return rows.map(templateView);
  }

  /**
   * A village code argument: null when not given; BAD_USER_INPUT when malformed or unknown to
   * places. With places unreachable a well-formed code is read as given (an unknown one offers
   * nothing): the catalogue stays readable (decision 033).
   */
  private async village(code: string | null | undefined): Promise<string | null> {
    const { villageCode } = validate(villageArgSchema, { villageCode: code });
    if (!villageCode) return null;
    try {
      return (await knownVillage(placesDirectory(this.context.env), villageCode)).code;
    } catch (error) {
      if (error instanceof UserInputError) throw error;
      return villageCode;
    }
  }

  private canSee(service: Service): boolean {
    return service.active || isStaff(this.context.viewer);
  }
}
