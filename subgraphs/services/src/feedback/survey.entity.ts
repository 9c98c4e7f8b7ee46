import { CreatedEntity } from '@kampung/shared';
import { Check, Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Service } from '../catalogue/service.entity.js';
import { ServiceRequest } from '../requests/service-request.entity.js';

/** One applicant's IKM answers about one completed request. */
@Entity({ tableName: 'satisfaction_surveys' })
@Index({ name: 'satisfaction_surveys_service_idx', properties: ['service', 'createdAt'] })
@Check({
  name: 'satisfaction_surveys_scores_check',
  expression: "jsonb_typeof(scores) = 'array' and jsonb_array_length(scores) = 9",
})
export class SatisfactionSurvey extends CreatedEntity<'id' | 'comment'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({
    entity: () => ServiceRequest,
    owner: true,
    unique: 'satisfaction_surveys_request_id_key',
    foreignKeyName: 'satisfaction_surveys_request_id_fkey',
    updateRule: 'no action',
  })
  request: ServiceRequest;

  @ManyToOne({ entity: () => Service, foreignKeyName: 'satisfaction_surveys_service_id_fkey', updateRule: 'no action' })
  service: Service;

  /** Nine scores 1–4, in IKM_ELEMENTS order. */
  @Property({ type: 'json' })
  scores: number[];

  @Property({ type: 'string', length: 1000, nullable: true })
  comment: string | null = null;
}
