import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { FormField } from '../catalogue/form-field.js';
import { Service } from '../catalogue/service.entity.js';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';

/** A citizen's application for a service. `answers` hold personal data (NIK, addresses). */
@Entity({ tableName: 'service_requests' })
export class ServiceRequest {
  [OptionalProps]?: 'id' | 'completedAt' | 'slaMet' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Public, e.g. LYN-7K3QZ9. */
  @Property({ type: 'string', length: 16, unique: true })
  trackingCode: string;

  @ManyToOne({ entity: () => Service })
  service: Service;

  @Property({ type: 'integer' })
  serviceVersion: number;

  @Property({ type: 'uuid' })
  applicantId: string;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string' })
  status: RequestStatus;

  /** The form as it was when submitted, so that later edits to the service do not change it. */
  @Property({ type: 'json' })
  formSnapshot: FormField[];

  @Property({ type: 'json', hidden: true })
  answers: Record<string, unknown>;

  @Property({ type: 'Date' })
  submittedAt: Date;

  @Property({ type: 'Date' })
  dueAt: Date;

  @Property({ type: 'Date', nullable: true })
  completedAt: Date | null = null;

  /** Set together with `completedAt`. */
  @Property({ type: 'boolean', nullable: true })
  slaMet: boolean | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
