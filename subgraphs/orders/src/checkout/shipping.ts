/**
 * Shipping per shop: a fixed table for now (the same flat rates for every shop), or pickup
 * in the seller's village for free.
 */
export const SHIPPING_OPTIONS = [
  { code: 'KURIR_LOKAL', label: 'Kurir lokal', fee: 15_000 },
  { code: 'JNE_REG', label: 'JNE REG', fee: 25_000 },
  { code: 'PICKUP', label: 'Ambil di desa', fee: 0 },
] as const;
export type ShippingCode = (typeof SHIPPING_OPTIONS)[number]['code'];
export const SHIPPING_CODES = SHIPPING_OPTIONS.map((option) => option.code) as [ShippingCode, ...ShippingCode[]];

export const shippingOptionOf = (code: string) => SHIPPING_OPTIONS.find((option) => option.code === code);
