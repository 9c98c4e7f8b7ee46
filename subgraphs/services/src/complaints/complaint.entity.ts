import { CreatedEntity } from '@kampung/shared';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Service } from '../catalogue/service.entity.js';
import { ServiceRequest } from '../requests/service-request.entity.js';

export const COMPLAINT_STATUSES = ['WAITING', 'IN_PROGRESS', 'RESOLVED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A citizen's complaint about a service, a request, or in general. */
@Entity({ tableName: 'complaints' })
@Index({
  name: 'complaints_author_idx',
  expression: 'create index "complaints_author_idx" on "services"."complaints" ("author_id", "created_at" desc)',
})
@Index({ name: 'complaints_status_idx', properties: ['status', 'createdAt'] })
@Index({ name: 'complaints_village_idx', properties: ['villageCode', 'createdAt', 'respondedAt'] })
export class Complaint extends CreatedEntity<
  'id' | 'serviceId' | 'requestId' | 'status' | 'response' | 'responderId' | 'respondedAt' | 'resolvedAt'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  authorId: string;

  /** The village office it is filed to (Kemendagri code); its staff answer it. */
  @Property({ type: 'string', length: 13 })
  villageCode: string;

  /** The service it is about (the id only: a complaint is read without its service). */
  @ManyToOne({
    entity: () => Service,
    fieldName: 'service_id',
    mapToPk: true,
    nullable: true,
    foreignKeyName: 'complaints_service_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  serviceId: string | null = null;

  @ManyToOne({
    entity: () => ServiceRequest,
    fieldName: 'request_id',
    mapToPk: true,
    nullable: true,
    foreignKeyName: 'complaints_request_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  requestId: string | null = null;

  @Property({ type: 'string', length: 160 })
  subject: string;

  @Property({ type: 'text' })
  body: string;

  @Enum({ items: () => [...COMPLAINT_STATUSES], type: 'string', columnType: 'varchar(20)' })
  status: ComplaintStatus = 'WAITING';

  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  responderId: string | null = null;

  /** First staff response: the response time is respondedAt − createdAt. */
  @Property({ type: 'Date', length: 3, nullable: true })
  respondedAt: Date | null = null;

  @Property({ type: 'Date', length: 3, nullable: true })
  resolvedAt: Date | null = null;
}
