import { TimestampedEntity } from '@kampung/shared';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { FormField } from '../catalogue/form-field.js';
import { Service } from '../catalogue/service.entity.js';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';

/** A citizen's application for a service. `answers` hold personal data (NIK, addresses). */
@Entity({ tableName: 'service_requests' })
@Index({
  name: 'service_requests_applicant_idx',
  expression:
    'create index "service_requests_applicant_idx" on "services"."service_requests" ("applicant_id", "submitted_at" desc, "id" desc)',
})
@Index({
  name: 'service_requests_open_due_idx',
  expression: `create index "service_requests_open_due_idx" on "services"."service_requests" ("due_at") where "status" in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN')`,
})
@Index({ name: 'service_requests_service_idx', properties: ['service'] })
@Index({ name: 'service_requests_village_queue_idx', properties: ['villageCode', 'status', 'dueAt', 'id'] })
// The staff queue's first page (open requests of a village by due time), read in index order.
@Index({
  name: 'service_requests_village_open_idx',
  expression: `create index "service_requests_village_open_idx" on "services"."service_requests" ("village_code", "due_at", "id") where "status" in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN')`,
})
@Index({ name: 'service_requests_village_submitted_idx', properties: ['villageCode', 'submittedAt'] })
// Oversight figures (decision 022): index-only scans of a period, in village order.
@Index({
  name: 'service_requests_oversight_idx',
  expression:
    'create index "service_requests_oversight_idx" on "services"."service_requests" ("village_code", "submitted_at") include ("status", "sla_met", "working_minutes_taken", "service_id")',
})
@Check({ name: 'service_requests_fee_check', expression: 'fee >= 0' })
@Check({ name: 'service_requests_sla_hours_check', expression: 'sla_hours > 0' })
@Check({
  name: 'service_requests_working_minutes_check',
  expression: 'working_minutes_taken is null or working_minutes_taken >= 0',
})
@Index({ name: 'service_requests_queue_idx', properties: ['status', 'dueAt', 'id'] })
@Check({ name: 'service_requests_form_snapshot_check', expression: "jsonb_typeof(form_snapshot) = 'array'" })
@Check({ name: 'service_requests_answers_check', expression: "jsonb_typeof(answers) = 'object'" })
@Check({ name: 'service_requests_due_after_submission', expression: 'due_at > submitted_at' })
@Check({ name: 'service_requests_sla_when_completed', expression: '(completed_at is null) = (sla_met is null)' })
export class ServiceRequest extends TimestampedEntity<'id' | 'completedAt' | 'slaMet' | 'workingMinutesTaken'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Public, e.g. LYN-7K3QZ9. */
  @Property({ type: 'string', length: 16, unique: 'service_requests_tracking_code_unique' })
  trackingCode: string;

  @ManyToOne({ entity: () => Service, foreignKeyName: 'service_requests_service_id_fkey', updateRule: 'no action' })
  service: Service;

  @Property({ type: 'integer' })
  serviceVersion: number;

  @Property({ type: 'uuid' })
  applicantId: string;

  /** The village office it was sent to: its queue, its clock, its letter. */
  @Property({ type: 'string', length: 13 })
  villageCode: string;

  /** The fee in force for that village when it was submitted (rupiah). */
  @Property({ type: 'integer' })
  fee: number;

  /** The promised working hours in force for that village when it was submitted. */
  @Property({ type: 'integer' })
  slaHours: number;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string', columnType: 'varchar(20)' })
  status: RequestStatus;

  /** The form as it was when submitted, so that later edits to the service do not change it. */
  @Property({ type: 'json' })
  formSnapshot: FormField[];

  @Property({ type: 'json', hidden: true, defaultRaw: `'{}'` })
  answers: Record<string, unknown>;

  @Property({ type: 'Date', length: 3 })
  submittedAt: Date;

  @Property({ type: 'Date', length: 3 })
  dueAt: Date;

  @Property({ type: 'Date', length: 3, nullable: true })
  completedAt: Date | null = null;

  /** Set together with `completedAt`. */
  @Property({ type: 'boolean', nullable: true })
  slaMet: boolean | null = null;

  /** Working minutes from submission to completion by the village's clock; set at completion. */
  @Property({ type: 'integer', nullable: true })
  workingMinutesTaken: number | null = null;
}
