import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Seller')
export class SellerRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ProductVariant')
export class ProductVariantRef {
  @Field(() => ID)
  id: string;
}
