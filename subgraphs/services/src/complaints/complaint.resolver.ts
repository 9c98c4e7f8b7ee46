import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import type { Complaint, ComplaintStatus } from './complaint.entity.js';
import { ComplaintService } from './complaint.service.js';
import { ComplaintInput, ComplaintStatsType, ComplaintStatusEnum, ComplaintType } from './complaint.type.js';

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Mutation(() => ComplaintType, { description: 'A signed-in citizen files a complaint' })
  fileComplaint(
    @Arg('input', () => ComplaintInput) input: ComplaintInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).file(input);
  }

  @Query(() => [ComplaintType], { description: 'The signed-in citizen’s complaints, newest first' })
  myComplaints(@Ctx() ctx: ServicesContext): Promise<Complaint[]> {
    return new ComplaintService(ctx).mine();
  }

  @Query(() => [ComplaintType], {
    description:
      'Staff: complaints of the villages they work for (district officer: the district’s; regency admin: all), oldest first',
  })
  staffComplaints(
    @Arg('status', () => ComplaintStatusEnum, { nullable: true }) status: ComplaintStatus | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint[]> {
    return new ComplaintService(ctx).all(status, villageCode);
  }

  @Mutation(() => ComplaintType, { description: 'Staff: respond (IN_PROGRESS) or respond and resolve (RESOLVED)' })
  respondToComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('response', () => String) response: string,
    @Arg('resolve', () => Boolean, { defaultValue: false }) resolve: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).respond(id, response, resolve);
  }

  @Query(() => ComplaintStatsType, { description: 'Staff: complaints by status and the average response time' })
  complaintStats(@Ctx() ctx: ServicesContext): Promise<ComplaintStatsType> {
    return new ComplaintService(ctx).stats();
  }
}
