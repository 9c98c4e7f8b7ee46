import {
  type Connection,
  definedOnly,
  emptyConnection,
  type FieldProblem,
  firstFreeSlug,
  ForbiddenError,
  isStaff,
  isUuid,
  keysetPage,
  mapConnection,
  NotFoundError,
  orderByKeys,
  pageSize,
  requireViewer,
  slugify,
  toConnection,
  UserInputError,
  validate,
  violatedUniqueConstraint,
  withUniqueCodeRetry,
} from '@kampung/shared';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../categories/category.entity.js';
import type { ProductsContext } from '../env.js';
import { enqueueSearchUpdate } from '../search/outbox.js';
import { SellerStatusService } from '../seller-status/seller-status.service.js';
import { StockAdjustment } from '../stock/stock-adjustment.entity.js';
import { ProductVariant } from '../variants/variant.entity.js';
import { Product } from './product.entity.js';
import type { CreateProductInput, ProductFilter, ProductType, UpdateProductInput } from './product.type.js';
import { createProductSchema, updateProductSchema, type VariantData } from './product.validation.js';

const PRODUCT = { id: 'Produk', en: 'Product' };
const NO_SHOP = {
  id: 'Anda belum memiliki toko. Daftarkan toko terlebih dahulu',
  en: 'You have no shop yet. Register a shop first',
};
const NOT_OWNER = {
  id: 'Hanya pemilik toko yang dapat mengubah produk ini',
  en: 'Only the shop owner may change this product',
};
const UNKNOWN_CATEGORY = { id: 'Kategori tidak ditemukan', en: 'Category not found' };
const SKU_TAKEN = { id: 'SKU sudah dipakai produk lain', en: 'This SKU is already used by another product' };
const NOT_VERIFIED = {
  id: 'Toko Anda belum diverifikasi oleh staf desa',
  en: 'Your shop has not been verified by village staff yet',
};
const SLUG_ATTEMPTS = 3;

export function toProductType(product: Product): ProductType {
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    description: product.description,
    status: product.status,
    imageUrl: product.imageUrl,
    featured: product.featured,
    attributes: Object.entries(product.attributes)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, value]) => ({ name, value })),
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    categoryId: product.category.id,
    sellerId: product.sellerId,
    ownerUserId: product.ownerUserId,
  };
}

export class ProductService {
  constructor(private readonly context: ProductsContext) {}

  private get em() {
    return this.context.em;
  }

  /** Active products, newest first. */
  async list(
    filter: ProductFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ProductType>> {
    const size = pageSize(first);
    const where = this.listFilter(filter);
    return mapConnection(await keysetPage(this.em, Product, { where, first: size, after }), toProductType);
  }

  /**
   * The first page of each shop's active products, for every shop a request asks about at
   * once (`Seller.products` under a list of sellers): two queries, however many shops.
   */
  async firstPageOfSeller(sellerId: string, first: number | null | undefined): Promise<Connection<ProductType>> {
    const size = pageSize(first);
    return this.context.loaders
      .get<string, Connection<ProductType>>(`Seller.products.first${size}`, async (ids) => {
        const sellerIds = ids.filter(isUuid);
        if (sellerIds.length === 0) return ids.map(() => emptyConnection<ProductType>());
        const connection = this.em.getConnection();
        const [ranked, counts] = await Promise.all([
          connection.execute<Record<string, unknown>[]>(
            `select * from (select *, row_number() over (partition by seller_id order by created_at desc, id desc) as page_rank
               from products.products where seller_id in (?) and status = 'ACTIVE' and seller_visible) ranked
              where page_rank <= ? order by created_at desc, id desc`,
            [sellerIds, size + 1],
          ),
          connection.execute<{ seller_id: string; total: number }[]>(
            `select seller_id, count(*)::int as total from products.products
              where seller_id in (?) and status = 'ACTIVE' and seller_visible group by seller_id`,
            [sellerIds],
          ),
        ]);
        const rows = ranked.map(({ page_rank: _rank, ...row }) => this.em.map(Product, row));
        const totals = new Map(counts.map((c) => [c.seller_id, c.total]));
        return ids.map((id) =>
          toConnection(
            rows.filter((row) => row.sellerId === id).map(toProductType),
            size,
            totals.get(id) ?? 0,
            (product) => product.createdAt.toISOString(),
          ),
        );
      })
      .load(sellerId);
  }

  /** Active products for everyone; drafts and archived ones only for their owner and staff. */
  async bySlug(slug: string): Promise<ProductType | null> {
    const product = await this.em.findOne(Product, { slug });
    if (!product) return null;
    const viewer = this.context.viewer;
    const visible =
      (product.status === 'ACTIVE' && product.sellerVisible) ||
      viewer?.userId === product.ownerUserId ||
      isStaff(viewer) ||
      !!viewer?.service;
    return visible ? toProductType(product) : null;
  }

  /** A reference from another subgraph (a cart line, an order): any status. */
  async reference(id: string): Promise<ProductType | null> {
    const product = await this.byId(id);
    return product ? toProductType(product) : null;
  }

  /** Products by id, in order, for search hits: only public ones (the index may lag a moment). */
  async publicByIds(ids: string[]): Promise<ProductType[]> {
    const products = await Promise.all(ids.map((id) => this.byId(id)));
    return products.filter((p): p is Product => !!p && p.status === 'ACTIVE' && p.sellerVisible).map(toProductType);
  }

  /** The signed-in seller's own products in any status, newest first. */
  async mine(first: number | null | undefined, after: string | null | undefined): Promise<Connection<ProductType>> {
    const viewer = requireViewer(this.context.viewer);
    const page = await keysetPage(this.em, Product, { where: { ownerUserId: viewer.userId }, first, after });
    return mapConnection(page, toProductType);
  }

  async ofVariant(productId: string): Promise<ProductType> {
    const product = await this.byId(productId);
    if (!product) throw new Error(`product ${productId} is missing`);
    return toProductType(product);
  }

  async create(input: CreateProductInput): Promise<ProductType> {
    const viewer = requireViewer(this.context.viewer);
    // Products' own copy, delivered by sellers' outbox (never asked for): a seller's shop products
    // has not heard of yet is answered as a shop not verified yet; the copy follows within a second.
    const known = await new SellerStatusService(this.context).ownedBy(viewer.userId);
    if (!known && !viewer.roles.includes('SELLER')) throw new ForbiddenError(NO_SHOP);
    if (known?.status !== 'VERIFIED') throw new ForbiddenError(NOT_VERIFIED);
    const { categorySlug, variants, status, imageUrl, ...fields } = validate(createProductSchema, input);
    const product = await this.transaction(async (em) => {
      await this.assertSkusFree(em, variants, null);
      const product = em.create(Product, {
        ...fields,
        status: status ?? 'DRAFT',
        imageUrl: imageUrl ?? null,
        category: await this.categoryBySlug(em, categorySlug),
        slug: await this.freeSlug(em, fields.title),
        sellerId: known.sellerId,
        ownerUserId: viewer.userId,
        sellerVisible: true,
        sellerVillage: known.village,
        sellerVillageCode: known.villageCode,
      });
      this.writeVariants(em, product, variants, [], viewer.userId);
      await em.flush();
      await enqueueSearchUpdate(em, this.context.env, [product.id]);
      return product;
    });
    return toProductType(product);
  }

  async update(id: string, input: UpdateProductInput): Promise<ProductType> {
    const viewer = requireViewer(this.context.viewer);
    const product = await this.transaction(async (em) => {
      const product = isUuid(id) ? await em.findOne(Product, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!product) throw new NotFoundError(PRODUCT);
      if (product.ownerUserId !== viewer.userId) throw new ForbiddenError(NOT_OWNER);
      const { categorySlug, variants, ...changes } = validate(updateProductSchema, input);
      if (changes.status === 'ACTIVE' && !product.sellerVisible) throw new ForbiddenError(NOT_VERIFIED);
      if (variants) await this.assertSkusFree(em, variants, product.id);
      if (categorySlug) product.category = await this.categoryBySlug(em, categorySlug);
      em.assign(product, definedOnly(changes));
      if (variants) {
        // Locked, so that a checkout's reservation (a conditional decrement) is never overwritten by a stale form.
        const current = await em.find(ProductVariant, { product }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        this.writeVariants(em, product, variants, current, viewer.userId);
      }
      await enqueueSearchUpdate(em, this.context.env, [product.id]);
      return product;
    });
    return toProductType(product);
  }

  private listFilter(filter: ProductFilter | null | undefined) {
    if (filter?.sellerId && !isUuid(filter.sellerId)) {
      throw UserInputError.field('filter.sellerId', { id: 'ID toko tidak valid', en: 'Shop id is not valid' });
    }
    return {
      status: 'ACTIVE' as const,
      sellerVisible: true,
      ...(filter?.categorySlug ? { category: { slug: filter.categorySlug } } : {}),
      ...(filter?.sellerId ? { sellerId: filter.sellerId } : {}),
      ...(typeof filter?.featured === 'boolean' ? { featured: filter.featured } : {}),
    };
  }

  /** Batched: every reference to a product in one request is one query. */
  private byId(id: string): Promise<Product | null> {
    return this.context.loaders
      .get<string, Product | null>('Product.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(Product, { id: { $in: ids.filter(isUuid) } }), (p) => p.id),
      )
      .load(id);
  }

  /** All or nothing; a slug taken by a concurrent request is retried with the next free one. */
  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const once = () =>
      this.em.transactional(work).catch((error: unknown) => {
        if (violatedUniqueConstraint(error) === 'product_variants_sku_unique')
          throw UserInputError.field('variants', SKU_TAKEN);
        throw error;
      });
    return withUniqueCodeRetry(once, { constraint: 'products_slug_unique', attempts: SLUG_ATTEMPTS });
  }

  private async categoryBySlug(em: EntityManager, slug: string): Promise<Category> {
    const category = await em.findOne(Category, { slug });
    if (!category) throw UserInputError.field('categorySlug', UNKNOWN_CATEGORY);
    return category;
  }

  private async assertSkusFree(em: EntityManager, variants: VariantData[], productId: string | null): Promise<void> {
    const clashes = await em.find(ProductVariant, {
      sku: { $in: variants.map((v) => v.sku) },
      ...(productId ? { product: { $ne: productId } } : {}),
    });
    const taken = new Set(clashes.map((v) => v.sku));
    const problems: FieldProblem[] = variants.flatMap((v, index) =>
      taken.has(v.sku) ? [{ field: `variants.${index}.sku`, message: SKU_TAKEN.id, messageEn: SKU_TAKEN.en }] : [],
    );
    if (problems.length) throw new UserInputError(problems);
  }

  /** The variants become exactly `variants`, in that order: matched by sku, new ones added, the rest removed. */
  /** Matches variants by SKU; a stock change made through the form is kept in the stock history like any other. */
  private writeVariants(
    em: EntityManager,
    product: Product,
    variants: VariantData[],
    current: ProductVariant[],
    userId: string,
  ): void {
    const bySku = new Map(current.map((v) => [v.sku, v]));
    variants.forEach((data, position) => {
      const existing = bySku.get(data.sku);
      if (existing && existing.stock !== data.stock) {
        em.create(StockAdjustment, {
          variantId: existing.id,
          productId: product.id,
          userId,
          delta: data.stock - existing.stock,
          resultingStock: data.stock,
          reason: 'Diubah lewat formulir produk / Changed in the product form',
        });
      }
      if (existing) em.assign(existing, { ...data, position });
      else em.create(ProductVariant, { ...data, product, position });
    });
    const kept = new Set(variants.map((v) => v.sku));
    for (const variant of current) if (!kept.has(variant.sku)) em.remove(variant);
  }

  private async freeSlug(em: EntityManager, title: string): Promise<string> {
    const base = slugify(title, 130) || 'produk';
    const rows = await em
      .createQueryBuilder(Product)
      .select('slug')
      .where({ slug: { $like: `${base}%` } })
      .execute<{ slug: string }[]>('all', false);
    return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
  }
}
