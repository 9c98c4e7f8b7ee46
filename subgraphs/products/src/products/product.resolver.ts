import { DEFAULT_PAGE_SIZE, type Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CategoryService } from '../categories/category.service.js';
import { CategoryType } from '../categories/category.type.js';
import type { ProductsContext } from '../env.js';
import { SellerType } from '../sellers/seller.type.js';
import { VariantService } from '../variants/variant.service.js';
import { ProductVariantType } from '../variants/variant.type.js';
import { ProductPhotoType } from '../photos/photo.type.js';
import { photoKey } from '../photos/photo.entity.js';
import { mediaPath, photosOf } from '../photos/photo.service.js';
import { ProductStatusService } from './product-status.service.js';
import { ProductService } from './product.service.js';
import {
  CreateProductInput,
  ProductConnection,
  ProductFilter,
  ProductType,
  UpdateProductInput,
} from './product.type.js';

@Resolver(() => ProductType)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Active products, newest first' })
  products(
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<Connection<ProductType>> {
    return new ProductService(ctx).list(filter, first, after);
  }

  @Query(() => ProductType, {
    nullable: true,
    description: 'An active product; drafts and archived ones only for their owner and staff',
  })
  product(@Arg('slug', () => String) slug: string, @Ctx() ctx: ProductsContext): Promise<ProductType | null> {
    return new ProductService(ctx).bySlug(slug);
  }

  @Mutation(() => ProductType, { description: "Lists a product in the signed-in user's shop" })
  createProduct(
    @Arg('input', () => CreateProductInput) input: CreateProductInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductType> {
    return new ProductService(ctx).create(input);
  }

  @Mutation(() => ProductType, { description: 'Only by the shop owner' })
  updateProduct(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProductInput) input: UpdateProductInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductType> {
    return new ProductService(ctx).update(id, input);
  }

  @Query(() => ProductConnection, { description: "The signed-in seller's own products, any status, newest first" })
  myProducts(
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<Connection<ProductType>> {
    return new ProductService(ctx).mine(first, after);
  }

  @Mutation(() => ProductType, { description: 'Makes a product public (shop must be verified); only the owner' })
  publishProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: ProductsContext): Promise<ProductType> {
    return new ProductStatusService(ctx).change(id, 'ACTIVE');
  }

  @Mutation(() => ProductType, { description: 'Back to draft; only the owner' })
  unpublishProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: ProductsContext): Promise<ProductType> {
    return new ProductStatusService(ctx).change(id, 'DRAFT');
  }

  @Mutation(() => ProductType, { description: 'Hides a product for good; only the owner' })
  archiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: ProductsContext): Promise<ProductType> {
    return new ProductStatusService(ctx).change(id, 'ARCHIVED');
  }

  @FieldResolver(() => [ProductPhotoType])
  async photos(@Root() product: ProductType, @Ctx() ctx: ProductsContext): Promise<ProductPhotoType[]> {
    return (await photosOf(ctx.em, ctx.loaders, product.id)).map((photo) => ({
      id: photo.id,
      url: mediaPath(photoKey(photo, 640)),
      srcset: photo.widths.map((w) => `${mediaPath(photoKey(photo, w))} ${w}w`).join(', '),
      width: photo.width,
      height: photo.height,
    }));
  }

  @FieldResolver(() => CategoryType)
  category(@Root() product: ProductType, @Ctx() ctx: ProductsContext): Promise<CategoryType> {
    return new CategoryService(ctx).byId(product.categoryId);
  }

  @FieldResolver(() => SellerType, { nullable: true, description: 'Null when sellers cannot be reached' })
  seller(@Root() product: ProductType): SellerType {
    return { id: product.sellerId };
  }

  @FieldResolver(() => [ProductVariantType])
  variants(@Root() product: ProductType, @Ctx() ctx: ProductsContext): Promise<ProductVariantType[]> {
    return new VariantService(ctx).ofProduct(product.id);
  }

  @FieldResolver(() => Int, { description: 'Lowest variant price, whole rupiah' })
  priceFrom(@Root() product: ProductType, @Ctx() ctx: ProductsContext): Promise<number> {
    return new VariantService(ctx).priceFrom(product.id);
  }

  @FieldResolver(() => Int)
  totalStock(@Root() product: ProductType, @Ctx() ctx: ProductsContext): Promise<number> {
    return new VariantService(ctx).totalStock(product.id);
  }
}
