import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('StatusCount')
export class StatusCountType {
  @Field(() => String) status: string;
  @Field(() => Int) count: number;
}

@ObjectType('ServiceStats', { description: 'Staff dashboard figures of one service' })
export class ServiceStatsType {
  @Field(() => ID) serviceId: string;
  @Field(() => String) name: string;
  @Field(() => Int) slaHours: number;
  @Field(() => [StatusCountType]) byStatus: StatusCountType[];
  @Field(() => Int) completed: number;
  @Field(() => Float, { nullable: true }) avgCompletionHours: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile' }) p90CompletionHours: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of completed requests that met the SLA' })
  onTimeShare: number | null;
  @Field(() => Float, { nullable: true }) ikm: number | null;
  @Field(() => String, { nullable: true }) ikmGrade: string | null;
  @Field(() => Int) ikmResponses: number;
}
