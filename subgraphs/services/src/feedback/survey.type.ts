import { Field, ID, InputType, Int, ObjectType, Float } from 'type-graphql';

@ObjectType('SatisfactionSurvey')
export class SatisfactionSurveyType {
  @Field(() => ID)
  id: string;

  @Field(() => [Int], { description: 'Nine scores 1–4 in the order of IkmElement' })
  scores: number[];

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@InputType('SurveyInput')
export class SurveyInput {
  @Field(() => [Int], {
    description:
      'Nine scores 1–4: requirements, procedure, completion time, cost, product, competence, conduct, complaint handling, facilities',
  })
  scores: number[];

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@ObjectType('IkmElementScore')
export class IkmElementScoreType {
  @Field(() => String)
  element: string;

  @Field(() => Int)
  sum: number;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'Element average (NRR), rounded to 2 decimals for display' })
  nrr: number;
}

@ObjectType('IkmReport', { description: 'IKM = 25 × mean of the nine NRR, computed exactly (Permenpan RB 14/2017)' })
export class IkmReportType {
  @Field(() => ID)
  serviceId: string;

  @Field(() => Int)
  responses: number;

  @Field(() => [IkmElementScoreType])
  elements: IkmElementScoreType[];

  @Field(() => Float, { nullable: true, description: 'Rounded to 2 decimals; null without answers' })
  index: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A (88.31–100), B (76.61–88.30), C (65.00–76.60), D (25.00–64.99)',
  })
  grade: string | null;
}
