import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceRequest } from '../requests/service-request.entity.js';

/** The letter issued when a letter service's request is completed. */
@Entity({ tableName: 'letters' })
export class Letter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => ServiceRequest, owner: true, unique: true })
  request: ServiceRequest;

  /** e.g. 470/0001/429.501.01/2026 */
  @Property({ type: 'string', length: 60, unique: true })
  number: string;

  /** Random and unguessable: the public verification page's address. */
  @Property({ type: 'string', length: 40, unique: true })
  verificationCode: string;

  @Property({ type: 'string', length: 220 })
  fileKey: string;

  /** SHA-256 of the PDF as issued (hex). */
  @Property({ type: 'string', length: 64 })
  sha256: string;

  @Property({ type: 'string', length: 20 })
  applicantInitials: string;

  @Property({ type: 'Date' })
  issuedAt: Date;
}
