import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const COMPLAINT_STATUSES = ['WAITING', 'IN_PROGRESS', 'RESOLVED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A citizen's complaint about a service, a request, or in general. */
@Entity({ tableName: 'complaints' })
export class Complaint {
  [OptionalProps]?:
    | 'id'
    | 'serviceId'
    | 'requestId'
    | 'status'
    | 'response'
    | 'responderId'
    | 'createdAt'
    | 'respondedAt'
    | 'resolvedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  authorId: string;

  @Property({ type: 'uuid', nullable: true })
  serviceId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  requestId: string | null = null;

  @Property({ type: 'string', length: 160 })
  subject: string;

  @Property({ type: 'text' })
  body: string;

  @Enum({ items: () => [...COMPLAINT_STATUSES], type: 'string' })
  status: ComplaintStatus = 'WAITING';

  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  responderId: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** First staff response: the response time is respondedAt − createdAt. */
  @Property({ type: 'Date', nullable: true })
  respondedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  resolvedAt: Date | null = null;
}
