import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { REQUEST_STATUSES, type RequestStatus } from './request.status.js';

export const RequestStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, s])) as { [S in RequestStatus]: S };
registerEnumType(RequestStatusEnum, {
  name: 'ServiceRequestStatus',
  description: 'SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED, or REJECTED, or INCOMPLETE (sent back to the applicant)',
});

/** The answers (NIK, addresses) are not part of the API yet. */
@Directive('@key(fields: "id")')
@ObjectType('ServiceRequest', { description: 'Visible to its applicant and to staff only' })
export class ServiceRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Public, e.g. LYN-7K3QZ9' })
  trackingCode: string;

  @Field(() => RequestStatusEnum)
  status: RequestStatus;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date, { description: 'submittedAt + the service’s slaHours' })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it was completed by dueAt; null until then' })
  slaMet: boolean | null;
}

export const ServiceRequestConnection = connectionType(ServiceRequestType, 'ServiceRequest');
