import { BigIntType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../sellers/seller.entity.js';

/**
 * A shop's status, owner and village at one moment, written in the same transaction as the
 * change and delivered to products afterwards by the status outbox job. The id is the change's
 * version: a later change of the same shop always gets a larger one (the shop's row is locked).
 */
@Entity({ tableName: 'status_outbox' })
export class StatusOutbox {
  [OptionalProps]?: 'id' | 'attempts' | 'nextAttemptAt' | 'createdAt';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id: number;

  @Property({ type: 'uuid' })
  sellerId: string;

  @Property({ type: 'uuid' })
  ownerUserId: string;

  @Enum({ items: () => [...VERIFICATION_STATUSES], type: 'string' })
  status: VerificationStatus;

  @Property({ type: 'string', length: 60 })
  village: string;

  @Property({ type: 'string', length: 13 })
  villageCode: string;

  /** Failed deliveries so far; the next one waits longer each time. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'Date', defaultRaw: 'now()', index: 'status_outbox_due_idx' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
