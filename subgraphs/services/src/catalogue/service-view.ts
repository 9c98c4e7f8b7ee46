import type { Service } from './service.entity.js';
import type { VillageService } from './village-service.entity.js';

/**
 * A service as one village offers it (decision 021): the template with that village's overrides
 * applied (fee, promised working hours, office; extra requirements and form fields after the
 * template's), or a village's own service. `offeredIn` names the village whose terms these are;
 * null for a template as the regency publishes it.
 */
export interface ServiceView {
  id: string;
  slug: string;
  category: Service['category'];
  name: string;
  summary: string;
  description: string;
  requirements: string[];
  steps: string[];
  slaHours: number;
  fee: number;
  office: string;
  openingHours: string;
  active: boolean;
  featured: boolean;
  isLetter: boolean;
  needsDistrictCosign: boolean;
  letterTemplate: string;
  formFields: Service['formFields'];
  version: number;
  /** Null: a regency template; set: the village that owns the service. */
  villageCode: string | null;
  offeredIn: string | null;
}

/** A service as stored: a template (offeredIn null) or a village's own service (offered by that village). */
export function templateView(service: Service): ServiceView {
  return {
    id: service.id,
    slug: service.slug,
    category: service.category,
    name: service.name,
    summary: service.summary,
    description: service.description,
    requirements: service.requirements,
    steps: service.steps,
    slaHours: service.slaHours,
    fee: service.fee,
    office: service.office,
    openingHours: service.openingHours,
    active: service.active,
    featured: service.featured,
    isLetter: service.isLetter,
    needsDistrictCosign: service.needsDistrictCosign,
    letterTemplate: service.letterTemplate,
    formFields: service.formFields,
    version: service.version,
    villageCode: service.villageCode,
    offeredIn: service.villageCode,
  };
}

/** The service on the terms of the adopting village. Active only while both are. */
export function offerView(service: Service, adoption: VillageService): ServiceView {
  return {
    ...templateView(service),
    fee: adoption.fee ?? service.fee,
    slaHours: adoption.slaHours ?? service.slaHours,
    office: adoption.office ?? service.office,
    requirements: [...service.requirements, ...adoption.extraRequirements],
    formFields: [...service.formFields, ...adoption.extraFormFields],
    active: service.active && adoption.active,
    offeredIn: adoption.villageCode,
  };
}
