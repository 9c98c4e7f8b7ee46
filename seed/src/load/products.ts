import { Category, Product, ProductVariant, SellerStatus } from '@kampung/products';
import type { EntityManager } from '@mikro-orm/postgresql';
import { categories, products, sellers } from '../data/index.js';
import { seedId } from '../ids.js';

const ownerOf = new Map(sellers.map((seller) => [seller.key, seller.ownerKey]));
const shopOf = new Map(sellers.map((seller) => [seller.key, seller]));
/** Listings are newest first; spacing the seeded ones a minute apart keeps that order stable. */
const SEEDED_AT = Date.parse('2026-11-01T08:00:00+07:00');

export async function seedProducts(em: EntityManager): Promise<{ products: number; variants: number }> {
  await em.upsertMany(
    Category,
    categories.map((category, position) => ({
      id: seedId('category', category.slug),
      slug: category.slug,
      name: category.name,
      nameEn: category.nameEn,
      position,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );

  // What products knows of each shop (sellers' status outbox keeps it up to date; version 0: any change is newer).
  await em.upsertMany(
    SellerStatus,
    sellers.map((seller) => ({
      sellerId: seedId('seller', seller.key),
      ownerUserId: seedId('user', seller.ownerKey),
      status: seller.verificationStatus,
      village: seller.village,
      villageCode: seller.villageCode,
      updatedAt: new Date(),
    })),
    { onConflictFields: ['sellerId'], onConflictAction: 'merge' },
  );

  await em.upsertMany(
    Product,
    products.map((product, index) => ({
      id: seedId('product', product.slug),
      slug: product.slug,
      title: product.title,
      description: product.description,
      category: seedId('category', product.categorySlug),
      sellerId: seedId('seller', product.sellerKey),
      ownerUserId: seedId('user', ownerOf.get(product.sellerKey)!),
      status: 'ACTIVE' as const,
      attributes: product.attributes,
      featured: product.featured,
      sellerVisible: shopOf.get(product.sellerKey)!.verificationStatus === 'VERIFIED',
      sellerVillage: shopOf.get(product.sellerKey)!.village,
      sellerVillageCode: shopOf.get(product.sellerKey)!.villageCode,
      createdAt: new Date(SEEDED_AT - index * 60_000),
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );

  const variants = products.flatMap((product) =>
    product.variants.map((variant, position) => ({
      id: seedId('variant', variant.sku),
      product: seedId('product', product.slug),
      sku: variant.sku,
      name: variant.name,
      options: variant.options,
      price: variant.price,
      stock: variant.stock,
      weightGrams: variant.weightGrams,
      position,
    })),
  );
  await em.upsertMany(ProductVariant, variants, { onConflictFields: ['id'], onConflictAction: 'merge' });
  return { products: products.length, variants: variants.length };
}
