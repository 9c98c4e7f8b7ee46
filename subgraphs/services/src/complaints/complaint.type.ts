import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { COMPLAINT_STATUSES, type ComplaintStatus } from './complaint.entity.js';

export const ComplaintStatusEnum = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, s])) as {
  [S in ComplaintStatus]: S;
};
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus', description: 'WAITING → IN_PROGRESS → RESOLVED' });

@ObjectType('Complaint', { description: 'Visible to its author and staff' })
export class ComplaintType {
  @Field(() => ID) id: string;
  @Field(() => String) subject: string;
  @Field(() => String) body: string;
  @Field(() => ComplaintStatusEnum) status: ComplaintStatus;
  @Field(() => String, { nullable: true }) response: string | null;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => ID, { nullable: true }) requestId: string | null;
  @Field(() => String, { description: 'The village office it is filed to (Kemendagri code)' }) villageCode: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
}

@InputType('ComplaintInput')
export class ComplaintInput {
  @Field(() => String) subject: string;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true, description: 'About a service' }) serviceSlug?: string | null;
  @Field(() => ID, { nullable: true, description: 'About one of your requests' }) requestId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The village office it is filed to (35.10.06.2003). A complaint about a request goes to that request’s village; without either, Sembulung (clients from before regency scale)',
  })
  villageCode?: string | null;
}

@ObjectType('ComplaintStats')
export class ComplaintStatsType {
  @Field(() => Int) waiting: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) resolved: number;
  @Field(() => Float, { nullable: true, description: 'Average hours to the first response' }) avgResponseHours:
    number | null;
}
