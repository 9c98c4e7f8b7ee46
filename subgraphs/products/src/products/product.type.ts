import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { VariantInput } from '../variants/variant.type.js';
import { PRODUCT_STATUSES, type ProductStatus } from './product.entity.js';

export const ProductStatusEnum = Object.fromEntries(PRODUCT_STATUSES.map((s) => [s, s])) as { [S in ProductStatus]: S };
registerEnumType(ProductStatusEnum, { name: 'ProductStatus', description: 'Only ACTIVE products are shown to buyers' });

@ObjectType({ description: 'A product detail such as technique, motif, fabric, dye, unit or originVillage' })
export class ProductAttribute {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Product')
export class ProductType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => ProductStatusEnum)
  status: ProductStatus;

  @Field(() => String, { nullable: true, description: 'null: the storefront draws a placeholder' })
  imageUrl: string | null;

  @Field(() => Boolean)
  featured: boolean;

  @Field(() => [ProductAttribute], { description: 'Sorted by name' })
  attributes: ProductAttribute[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  categoryId: string;
  sellerId: string;
  ownerUserId: string;
}

export const ProductConnection = connectionType(ProductType, 'Product');

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true })
  categorySlug?: string | null;

  @Field(() => ID, { nullable: true })
  sellerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  featured?: boolean | null;
}

@InputType()
export class ProductAttributeInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@InputType()
export class CreateProductInput {
  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String)
  categorySlug: string;

  @Field(() => [ProductAttributeInput])
  attributes: ProductAttributeInput[];

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => ProductStatusEnum, { nullable: true, description: 'DRAFT unless given' })
  status?: ProductStatus | null;

  @Field(() => [VariantInput], { description: '1 to 20 variants' })
  variants: VariantInput[];
}

@InputType({ description: 'Only the fields given change; imageUrl: null removes the image' })
export class UpdateProductInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  categorySlug?: string | null;

  @Field(() => [ProductAttributeInput], { nullable: true })
  attributes?: ProductAttributeInput[] | null;

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => ProductStatusEnum, { nullable: true })
  status?: ProductStatus | null;

  @Field(() => [VariantInput], {
    nullable: true,
    description: 'The full new list, matched to the current variants by sku',
  })
  variants?: VariantInput[] | null;
}
