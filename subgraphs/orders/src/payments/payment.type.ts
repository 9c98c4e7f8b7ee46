import { Field, Int, ObjectType } from 'type-graphql';
import { PaymentMethodEnum } from '../orders/order.type.js';
import type { PaymentMethod } from '../orders/order.status.js';

@ObjectType('Payment')
export class PaymentType {
  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @Field(() => String, { description: 'PENDING, PAID, FAILED, EXPIRED or REFUNDED' })
  status: string;

  @Field(() => Int, { description: 'Rupiah' })
  amount: number;

  @Field(() => String, { nullable: true, description: 'Midtrans Snap page, while the payment is pending' })
  redirectUrl: string | null;
}
