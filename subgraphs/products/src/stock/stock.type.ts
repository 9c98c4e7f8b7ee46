import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('StockAdjustment', { description: 'One stock change by the seller' })
export class StockAdjustmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Who changed it' })
  userId: string;

  @Field(() => Int)
  delta: number;

  @Field(() => Int)
  resultingStock: number;

  @Field(() => String)
  reason: string;

  @Field(() => Date)
  createdAt: Date;
}
