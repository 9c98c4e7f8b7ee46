import { bilingual, indonesianMobileSchema, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';

export const whatsappSchema = indonesianMobileSchema(['Nomor WhatsApp', 'WhatsApp number']);

export const registerShopSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, bilingual('Nama toko minimal 3 karakter', 'Shop name needs at least 3 characters'))
    .max(80, bilingual('Nama toko maksimal 80 karakter', 'Shop name may have at most 80 characters')),
  /** The village's and district's names come from places, by this code. */
  villageCode: z.string({ error: bilingual('Desa wajib dipilih', 'Choose a village') }).pipe(villageCodeSchema),
  whatsapp: whatsappSchema,
  description: z
    .string()
    .trim()
    .max(2000, bilingual('Deskripsi maksimal 2000 karakter', 'Description may have at most 2000 characters')),
  address: z
    .string()
    .trim()
    .max(300, bilingual('Alamat maksimal 300 karakter', 'Address may have at most 300 characters'))
    .nullish()
    .transform((value) => value || null),
});

export type RegisterShopData = z.output<typeof registerShopSchema>;

export const reasonSchema = z.object({
  reason: z
    .string({ error: bilingual('Alasan wajib diisi', 'A reason is required') })
    .trim()
    .min(5, bilingual('Alasan minimal 5 karakter', 'Reason needs at least 5 characters'))
    .max(500, bilingual('Alasan maksimal 500 karakter', 'Reason may have at most 500 characters')),
});

const logoUrl = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .url({
      protocol: /^https?$/,
      message: bilingual('Alamat logo harus URL http(s)', 'Logo address must be an http(s) URL'),
    })
    .max(2000, bilingual('Alamat logo terlalu panjang', 'Logo address is too long'))
    .nullish(),
);

export const shopFieldsSchema = registerShopSchema.extend({ logoUrl });

/** Only the fields given change. */
export const updateShopSchema = shopFieldsSchema.partial();
export type UpdateShopData = z.output<typeof updateShopSchema>;
