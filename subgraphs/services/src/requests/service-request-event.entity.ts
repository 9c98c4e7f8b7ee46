import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';
import { ServiceRequest } from './service-request.entity.js';

/** One step of a request: who moved it, when, from which status to which. */
@Entity({ tableName: 'service_request_events' })
export class ServiceRequestEvent {
  [OptionalProps]?: 'id' | 'actorId' | 'fromStatus' | 'note' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceRequest })
  request: ServiceRequest;

  /** Null when the system made the change. */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string', nullable: true })
  fromStatus: RequestStatus | null = null;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'string' })
  toStatus: RequestStatus;

  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
