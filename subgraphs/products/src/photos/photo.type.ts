import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ProductPhoto', { description: 'A product photo as WebP at several widths' })
export class ProductPhotoType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Storefront path of the 640 px version' })
  url: string;

  @Field(() => String, { description: 'For <img srcset>: every width, e.g. "/media/products/… 320w, …"' })
  srcset: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;
}
