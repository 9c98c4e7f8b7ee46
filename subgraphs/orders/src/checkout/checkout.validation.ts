import { bilingual, idSchema } from '@kampung/shared';
import { z } from 'zod';
import { PAYMENT_METHODS } from '../orders/order.status.js';
import { shippingAddressSchema } from '../orders/order.validation.js';
import { SHIPPING_CODES } from './shipping.js';

export const checkoutSchema = z.object({
  shippingAddress: shippingAddressSchema,
  shipping: z
    .array(
      z.object({
        sellerId: idSchema,
        option: z.enum(SHIPPING_CODES, bilingual('Pilih cara pengiriman', 'Choose a shipping option')),
      }),
    )
    .max(50),
  paymentMethod: z.enum(PAYMENT_METHODS),
  idempotencyKey: z
    .string()
    .regex(
      /^[\w-]{8,100}$/,
      bilingual(
        'Kunci idempotensi tidak valid (8–100 huruf, angka, - atau _)',
        'Idempotency key is not valid (8–100 letters, digits, - or _)',
      ),
    )
    .nullish(),
});
