import { TimestampedEntity } from '@kampung/shared';
import { Check, Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { FormField } from './form-field.js';
import { Service } from './service.entity.js';

/**
 * An adoption: "this village offers this service" (decision 021). A template adopted with the
 * village's own overrides (null: the template's value), or a village's own service. Withdrawn
 * adoptions stay (inactive), so that old requests keep their village's terms readable.
 */
@Entity({ tableName: 'village_services' })
@Index({ name: 'village_services_service_idx', properties: ['service', 'villageCode'] })
@Check({ name: 'village_services_fee_check', expression: 'fee is null or fee >= 0' })
@Check({ name: 'village_services_sla_hours_check', expression: 'sla_hours is null or sla_hours > 0' })
@Check({
  name: 'village_services_extra_requirements_check',
  expression: "jsonb_typeof(extra_requirements) = 'array'",
})
@Check({ name: 'village_services_extra_form_fields_check', expression: "jsonb_typeof(extra_form_fields) = 'array'" })
export class VillageService extends TimestampedEntity<
  'fee' | 'slaHours' | 'office' | 'extraRequirements' | 'extraFormFields' | 'active'
> {
  [PrimaryKeyProp]?: ['villageCode', 'service'];

  @PrimaryKey({ type: 'string', length: 13 })
  villageCode: string;

  @ManyToOne({
    entity: () => Service,
    primary: true,
    foreignKeyName: 'village_services_service_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  service: Service;

  /** Rupiah; null: the template's fee. */
  @Property({ type: 'integer', nullable: true })
  fee: number | null = null;

  /** Promised working hours; null: the template's. */
  @Property({ type: 'integer', nullable: true })
  slaHours: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  office: string | null = null;

  /** Shown after the template's requirements. */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  extraRequirements: string[] = [];

  /** Asked after the template's form fields (keys must not repeat the template's). */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  extraFormFields: FormField[] = [];

  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
