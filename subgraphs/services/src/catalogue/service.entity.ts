import { BeforeCreate, BeforeUpdate, Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { validate } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formFieldsSchema, type FormField } from './form-field.js';
import { ServiceCategory } from './service-category.entity.js';

/** A village service as published in the catalogue. */
@Entity({ tableName: 'services' })
export class Service {
  [OptionalProps]?:
    | 'id'
    | 'requirements'
    | 'steps'
    | 'fee'
    | 'openingHours'
    | 'active'
    | 'featured'
    | 'isLetter'
    | 'letterTemplate'
    | 'formFields'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 120, unique: true })
  slug: string;

  @ManyToOne({ entity: () => ServiceCategory })
  category: ServiceCategory;

  @Property({ type: 'string', length: 160 })
  name: string;

  @Property({ type: 'string', length: 300 })
  summary: string;

  @Property({ type: 'text' })
  description: string;

  @Property({ type: 'json' })
  requirements: string[] = [];

  @Property({ type: 'json' })
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

  /** The letter's statement, with {nama}, {keperluan}, {desa}, {alamat}; empty: the standard text. */
  @Property({ type: 'text' })
  letterTemplate: string = '';

  @Property({ type: 'json' })
  formFields: FormField[] = [];

  /** Raised when the form or requirements change; requests keep the version they were made with. */
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @BeforeCreate()
  @BeforeUpdate()
  checkFormFields(): void {
    this.formFields = validate(z.object({ formFields: formFieldsSchema }), { formFields: this.formFields }).formFields;
  }
}
