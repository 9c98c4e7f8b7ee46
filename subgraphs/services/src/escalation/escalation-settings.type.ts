import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('EscalationThresholds', {
  description: "The regency's complaint escalation, in the village office's working hours",
})
export class EscalationThresholdsType {
  @Field(() => Int, { description: 'Working hours without an answer before village staff are reminded' })
  unansweredHours: number;

  @Field(() => Int, { description: 'Further working hours before the district officer is told' })
  escalateAfterHours: number;

  @Field(() => Date, { nullable: true, description: 'Null while the defaults apply' })
  updatedAt: Date | null;
}

@InputType('EscalationThresholdsInput')
export class EscalationThresholdsInput {
  @Field(() => Int)
  unansweredHours: number;

  @Field(() => Int)
  escalateAfterHours: number;
}
