import { connectionType } from '@kampung/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SellerOrderStatus } from './order.status.js';
import { SellerOrderStatusEnum } from './order.type.js';

@ObjectType('OrderLine')
export class OrderLineType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  productId: string;

  @Field(() => String, { description: 'As it was at checkout' })
  title: string;

  @Field(() => String)
  sku: string;

  @Field(() => Int, { description: 'Rupiah, as it was at checkout' })
  unitPrice: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Rupiah: unitPrice × quantity' })
  lineTotal: number;
}

@ObjectType('SellerOrder', { description: "One shop's part of an order" })
export class SellerOrderType {
  @Field(() => ID)
  id: string;

  @Field(() => SellerOrderStatusEnum)
  status: SellerOrderStatus;

  @Field(() => Int, { description: 'Rupiah' })
  itemsTotal: number;

  @Field(() => Int, { description: 'Rupiah' })
  shippingFee: number;

  @Field(() => String)
  shippingOption: string;

  @Field(() => String, { nullable: true })
  courier: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Why the seller cancelled' })
  cancelReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PENDING when a paid part was cancelled and is owed back, REFUNDED once returned',
  })
  refundStatus: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export const SellerOrderConnection = connectionType(SellerOrderType, 'SellerOrder');
