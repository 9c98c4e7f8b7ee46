import { CreatedEntity } from '@kampung/shared';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';
import { ServiceRequest } from './service-request.entity.js';

/** One step of a request: who moved it, when, from which status to which. */
@Entity({ tableName: 'service_request_events' })
@Index({ name: 'service_request_events_request_idx', properties: ['request', 'createdAt'] })
export class ServiceRequestEvent extends CreatedEntity<'id' | 'actorId' | 'fromStatus' | 'note'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({
    entity: () => ServiceRequest,
    foreignKeyName: 'service_request_events_request_id_fkey',
    updateRule: 'no action',
  })
  request: ServiceRequest;

  /** Null when the system made the change. */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string', columnType: 'varchar(20)', nullable: true })
  fromStatus: RequestStatus | null = null;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string', columnType: 'varchar(20)' })
  toStatus: RequestStatus;

  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;
}
