import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { POST_KINDS, type PostKind } from './post.entity.js';

export const PostKindEnum = Object.fromEntries(POST_KINDS.map((k) => [k, k])) as { [K in PostKind]: K };
registerEnumType(PostKindEnum, { name: 'PostKind', description: 'News, an event, tourism or culinary information' });

@ObjectType('Post')
export class PostType {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => PostKindEnum) kind: PostKind;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => String) body: string;
  @Field(() => String, {
    nullable: true,
    description: 'Public file under /files/services/<coverKey>; null: show a placeholder',
  })
  coverKey: string | null;
  @Field(() => Date, { nullable: true }) eventAt: Date | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The village that publishes it; null: regency-wide' })
  villageCode: string | null;
}

@InputType('PostInput')
export class PostInputType {
  @Field(() => String) slug: string;
  @Field(() => PostKindEnum) kind: PostKind;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true }) coverKey?: string | null;
  @Field(() => Date, { nullable: true }) eventAt?: Date | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'New posts only: the village (default: the one the author works for; the regency admin without one: regency-wide). Kept on edit',
  })
  villageCode?: string | null;
}
