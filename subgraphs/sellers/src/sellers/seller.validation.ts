import { bilingual, indonesianMobileSchema } from '@kampung/shared';
import { z } from 'zod';

export const whatsappSchema = indonesianMobileSchema(['Nomor WhatsApp', 'WhatsApp number']);

const placeName = (id: string, en: string) =>
  z.string().trim().min(2, bilingual(`${id} minimal 2 karakter`, `${en} needs at least 2 characters`)).max(60, bilingual(`${id} maksimal 60 karakter`, `${en} may have at most 60 characters`));

export const registerShopSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, bilingual('Nama toko minimal 3 karakter', 'Shop name needs at least 3 characters'))
    .max(80, bilingual('Nama toko maksimal 80 karakter', 'Shop name may have at most 80 characters')),
  village: placeName('Nama desa', 'Village name'),
  district: placeName('Nama kecamatan', 'District name'),
  whatsapp: whatsappSchema,
  description: z.string().trim().max(2000, bilingual('Deskripsi maksimal 2000 karakter', 'Description may have at most 2000 characters')),
  address: z
    .string()
    .trim()
    .max(300, bilingual('Alamat maksimal 300 karakter', 'Address may have at most 300 characters'))
    .nullish()
    .transform((value) => value || null),
});

export type RegisterShopData = z.output<typeof registerShopSchema>;
