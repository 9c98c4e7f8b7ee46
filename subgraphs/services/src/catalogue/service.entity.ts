import { TimestampedEntity, validate } from '@kampung/shared';
import { BeforeCreate, BeforeUpdate, Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formFieldsSchema, type FormField } from './form-field.js';
import { ServiceCategory } from './service-category.entity.js';

/** A service: a regency template, or a village's own; what a village offers is its adoptions (`VillageService`). */
@Entity({ tableName: 'services' })
@Index({
  name: 'services_category_name_idx',
  expression:
    'create index "services_category_name_idx" on "services"."services" ("category_id", "name", "id") where "active"',
})
@Index({
  name: 'services_featured_idx',
  expression:
    'create index "services_featured_idx" on "services"."services" ("name", "id") where "active" and "featured"',
})
@Index({
  name: 'services_village_code_idx',
  expression:
    'create index "services_village_code_idx" on "services"."services" ("village_code", "name", "id") where "village_code" is not null',
})
@Check({ name: 'services_requirements_check', expression: "jsonb_typeof(requirements) = 'array'" })
@Check({ name: 'services_steps_check', expression: "jsonb_typeof(steps) = 'array'" })
@Check({ name: 'services_sla_hours_check', expression: 'sla_hours > 0' })
@Check({ name: 'services_fee_check', expression: 'fee >= 0' })
@Check({ name: 'services_form_fields_check', expression: "jsonb_typeof(form_fields) = 'array'" })
@Check({ name: 'services_version_check', expression: 'version >= 1' })
export class Service extends TimestampedEntity<
  | 'id'
  | 'requirements'
  | 'steps'
  | 'fee'
  | 'openingHours'
  | 'active'
  | 'featured'
  | 'isLetter'
  | 'needsDistrictCosign'
  | 'letterTemplate'
  | 'formFields'
  | 'version'
  | 'villageCode'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null: a regency-wide template that villages adopt; set: that village's own service (decision 021). */
  @Property({ type: 'string', length: 13, nullable: true })
  villageCode: string | null = null;

  @Property({ type: 'string', length: 120, unique: 'services_slug_key' })
  slug: string;

  @ManyToOne({ entity: () => ServiceCategory, foreignKeyName: 'services_category_id_fkey', updateRule: 'no action' })
  category: ServiceCategory;

  @Property({ type: 'string', length: 160 })
  name: string;

  @Property({ type: 'string', length: 300 })
  summary: string;

  @Property({ type: 'text' })
  description: string;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  requirements: string[] = [];

  @Property({ type: 'json', defaultRaw: `'[]'` })
  steps: string[] = [];

  /** Promised time in hours, counted from submission. */
  @Property({ type: 'integer' })
  slaHours: number;

  /** Rupiah; most village letters are free. */
  @Property({ type: 'integer' })
  fee: number = 0;

  @Property({ type: 'string', length: 200 })
  office: string;

  @Property({ type: 'string', length: 200 })
  openingHours: string = '';

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'boolean' })
  featured: boolean = false;

  /** The service ends in a letter (surat) issued by the village office. */
  @Property({ type: 'boolean' })
  isLetter: boolean = false;

  /**
   * Set by the regency on templates: after the village completes its work, the district head
   * (camat) co-signs before the request completes, and the letter carries both signatures (decision 030).
   */
  @Property({ type: 'boolean', default: false })
  needsDistrictCosign: boolean = false;

  /** The letter's statement, with {nama}, {keperluan}, {desa}, {alamat}; empty: the standard text. */
  @Property({ type: 'text' })
  letterTemplate: string = '';

  @Property({ type: 'json', defaultRaw: `'[]'` })
  formFields: FormField[] = [];

  /** Raised when the form or requirements change; requests keep the version they were made with. */
  @Property({ type: 'integer' })
  version: number = 1;

  @BeforeCreate()
  @BeforeUpdate()
  checkFormFields(): void {
    this.formFields = validate(z.object({ formFields: formFieldsSchema }), { formFields: this.formFields }).formFields;
  }
}
