import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FormFieldKindEnum } from '../catalogue/catalogue.type.js';
import type { FormFieldKind } from '../catalogue/form-field.js';
import { RequestStatusEnum } from './request.type.js';
import type { RequestStatus } from './request.status.js';

@ObjectType('ServiceRequestEvent', { description: 'One step of a request' })
export class ServiceRequestEventType {
  @Field(() => ID)
  id: string;

  @Field(() => RequestStatusEnum, { nullable: true })
  fromStatus: RequestStatus | null;

  @Field(() => RequestStatusEnum)
  toStatus: RequestStatus;

  @Field(() => String, { nullable: true, description: 'Reason, what is missing, or a staff note' })
  note: string | null;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('RequestAnswer', {
  description: 'An answer, with the field as it was on the form the request was made with',
})
export class RequestAnswerType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => FormFieldKindEnum)
  type: FormFieldKind;

  @Field(() => String, { nullable: true, description: 'For FILE: the attachment key, under /files/services/<key>' })
  value: string | null;
}

@InputType('AnswerInput')
export class AnswerInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  value: string;
}

@ObjectType('TrackedRequest', {
  description: 'What anyone with the tracking code and the NIK’s last four digits may see',
})
export class TrackedRequestType {
  @Field(() => String)
  trackingCode: string;

  @Field(() => RequestStatusEnum)
  status: RequestStatus;

  @Field(() => String)
  serviceName: string;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => [TrackedStepType])
  steps: TrackedStepType[];
}

@ObjectType('TrackedStep')
export class TrackedStepType {
  @Field(() => RequestStatusEnum)
  status: RequestStatus;

  @Field(() => Date)
  at: Date;
}
