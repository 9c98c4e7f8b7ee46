import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FormFieldKindEnum } from '../catalogue/catalogue.type.js';
import type { FormFieldKind } from '../catalogue/form-field.js';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';

export const RequestStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, s])) as { [S in RequestStatus]: S };
registerEnumType(RequestStatusEnum, {
  name: 'ServiceRequestStatus',
  description: 'SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED, or REJECTED, or INCOMPLETE (sent back to the applicant)',
});

/** places' village office, referred to by its code (places resolves every other field). */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Village')
export class VillageRef {
  @Field(() => String)
  code: string;
}

@ObjectType('ApplicantContact', {
  description: 'How the village office reaches the applicant: their account’s email and verified phone',
})
export class ApplicantContactType {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Only once the applicant verified it' })
  phone: string | null;
}

/** The answers (NIK, addresses) are listed field by field (`answers`), read with a purpose. */
@Directive('@key(fields: "id")')
@ObjectType('ServiceRequest', {
  description:
    'Visible to its applicant and to those who oversee its village (its staff, district officer, regency admin)',
})
export class ServiceRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The village office it was sent to (Kemendagri code)' })
  villageCode: string;

  @Field(() => Int, { description: 'The fee in force for that village when submitted (rupiah)' })
  fee: number;

  @Field(() => Int, { description: 'The promised working hours in force for that village when submitted' })
  slaHours: number;

  @Field(() => String, { description: 'Public, e.g. LYN-7K3QZ9' })
  trackingCode: string;

  @Field(() => RequestStatusEnum)
  status: RequestStatus;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date, {
    description: 'slaHours working hours of the village office after submission (opening hours, weekends, holidays)',
  })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it was completed by dueAt; null until then' })
  slaMet: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Working minutes of the village office from submission to completion; null until completed',
  })
  workingMinutesTaken: number | null;
}

export const ServiceRequestConnection = connectionType(ServiceRequestType, 'ServiceRequest');

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

  @Field(() => String, { description: 'The village office handling it' })
  villageCode: string;

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
