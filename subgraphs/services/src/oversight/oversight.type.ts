import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const LEAGUE_ORDERS = [
  'CODE',
  'NAME',
  'REQUESTS',
  'ON_TIME',
  'MEDIAN_HOURS',
  'P90_HOURS',
  'IKM',
  'COMPLAINTS',
  'COMPLAINT_RESPONSE',
] as const;
export type LeagueOrder = (typeof LEAGUE_ORDERS)[number];
export const LeagueOrderEnum = Object.fromEntries(LEAGUE_ORDERS.map((o) => [o, o])) as { [K in LeagueOrder]: K };
registerEnumType(LeagueOrderEnum, { name: 'LeagueOrder', description: 'Column the league table is sorted by' });

@InputType('OversightScopeInput')
export class OversightScopeInput {
  @Field(() => String, {
    nullable: true,
    description: 'A district (35.10.06); none: the whole regency (a district officer: their district)',
  })
  districtCode?: string | null;
}

@InputType('OversightPeriodInput', { description: 'From (inclusive) to (exclusive); at most three years' })
export class OversightPeriodInput {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
}

@ObjectType('VillageFigures', {
  description:
    'Aggregates of a village (or of a whole district/regency) over a period: no personal data. Times in working hours of the village clock',
})
export class VillageFiguresType {
  @Field(() => String, { description: 'Village code, or the district/regency code for a total' }) code: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'The village’s district; null on a total' })
  districtCode: string | null;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => Int, { description: 'Requests submitted in the period' }) requests: number;
  @Field(() => Int, { description: 'Of those, completed' }) completed: number;
  @Field(() => Int, { description: 'Completed within the promised working hours' }) onTime: number;
  @Field(() => Float, { nullable: true, description: 'onTime / completed; null without completions' })
  onTimeShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Median completion time, working hours' })
  medianHours: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of completion time, working hours' })
  p90Hours: number | null;
  @Field(() => Float, { nullable: true, description: 'IKM 25–100 from every response in scope; null: none' })
  ikm: number | null;
  @Field(() => String, { nullable: true, description: 'A–D (Permenpan RB 14/2017)' }) ikmGrade: string | null;
  @Field(() => Int) ikmResponses: number;
  @Field(() => Int, { description: 'Complaints filed in the period' }) complaints: number;
  @Field(() => Int, { description: 'Of those, answered' }) complaintsAnswered: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from filing to the first answer (clock hours)' })
  medianComplaintResponseHours: number | null;
}

@ObjectType('VillageLeague')
export class VillageLeagueType {
  @Field(() => String, { description: 'District or regency code' }) scopeCode: string;
  @Field(() => String) scopeName: string;
  @Field(() => VillageFiguresType, { description: 'The whole scope, computed from every row in it' })
  total: VillageFiguresType;
  @Field(() => [VillageFiguresType], {
    description: 'Every village of the scope (also those without data), in the order asked',
  })
  villages: VillageFiguresType[];
  @Field(() => String, { description: 'How the totals are aggregated, in Indonesian and English' })
  aggregation: string;
}

@ObjectType('OversightMonth')
export class OversightMonthType {
  @Field(() => String, { description: 'YYYY-MM (WIB)' }) month: string;
  @Field(() => Int) requests: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) onTime: number;
  @Field(() => Float, { nullable: true }) onTimeShare: number | null;
}

@ObjectType('CompletionBucket', { description: 'Completed requests whose working hours fall in [fromHours, toHours)' })
export class CompletionBucketType {
  @Field(() => Float) fromHours: number;
  @Field(() => Float, { nullable: true, description: 'null: open-ended' }) toHours: number | null;
  @Field(() => Int) count: number;
}

@ObjectType('ServiceFigures')
export class ServiceFiguresType {
  @Field(() => ID) serviceId: string;
  @Field(() => String) name: string;
  @Field(() => Int) requests: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) onTime: number;
  @Field(() => Float, { nullable: true }) medianHours: number | null;
}

@ObjectType('VillageDrillDown')
export class VillageDrillDownType {
  @Field(() => VillageFiguresType) figures: VillageFiguresType;
  @Field(() => [OversightMonthType]) months: OversightMonthType[];
  @Field(() => [CompletionBucketType]) distribution: CompletionBucketType[];
  @Field(() => [ServiceFiguresType]) services: ServiceFiguresType[];
}
