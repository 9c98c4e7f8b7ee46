import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The sellers shop, to which products adds `products`. */
@Directive('@key(fields: "id")')
@ObjectType('Seller')
export class SellerType {
  @Field(() => ID)
  id: string;
}
