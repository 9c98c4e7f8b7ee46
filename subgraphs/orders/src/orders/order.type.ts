import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ORDER_STATUSES,
  PAYMENT_METHODS,
  SELLER_ORDER_STATUSES,
  type OrderStatus,
  type PaymentMethod,
} from './order.status.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrderStatusEnum = enumOf(ORDER_STATUSES);
registerEnumType(OrderStatusEnum, {
  name: 'OrderStatus',
  description:
    'PENDING_PAYMENT → PAID → PROCESSING → SHIPPED → DELIVERED → COMPLETED; CANCELLED, EXPIRED, REFUNDED exit early. Cash on delivery starts at PROCESSING',
});

export const SellerOrderStatusEnum = enumOf(SELLER_ORDER_STATUSES);
registerEnumType(SellerOrderStatusEnum, {
  name: 'SellerOrderStatus',
  description:
    "One shop's fulfilment state: the order's states plus ACCEPTED (PROCESSING: waiting in the shop's queue; ACCEPTED: confirmed by the seller, being packed)",
});

export const PaymentMethodEnum = enumOf(PAYMENT_METHODS);
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'MIDTRANS (online) or COD (cash on delivery)',
});

@ObjectType('ShippingAddress')
export class ShippingAddressType {
  @Field(() => String)
  recipientName: string;

  @Field(() => String)
  phone: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  village: string;

  @Field(() => String)
  district: string;

  @Field(() => String)
  regency: string;

  @Field(() => String)
  province: string;

  @Field(() => String)
  postalCode: string;
}

@ObjectType('OrderEvent', { description: 'One status change, of the order or (with sellerOrderId) of one shop’s part' })
export class OrderEventType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null for the first event' })
  fromStatus: string | null;

  @Field(() => String, { description: 'An OrderStatus, or a SellerOrderStatus when sellerOrderId is set' })
  toStatus: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'Visible to its buyer and to staff only' })
export class OrderType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Human-readable, e.g. SK-261201-7K3QZ' })
  code: string;

  @Field(() => OrderStatusEnum)
  status: OrderStatus;

  @Field(() => PaymentMethodEnum)
  paymentMethod: PaymentMethod;

  @Field(() => Int, { description: 'Rupiah' })
  itemsTotal: number;

  @Field(() => Int, { description: 'Rupiah' })
  shippingTotal: number;

  @Field(() => Int, { description: 'Rupiah: itemsTotal + shippingTotal' })
  totalAmount: number;

  @Field(() => ShippingAddressType)
  shippingAddress: ShippingAddressType;

  @Field(() => Date, { nullable: true, description: 'Unpaid orders expire then' })
  paymentDueAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const OrderConnection = connectionType(OrderType, 'Order');
