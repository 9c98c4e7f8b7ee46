import type { RequestContext } from '@kampung/shared';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { POST_KINDS, type Post, type PostKind } from './post.entity.js';
import { PostService } from './post.service.js';

const PostKindEnum = Object.fromEntries(POST_KINDS.map((k) => [k, k])) as { [K in PostKind]: K };
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
}

@Resolver(() => PostType)
export class PostResolver {
  @Query(() => [PostType], { description: 'Published posts, newest first' })
  posts(
    @Arg('kind', () => PostKindEnum, { nullable: true }) kind: PostKind | null,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Post[]> {
    return new PostService(ctx).published(kind, limit);
  }

  @Query(() => PostType, { nullable: true })
  post(@Arg('slug', () => String) slug: string, @Ctx() ctx: RequestContext): Promise<Post | null> {
    return new PostService(ctx).bySlug(slug);
  }

  @Query(() => [PostType], { description: 'Staff: every post, published or not' })
  staffPosts(@Ctx() ctx: RequestContext): Promise<Post[]> {
    return new PostService(ctx).all();
  }

  @Mutation(() => PostType, { description: 'Staff: create (no id) or edit a post; new posts are unpublished' })
  savePost(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => PostInputType) input: PostInputType,
    @Ctx() ctx: RequestContext,
  ): Promise<Post> {
    return new PostService(ctx).save(id, input);
  }

  @Mutation(() => PostType)
  setPostPublished(
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Post> {
    return new PostService(ctx).setPublished(id, published);
  }
}
