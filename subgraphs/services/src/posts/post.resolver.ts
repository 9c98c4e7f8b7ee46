import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import type { Post, PostKind } from './post.entity.js';
import { PostService } from './post.service.js';
import { PostInputType, PostKindEnum, PostType } from './post.type.js';

@Resolver(() => PostType)
export class PostResolver {
  @Query(() => [PostType], { description: 'Published posts, newest first' })
  posts(
    @Arg('kind', () => PostKindEnum, { nullable: true }) kind: PostKind | null,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: ServicesContext,
    @Arg('villageCode', () => String, { nullable: true, description: 'Only this village’s posts' })
    villageCode?: string | null,
  ): Promise<Post[]> {
    return new PostService(ctx).published(kind, limit, villageCode ?? null);
  }

  @Query(() => PostType, { nullable: true })
  post(@Arg('slug', () => String) slug: string, @Ctx() ctx: ServicesContext): Promise<Post | null> {
    return new PostService(ctx).bySlug(slug);
  }

  @Query(() => [PostType], {
    description: 'Staff: the posts of the villages they work for (regency admin: all), published or not',
  })
  staffPosts(@Ctx() ctx: ServicesContext): Promise<Post[]> {
    return new PostService(ctx).all();
  }

  @Mutation(() => PostType, { description: 'Staff: create (no id) or edit a post; new posts are unpublished' })
  savePost(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => PostInputType) input: PostInputType,
    @Ctx() ctx: ServicesContext,
  ): Promise<Post> {
    return new PostService(ctx).save(id, input);
  }

  @Mutation(() => PostType)
  setPostPublished(
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<Post> {
    return new PostService(ctx).setPublished(id, published);
  }
}
