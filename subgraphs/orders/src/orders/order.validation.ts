import { bilingual, idSchema, phoneSchema } from '@kampung/shared';
import { z } from 'zod';
import { ORDER_STATUSES, PAYMENT_METHODS } from './order.status.js';

/** The largest amount a GraphQL `Int` (and a PostgreSQL `integer`) can carry. */
export const MAX_RUPIAH = 2_147_483_647;

export const orderArgsSchema = z.object({ id: idSchema });

const text = (max: number) => z.string().trim().min(1).max(max);
const rupiah = z
  .number()
  .int()
  .min(0, bilingual('Nominal tidak boleh negatif', 'Amount cannot be negative'))
  .max(MAX_RUPIAH);

export const shippingAddressSchema = z.object({
  recipientName: text(100),
  /** Stored as +628…, however it was typed. */
  phone: phoneSchema,
  street: text(200),
  village: text(100),
  district: text(100),
  regency: text(100),
  province: text(100),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, bilingual('Kode pos harus 5 angka', 'Postal code must be 5 digits')),
});
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

const lineSchema = z.object({
  productId: idSchema,
  variantId: idSchema,
  title: text(200),
  sku: text(64),
  unitPrice: rupiah,
  quantity: z.number().int().min(1, bilingual('Jumlah barang minimal 1', 'Quantity must be at least 1')).max(999),
});

const sellerOrderSchema = z.object({
  sellerId: idSchema,
  shippingOption: text(60),
  courier: text(60).nullish(),
  shippingFee: rupiah,
  lines: z.array(lineSchema).min(1),
});

export const placeOrderSchema = z
  .object({
    buyerId: idSchema,
    paymentMethod: z.enum(PAYMENT_METHODS),
    /** Defaults to where a new order starts for its payment method. */
    status: z.enum(ORDER_STATUSES).optional(),
    shippingAddress: shippingAddressSchema,
    sellerOrders: z
      .array(sellerOrderSchema)
      .min(1)
      .refine(
        (parts) => new Set(parts.map((p) => p.sellerId)).size === parts.length,
        bilingual('Satu bagian pesanan per toko', 'One part per shop'),
      ),
  })
  .refine((order) => !(order.paymentMethod === 'COD' && order.status === 'PENDING_PAYMENT'), {
    path: ['status'],
    message: bilingual(
      'Bayar di tempat tidak menunggu pembayaran online',
      'Cash on delivery does not wait for online payment',
    ),
  });
export type PlaceOrderInput = z.input<typeof placeOrderSchema>;
