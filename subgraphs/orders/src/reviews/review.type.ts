import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ProductRating')
export class ProductRatingType {
  @Field(() => Float, { nullable: true, description: 'Mean of the ratings (1–5); null without reviews' })
  average: number | null;

  @Field(() => Int)
  count: number;
}

/** Owned by products; orders contributes `Product.rating` from its reviews. */
@Directive('@key(fields: "id")')
@ObjectType('Product')
export class ProductType {
  @Field(() => ID)
  id: string;
}

@ObjectType('Review')
export class ReviewType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderLineId: string;

  @Field(() => ID)
  productId: string;

  @Field(() => Int)
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  createdAt: Date;
}
