import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ROLES, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'id' | 'phone' | 'roles' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; unique. */
  @Property({ type: 'string', length: 254, unique: true })
  email: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash: string;

  @Enum({ items: () => [...ROLES], array: true, type: 'string[]' })
  roles: Role[] = ['BUYER'];

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
