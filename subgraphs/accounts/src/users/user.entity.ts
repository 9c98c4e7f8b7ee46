import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ROLES, TimestampedEntity, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'users' })
export class User extends TimestampedEntity<'id' | 'phone' | 'phoneVerifiedAt' | 'roles' | 'villageCode'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; unique. */
  @Property({ type: 'string', length: 254, unique: 'users_email_key' })
  email: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  /** When the user proved they hold `phone` with a one-time code; null: WhatsApp/SMS and sign-in by code stay off. */
  @Property({ type: 'Date', length: 3, nullable: true })
  phoneVerifiedAt: Date | null = null;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash: string;

  /** Domicile: the citizen's village (Kemendagri code), set by the user in their profile. */
  @Property({ type: 'string', length: 13, nullable: true })
  villageCode: string | null = null;

  @Enum({ items: () => [...ROLES], array: true, type: 'string[]', columnType: 'text[]', defaultRaw: `'{BUYER}'` })
  roles: Role[] = ['BUYER'];
}
