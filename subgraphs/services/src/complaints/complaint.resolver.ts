import type { RequestContext } from '@kampung/shared';
import {
  Arg,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { COMPLAINT_STATUSES, type Complaint, type ComplaintStatus } from './complaint.entity.js';
import { ComplaintService } from './complaint.service.js';

const ComplaintStatusEnum = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, s])) as { [S in ComplaintStatus]: S };
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
}

@ObjectType('ComplaintStats')
export class ComplaintStatsType {
  @Field(() => Int) waiting: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) resolved: number;
  @Field(() => Float, { nullable: true, description: 'Average hours to the first response' }) avgResponseHours:
    number | null;
}

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Mutation(() => ComplaintType, { description: 'A signed-in citizen files a complaint' })
  fileComplaint(
    @Arg('input', () => ComplaintInput) input: ComplaintInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).file(input);
  }

  @Query(() => [ComplaintType], { description: 'The signed-in citizen’s complaints, newest first' })
  myComplaints(@Ctx() ctx: RequestContext): Promise<Complaint[]> {
    return new ComplaintService(ctx).mine();
  }

  @Query(() => [ComplaintType], { description: 'Staff: complaints, oldest first' })
  staffComplaints(
    @Arg('status', () => ComplaintStatusEnum, { nullable: true }) status: ComplaintStatus | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Complaint[]> {
    return new ComplaintService(ctx).all(status);
  }

  @Mutation(() => ComplaintType, { description: 'Staff: respond (IN_PROGRESS) or respond and resolve (RESOLVED)' })
  respondToComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('response', () => String) response: string,
    @Arg('resolve', () => Boolean, { defaultValue: false }) resolve: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).respond(id, response, resolve);
  }

  @Query(() => ComplaintStatsType, { description: 'Staff: complaints by status and the average response time' })
  complaintStats(@Ctx() ctx: RequestContext): Promise<ComplaintStatsType> {
    return new ComplaintService(ctx).stats();
  }
}
