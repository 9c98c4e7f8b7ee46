import { Entity, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Upload } from '../files/upload.entity.js';
import { ServiceRequest } from '../requests/service-request.entity.js';

/** The letter issued when a letter service's request is completed. */
@Entity({ tableName: 'letters' })
@Unique({ name: 'letters_village_code_number_key', properties: ['villageCode', 'number'] })
export class Letter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({
    entity: () => ServiceRequest,
    owner: true,
    unique: 'letters_request_id_key',
    foreignKeyName: 'letters_request_id_fkey',
    updateRule: 'no action',
  })
  request: ServiceRequest;

  /** The issuing village office. */
  @Property({ type: 'string', length: 13 })
  villageCode: string;

  /** e.g. 470/0001/429.501.01/2026: unique within the issuing village. */
  @Property({ type: 'string', length: 60 })
  number: string;

  /** Random and unguessable: the public verification page's address. */
  @Property({ type: 'string', length: 40, unique: 'letters_verification_code_key' })
  verificationCode: string;

  /** The PDF, stored as an upload of the applicant's. */
  @ManyToOne({
    entity: () => Upload,
    fieldName: 'file_key',
    mapToPk: true,
    foreignKeyName: 'letters_file_key_fkey',
    updateRule: 'no action',
  })
  fileKey: string;

  /** SHA-256 of the PDF as issued (hex). */
  @Property({ type: 'string', columnType: 'char(64)' })
  sha256: string;

  @Property({ type: 'string', length: 20 })
  applicantInitials: string;

  @Property({ type: 'Date', length: 3 })
  issuedAt: Date;

  /** Who signed as head of the village office (null on letters issued before this was recorded). */
  @Property({ type: 'string', length: 100, nullable: true })
  signatoryName?: string | null;

  @Property({ type: 'string', length: 60, nullable: true })
  signatoryTitle?: string | null;

  /** The district head (camat) who co-signed, for services that need the district (decision 030). */
  @Property({ type: 'string', length: 100, nullable: true })
  cosignerName?: string | null;

  /** "Camat", null when not co-signed. */
  @Property({ type: 'string', length: 60, nullable: true })
  cosignerTitle?: string | null;

  /** The co-signing district's name, e.g. Cluring. */
  @Property({ type: 'string', length: 100, nullable: true })
  cosignerDistrict?: string | null;
}
