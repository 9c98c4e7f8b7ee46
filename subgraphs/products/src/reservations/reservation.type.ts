import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ProductStatusEnum } from '../products/product.type.js';
import type { ProductStatus } from '../products/product.entity.js';

/** What orders needs to know about a variant at cart and checkout time. */
@ObjectType('InternalVariant')
export class InternalVariantType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  productId: string;

  @Field(() => String)
  productTitle: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  sku: string;

  @Field(() => Int, { description: 'Rupiah' })
  price: number;

  @Field(() => Int)
  stock: number;

  @Field(() => ID)
  sellerId: string;

  @Field(() => ProductStatusEnum)
  productStatus: ProductStatus;
}

@InputType('ReservationLineInput')
export class ReservationLineInput {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  quantity: number;
}

@ObjectType('StockReservationResult')
export class StockReservationResult {
  @Field(() => ID)
  orderId: string;

  @Field(() => String, { description: 'RESERVED, COMMITTED, RELEASED, or NONE when nothing was held' })
  state: string;
}
