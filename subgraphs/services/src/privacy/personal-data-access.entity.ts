import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceRequest } from '../requests/service-request.entity.js';

/** Audit log: a staff member read a request's personal data (NIK, KK, address). */
@Entity({ tableName: 'personal_data_access' })
@Index({ name: 'personal_data_access_request_idx', properties: ['request', 'at'] })
export class PersonalDataAccess {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  staffId: string;

  @ManyToOne({
    entity: () => ServiceRequest,
    foreignKeyName: 'personal_data_access_request_id_fkey',
    updateRule: 'no action',
  })
  request: ServiceRequest;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'string', length: 200 })
  purpose: string;
}
