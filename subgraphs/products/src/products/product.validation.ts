import { bilingual } from '@kampung/shared';
import { z } from 'zod';
import { PRODUCT_STATUSES } from './product.entity.js';

const between = (min: number, max: number, id: string, en: string) => {
  const message = bilingual(id, en);
  return z.number().int(message).min(min, message).max(max, message);
};

const text = (max: number, id: string, en: string) =>
  z
    .string()
    .trim()
    .max(max, bilingual(`${id} maksimal ${max} karakter`, `${en} may have at most ${max} characters`));

const pair = (label: { id: string; en: string }, valueMax: number) =>
  z.object({
    name: text(40, `Nama ${label.id}`, `${label.en} name`).min(
      1,
      bilingual(`Nama ${label.id} wajib diisi`, `${label.en} name is required`),
    ),
    value: text(valueMax, `Isi ${label.id}`, `${label.en} value`).min(
      1,
      bilingual(`Isi ${label.id} wajib diisi`, `${label.en} value is required`),
    ),
  });

/** Adds an issue at `<index>.<key>` for every repeated value after its first use. */
const unique = (key: string, message: string) => (items: Record<string, unknown>[], ctx: z.RefinementCtx) => {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    if (seen.has(item[key])) ctx.addIssue({ code: 'custom', path: [index, key], message });
    seen.add(item[key]);
  });
};

export const BATIK_TECHNIQUES = ['tulis', 'cap', 'printing', 'kombinasi'] as const;

/** Attributes with a fixed form: batik technique from the list, harvest date as YYYY-MM-DD. */
function knownAttributeValues(pairs: { name: string; value: string }[], ctx: z.RefinementCtx) {
  pairs.forEach((pair, index) => {
    if (pair.name === 'technique' && !(BATIK_TECHNIQUES as readonly string[]).includes(pair.value)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'value'],
        message: bilingual(
          'Teknik batik: tulis, cap, printing atau kombinasi',
          'Batik technique: tulis, cap, printing or kombinasi',
        ),
      });
    }
    if (
      pair.name === 'harvestDate' &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(pair.value) || Number.isNaN(Date.parse(pair.value)))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'value'],
        message: bilingual('Tanggal panen harus TTTT-BB-HH', 'Harvest date must be YYYY-MM-DD'),
      });
    }
  });
}

const variantSchema = z.object({
  sku: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^[A-Z0-9][A-Z0-9._-]{0,63}$/,
      bilingual(
        'SKU hanya huruf, angka, titik, garis bawah dan tanda hubung, maksimal 64',
        'SKU may only have letters, digits, dots, underscores and dashes, at most 64',
      ),
    ),
  name: text(120, 'Nama varian', 'Variant name').min(
    1,
    bilingual('Nama varian wajib diisi', 'Variant name is required'),
  ),
  options: z
    .array(pair({ id: 'pilihan', en: 'Option' }, 80))
    .max(10, bilingual('Maksimal 10 pilihan per varian', 'At most 10 options per variant'))
    .superRefine(unique('name', bilingual('Nama pilihan dipakai dua kali', 'This option name is used twice'))),
  price: between(
    0,
    1_000_000_000,
    'Harga harus bilangan bulat rupiah 0–1.000.000.000',
    'Price must be whole rupiah from 0 to 1,000,000,000',
  ),
  stock: between(
    0,
    1_000_000,
    'Stok harus bilangan bulat 0–1.000.000',
    'Stock must be a whole number from 0 to 1,000,000',
  ),
  weightGrams: between(
    1,
    100_000,
    'Berat harus bilangan bulat 1–100.000 gram',
    'Weight must be a whole number from 1 to 100,000 grams',
  ),
});

const fields = {
  title: z
    .string()
    .trim()
    .min(3, bilingual('Judul minimal 3 karakter', 'Title needs at least 3 characters'))
    .max(120, bilingual('Judul maksimal 120 karakter', 'Title may have at most 120 characters')),
  description: text(5000, 'Deskripsi', 'Description'),
  categorySlug: z.string().trim().min(1, bilingual('Pilih kategori', 'Choose a category')),
  attributes: z
    .array(pair({ id: 'atribut', en: 'Attribute' }, 200))
    .max(20, bilingual('Maksimal 20 atribut', 'At most 20 attributes'))
    .superRefine(unique('name', bilingual('Nama atribut dipakai dua kali', 'This attribute name is used twice')))
    .superRefine(knownAttributeValues)
    .transform((pairs) => Object.fromEntries(pairs.map((p) => [p.name, p.value]))),
  imageUrl: z
    .url({
      protocol: /^https?$/,
      message: bilingual('Alamat gambar harus URL http(s)', 'Image address must be an http(s) URL'),
    })
    .max(2000, bilingual('Alamat gambar terlalu panjang', 'Image address is too long'))
    .nullish(),
  status: z.enum(PRODUCT_STATUSES).nullish(),
  variants: z
    .array(variantSchema)
    .min(1, bilingual('Minimal satu varian', 'At least one variant'))
    .max(20, bilingual('Maksimal 20 varian', 'At most 20 variants'))
    .superRefine(unique('sku', bilingual('SKU dipakai dua kali', 'This SKU is used twice'))),
};

export const createProductSchema = z.object(fields);

/** Absent or null leaves a field as it is; only `imageUrl: null` clears (the image). */
const unchanged = <S extends z.ZodType>(schema: S) => schema.nullish().transform((value) => value ?? undefined);

export const updateProductSchema = z.object({
  title: unchanged(fields.title),
  description: unchanged(fields.description),
  categorySlug: unchanged(fields.categorySlug),
  attributes: unchanged(fields.attributes),
  imageUrl: fields.imageUrl,
  status: unchanged(z.enum(PRODUCT_STATUSES)),
  variants: unchanged(fields.variants),
});

export type VariantData = z.output<typeof variantSchema>;
export type CreateProductData = z.output<typeof createProductSchema>;
export type UpdateProductData = z.output<typeof updateProductSchema>;
