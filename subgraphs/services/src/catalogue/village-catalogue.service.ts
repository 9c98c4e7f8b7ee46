import {
  actingScope,
  ConflictError,
  isUuid,
  NotFoundError,
  requireActForVillage,
  requireOverseeVillage,
  requirePerson,
  UserInputError,
  validate,
  villageCodeSchema,
} from '@kampung/shared';
import { z } from 'zod';
import { placesDirectory, type PlacesDirectory, type VillageOffice } from '../clients/places.client.js';
import type { ServicesContext } from '../env.js';
import { villageOverridesSchema, type VillageOverrides } from './catalogue.validation.js';
import { Service } from './service.entity.js';
import { offerView, type ServiceView } from './service-view.js';
import { VillageService } from './village-service.entity.js';

type EntityManager = ServicesContext['em'];

/** A village code as typed by a client: the shape first, then whether places knows it. */
export async function knownVillage(places: PlacesDirectory, code: unknown): Promise<VillageOffice> {
  const { villageCode } = validate(z.object({ villageCode: villageCodeSchema }), { villageCode: code });
  const village = await places.village(villageCode);
  if (!village)
    throw UserInputError.field('villageCode', {
      id: `Desa dengan kode ${villageCode} tidak dikenal`,
      en: `There is no village with code ${villageCode}`,
    });
  return village;
}

/** The adoptions of some services in one village, active or not, keyed by service id. */
export async function adoptionsIn(
  em: EntityManager,
  villageCode: string,
  serviceIds: readonly string[],
): Promise<Map<string, VillageService>> {
  if (!serviceIds.length) return new Map();
  const rows = await em.find(VillageService, { villageCode, service: { $in: [...serviceIds] } });
  return new Map(rows.map((row) => [row.service.id, row]));
}

/**
 * The service a village offers, on its terms; null when the village has not adopted it (or
 * withdrew it), or the service is unpublished.
 */
export async function offeredIn(em: EntityManager, villageCode: string, service: Service): Promise<ServiceView | null> {
  const adoption = (await adoptionsIn(em, villageCode, [service.id])).get(service.id);
  if (!adoption || !adoption.active || !service.active) return null;
  return offerView(service, adoption);
}

const keysSchema = z.object({ villageCode: villageCodeSchema, serviceId: z.string() });

const notAdopted = (serviceId: string) =>
  new NotFoundError({ id: `Layanan ${serviceId} di desa ini`, en: `Service ${serviceId} in this village` });

/**
 * Adoption of templates by villages: only those who act for the village (its staff and head,
 * the regency admin) adopt, adjust and withdraw; district officers may read.
 */
export class VillageCatalogue {
  constructor(private readonly context: ServicesContext) {}

  private get em() {
    return this.context.em;
  }

  private get places() {
    return placesDirectory(this.context.env);
  }

  /** What a village offers, withdrawn ones too, templates by name then own services. */
  async adoptions(villageCode: string, includeWithdrawn = false): Promise<VillageService[]> {
    requirePerson(this.context.viewer);
    const code = validate(z.object({ villageCode: villageCodeSchema }), { villageCode }).villageCode;
    requireOverseeVillage(this.context.viewer, code);
    return this.em.find(
      VillageService,
      includeWithdrawn ? { villageCode: code } : { villageCode: code, active: true },
      { populate: ['service'], orderBy: { service: { name: 'asc', id: 'asc' } } },
    );
  }

  /** The village starts offering a published template, with its overrides; a withdrawn one comes back. */
  async adopt(villageCode: string, serviceId: string, overrides: VillageOverrides | null): Promise<VillageService> {
    const keys = validate(keysSchema, { villageCode, serviceId });
    requireActForVillage(requirePerson(this.context.viewer), keys.villageCode);
    const data = validate(z.object({ overrides: villageOverridesSchema }), { overrides: overrides ?? {} }).overrides;
    await knownVillage(this.places, keys.villageCode);
    const template = isUuid(keys.serviceId) ? await this.em.findOne(Service, { id: keys.serviceId }) : null;
    if (!template || template.villageCode !== null || !template.active)
      throw UserInputError.field('serviceId', {
        id: `Layanan ${keys.serviceId} bukan templat kabupaten yang terbit`,
        en: `Service ${keys.serviceId} is not a published regency template`,
      });
    this.checkExtraFields(template, data.extraFormFields);
    const existing = await this.em.findOne(VillageService, { villageCode: keys.villageCode, service: template.id });
    if (existing?.active)
      throw new ConflictError({
        id: 'Desa ini sudah menawarkan layanan tersebut',
        en: 'This village already offers that service',
      });
    const adoption =
      existing ?? this.em.create(VillageService, { villageCode: keys.villageCode, service: template, active: true });
    adoption.active = true;
    this.apply(adoption, data);
    await this.em.flush();
    return adoption;
  }

  /** Adjusts a village's overrides: a field left out stays, null goes back to the template's value. */
  async update(villageCode: string, serviceId: string, overrides: VillageOverrides): Promise<VillageService> {
    const adoption = await this.ownAdoption(villageCode, serviceId);
    const data = validate(z.object({ overrides: villageOverridesSchema }), { overrides: overrides ?? {} }).overrides;
    this.checkExtraFields(adoption.service, data.extraFormFields);
    this.apply(adoption, data);
    await this.em.flush();
    return adoption;
  }

  /** The village stops offering the service; requests already made go on. */
  async withdraw(villageCode: string, serviceId: string): Promise<VillageService> {
    const adoption = await this.ownAdoption(villageCode, serviceId);
    adoption.active = false;
    await this.em.flush();
    return adoption;
  }

  /** Only who acts for the village; another village's adoption is not found. */
  private async ownAdoption(villageCode: string, serviceId: string): Promise<VillageService> {
    const keys = validate(keysSchema, { villageCode, serviceId });
    requireActForVillage(requirePerson(this.context.viewer), keys.villageCode);
    const adoption = isUuid(keys.serviceId)
      ? await this.em.findOne(
          VillageService,
          { villageCode: keys.villageCode, service: keys.serviceId },
          { populate: ['service'] },
        )
      : null;
    if (!adoption) throw notAdopted(keys.serviceId);
    return adoption;
  }

  private apply(adoption: VillageService, data: z.output<typeof villageOverridesSchema>): void {
    if (data.fee !== undefined) adoption.fee = data.fee;
    if (data.slaHours !== undefined) adoption.slaHours = data.slaHours;
    if (data.office !== undefined) adoption.office = data.office;
    if (data.extraRequirements !== undefined) adoption.extraRequirements = data.extraRequirements ?? [];
    if (data.extraFormFields !== undefined) adoption.extraFormFields = data.extraFormFields ?? [];
  }

  /** Extra fields come after the template's: their keys must be new. */
  private checkExtraFields(template: Service, extra: { key: string }[] | null | undefined): void {
    const taken = new Set(template.formFields.map((f) => f.key));
    const index = (extra ?? []).findIndex((f) => taken.has(f.key));
    if (index >= 0)
      throw UserInputError.field(`overrides.extraFormFields.${index}.key`, {
        id: `Kunci isian ${extra![index]!.key} sudah ada di templat`,
        en: `Field key ${extra![index]!.key} is already in the template`,
      });
  }

  /** The villages whose own services the viewer may curate ('ALL' for the regency admin). */
  curatedVillages(): 'ALL' | string[] {
    return actingScope(this.context.viewer);
  }
}
