import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class VariantOption {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@Directive('@key(fields: "id")')
@ObjectType('ProductVariant')
export class ProductVariantType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  sku: string;

  @Field(() => String)
  name: string;

  @Field(() => [VariantOption])
  options: VariantOption[];

  @Field(() => Int, { description: 'Whole rupiah' })
  price: number;

  @Field(() => Int)
  stock: number;

  @Field(() => Int, { description: 'Shipping weight in grams, packaging included' })
  weightGrams: number;

  productId: string;
}

@InputType()
export class VariantOptionInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@InputType()
export class VariantInput {
  @Field(() => String, { description: 'Unique across the marketplace; matches an existing variant on update' })
  sku: string;

  @Field(() => String)
  name: string;

  @Field(() => [VariantOptionInput])
  options: VariantOptionInput[];

  @Field(() => Int, { description: 'Whole rupiah' })
  price: number;

  @Field(() => Int)
  stock: number;

  @Field(() => Int)
  weightGrams: number;
}
