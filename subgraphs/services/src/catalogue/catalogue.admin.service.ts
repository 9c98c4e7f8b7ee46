import {
  actingScope,
  canActForVillage,
  ConflictError,
  isRegencyAdmin,
  isStaff,
  ForbiddenError,
  isUuid,
  NotFoundError,
  requireActForVillage,
  requirePerson,
  requireRegencyAdmin,
  UserInputError,
  validate,
  villageCodeSchema,
} from '@kampung/shared';
import type { FilterQuery } from '@mikro-orm/core';
import { placesDirectory } from '../clients/places.client.js';
import type { ServicesContext } from '../env.js';
import { createServiceSchema, serviceInputSchema, type ServiceInput } from './catalogue.validation.js';
import { ServiceCategory } from './service-category.entity.js';
import { Service } from './service.entity.js';
import { knownVillage } from './village-catalogue.service.js';
import { VillageService } from './village-service.entity.js';

/**
 * Curating services (decision 021): the regency admin writes the templates; a village's staff
 * (or the regency admin) write that village's own services. Requests already made keep their
 * own form snapshot.
 */
export class CatalogueAdminService {
  constructor(private readonly context: ServicesContext) {}

  /** Templates, and the own services of the villages the viewer acts for (all for the regency admin). */
  all(): Promise<Service[]> {
    if (!isStaff(requirePerson(this.context.viewer)))
      throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    const scope = actingScope(this.context.viewer);
    const where: FilterQuery<Service> =
      scope === 'ALL' ? {} : { $or: [{ villageCode: null }, { villageCode: { $in: scope } }] };
    return this.context.em.find(Service, where, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /**
   * A new service, unpublished until published. Without a village: a regency template (regency
   * admin only); with one: that village's own service, offered by it once published.
   */
  async create(slug: string, categoryCode: string, input: ServiceInput, villageCode?: string | null): Promise<Service> {
    const viewer = requirePerson(this.context.viewer);
    const keys = validate(createServiceSchema.extend({ villageCode: villageCodeSchema.nullish() }), {
      slug,
      categoryCode,
      villageCode,
    });
    if (keys.villageCode) requireActForVillage(viewer, keys.villageCode);
    else requireRegencyAdmin(viewer);
    const { needsDistrictCosign, ...data } = validate(serviceInputSchema, input);
    if (keys.villageCode) refuseCosignOnVillageService(needsDistrictCosign);
    if (keys.villageCode) await knownVillage(placesDirectory(this.context.env), keys.villageCode);
    const category = await this.context.em.findOne(ServiceCategory, { code: keys.categoryCode });
    if (!category) throw new NotFoundError({ id: 'Kategori', en: 'Category' });
    if (await this.context.em.count(Service, { slug: keys.slug }))
      throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
    const service = this.context.em.create(Service, {
      ...data,
      slug: keys.slug,
      category,
      active: false,
      needsDistrictCosign: needsDistrictCosign ?? false,
      villageCode: keys.villageCode ?? null,
    });
    if (keys.villageCode)
      this.context.em.create(VillageService, { villageCode: keys.villageCode, service, active: true });
    await this.context.em.flush();
    return service;
  }

  async update(id: string, input: ServiceInput): Promise<Service> {
    const service = await this.curated(id);
    const { needsDistrictCosign, ...data } = validate(serviceInputSchema, input);
    if (service.villageCode !== null) refuseCosignOnVillageService(needsDistrictCosign);
    else if (needsDistrictCosign !== null && needsDistrictCosign !== undefined)
      service.needsDistrictCosign = needsDistrictCosign;
    const formChanged =
      JSON.stringify(service.formFields) !== JSON.stringify(data.formFields) ||
      JSON.stringify(service.requirements) !== JSON.stringify(data.requirements);
    Object.assign(service, data);
    if (formChanged) service.version += 1;
    await this.context.em.flush();
    return service;
  }

  async setPublished(id: string, published: boolean): Promise<Service> {
    const service = await this.curated(id);
    service.active = published;
    await this.context.em.flush();
    return service;
  }

  /** A template for the regency admin; a village's own service for those who act for it. Others: not found. */
  private async curated(id: string): Promise<Service> {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    const service = isUuid(id) ? await this.context.em.findOne(Service, { id }) : null;
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    if (service.villageCode === null) {
      if (!isRegencyAdmin(viewer))
        throw new ForbiddenError({
          id: 'Templat layanan hanya diubah oleh admin kabupaten',
          en: 'Only the regency admin edits service templates',
        });
    } else if (!canActForVillage(viewer, service.villageCode)) {
      throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    }
    return service;
  }
}

/** Only the regency decides that a service needs the camat: a village's own service never does. */
function refuseCosignOnVillageService(needsDistrictCosign: boolean | null | undefined): void {
  if (needsDistrictCosign)
    throw UserInputError.field('input.needsDistrictCosign', {
      id: 'Hanya templat kabupaten yang dapat memerlukan tanda tangan camat',
      en: 'Only regency templates can need the camat’s co-signature',
    });
}
