import {
  type FileStorage,
  ForbiddenError,
  groupByKeys,
  isUuid,
  type Loaders,
  NotFoundError,
  sniffFileType,
  UnauthenticatedError,
  UserInputError,
  type Viewer,
} from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp, { type Metadata } from 'sharp';
import type { ProductsEnv } from '../env.js';
import { Product } from '../products/product.entity.js';
import { enqueueSearchUpdate } from '../search/outbox.js';
import { photoKey, ProductPhoto } from './photo.entity.js';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_WIDTHS = [320, 640, 1024] as const;
const MAX_PHOTOS = 8;
const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The storefront's path for a stored photo (its `/media/products/*` route streams it from the gateway). */
export const mediaPath = (key: string) => `/media/products/${key}`;

/**
 * Checks an upload by its bytes (JPEG, PNG or WebP, at most 5 MB), writes it as WebP at a few
 * widths, and records it; the first photo becomes the product's image. Only the owner.
 */
export async function uploadProductPhoto(
  em: EntityManager,
  storage: FileStorage,
  env: ProductsEnv,
  viewer: Viewer | null,
  productId: string,
  data: Buffer,
): Promise<ProductPhoto> {
  if (!viewer) throw new UnauthenticatedError();
  if (viewer.service) throw new ForbiddenError();
  const product = isUuid(productId) ? await em.findOne(Product, { id: productId }) : null;
  if (!product) throw new NotFoundError({ id: 'Produk', en: 'Product' });
  if (product.ownerUserId !== viewer.userId)
    throw new ForbiddenError({
      id: 'Hanya pemilik toko yang dapat mengunggah foto',
      en: 'Only the shop owner may upload photos',
    });
  if (data.length > MAX_PHOTO_BYTES)
    throw UserInputError.field('photo', { id: 'Foto maksimal 5 MB', en: 'A photo may be at most 5 MB' });
  const type = sniffFileType(data);
  if (!type || !ALLOWED.has(type))
    throw UserInputError.field('photo', {
      id: 'Foto harus JPEG, PNG atau WebP',
      en: 'The photo must be JPEG, PNG or WebP',
    });
  const count = await em.count(ProductPhoto, { productId });
  if (count >= MAX_PHOTOS)
    throw UserInputError.field('photo', { id: `Maksimal ${MAX_PHOTOS} foto`, en: `At most ${MAX_PHOTOS} photos` });

  let meta: Metadata;
  try {
    meta = await sharp(data).metadata();
  } catch {
    throw UserInputError.field('photo', { id: 'Berkas foto rusak', en: 'The photo file is damaged' });
  }
  const photo = em.create(ProductPhoto, {
    productId,
    widths: [...PHOTO_WIDTHS],
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    position: count,
  });
  for (const width of PHOTO_WIDTHS) {
    const resized = await sharp(data)
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    await storage.put(photoKey(photo, width), resized, 'image/webp');
  }
  await em.transactional(async (tx) => {
    tx.persist(photo);
    if (!product.imageUrl) tx.assign(tx.merge(product), { imageUrl: mediaPath(photoKey(photo, 640)) });
    await enqueueSearchUpdate(tx, env, [productId]);
  });
  return photo;
}

/** Batched: the photos of a page of products are one query. */
export function photosOf(em: EntityManager, loaders: Loaders, productId: string): Promise<ProductPhoto[]> {
  return loaders
    .get<string, ProductPhoto[]>('ProductPhoto.byProduct', async (ids) =>
      groupByKeys(
        ids,
        await em.find(ProductPhoto, { productId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
        (p) => p.productId,
      ),
    )
    .load(productId);
}
