import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Service } from '../catalogue/service.entity.js';
import { ServiceRequest } from '../requests/service-request.entity.js';

/** One applicant's IKM answers about one completed request. */
@Entity({ tableName: 'satisfaction_surveys' })
export class SatisfactionSurvey {
  [OptionalProps]?: 'id' | 'comment' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => ServiceRequest, owner: true, unique: true })
  request: ServiceRequest;

  @ManyToOne({ entity: () => Service })
  service: Service;

  /** Nine scores 1–4, in IKM_ELEMENTS order. */
  @Property({ type: 'json' })
  scores: number[];

  @Property({ type: 'string', length: 1000, nullable: true })
  comment: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
