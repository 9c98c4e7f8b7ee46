import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderType, PaymentMethodEnum } from '../orders/order.type.js';
import type { PaymentMethod } from '../orders/order.status.js';

@InputType('ShippingAddressInput')
export class ShippingAddressInput {
  @Field(() => String)
  recipientName: string;

  @Field(() => String, { description: '08…, 628… or +628…' })
  phone: string;

  @Field(() => String)
  street: string;

  @Field(() => String, { description: 'Desa / kelurahan' })
  village: string;

  @Field(() => String, { description: 'Kecamatan' })
  district: string;

  @Field(() => String, { description: 'Kabupaten / kota' })
  regency: string;

  @Field(() => String)
  province: string;

  @Field(() => String)
  postalCode: string;
}

@InputType('SellerShippingInput')
export class SellerShippingInput {
  @Field(() => ID)
  sellerId: string;

  @Field(() => String, { description: 'A ShippingOption code: KURIR_LOKAL, JNE_REG or PICKUP' })
  option: string;
}

@InputType('CheckoutInput')
export class CheckoutInput {
  @Field(() => ShippingAddressInput)
  shippingAddress: ShippingAddressInput;

  @Field(() => [SellerShippingInput], { description: 'One per shop in the cart' })
  shipping: SellerShippingInput[];

  @Field(() => PaymentMethodEnum)
  paymentMethod: PaymentMethod;

  @Field(() => String, {
    nullable: true,
    description:
      'Chosen by the client once per checkout (e.g. a UUID): a retry with the same key returns the order the first attempt placed',
  })
  idempotencyKey?: string | null;
}

@ObjectType('CheckoutResult')
export class CheckoutResult {
  @Field(() => OrderType)
  order: OrderType;

  @Field(() => String, {
    nullable: true,
    description: 'Midtrans Snap page to send the buyer to; null for cash on delivery',
  })
  redirectUrl: string | null;
}

@ObjectType('ShippingOption')
export class ShippingOptionType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  label: string;

  @Field(() => Int, { description: 'Rupiah, per shop' })
  fee: number;
}
