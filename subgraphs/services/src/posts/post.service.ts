import {
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { Post, type PostKind } from './post.entity.js';
import { postInputSchema, type PostInput } from './post.validation.js';

export class PostService {
  constructor(private readonly context: ServicesContext) {}

  published(kind: PostKind | null, limit: number): Promise<Post[]> {
    return this.context.em.find(
      Post,
      { publishedAt: { $ne: null }, ...(kind ? { kind } : {}) },
      { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(limit, 1), 50) },
    );
  }

  /** Published, or any for staff. */
  async bySlug(slug: string): Promise<Post | null> {
    const post = await this.context.em.findOne(Post, { slug });
    return post && (post.publishedAt || isStaff(this.context.viewer)) ? post : null;
  }

  all(): Promise<Post[]> {
    this.staff();
    return this.context.em.find(Post, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 });
  }

  async save(id: string | null, input: PostInput): Promise<Post> {
    const viewer = this.staff();
    const data = validate(postInputSchema, input);
    const em = this.context.em;
    const clash = await em.findOne(Post, { slug: data.slug });
    if (clash && clash.id !== id) throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
    let post = id && isUuid(id) ? await em.findOne(Post, { id }) : null;
    if (id && !post) throw new NotFoundError({ id: 'Tulisan', en: 'Post' });
    post ??= em.create(Post, { ...data, authorId: viewer.userId });
    Object.assign(post, {
      ...data,
      coverKey: data.coverKey ?? null,
      eventAt: data.eventAt ?? null,
      place: data.place ?? null,
    });
    await em.flush();
    return post;
  }

  async setPublished(id: string, published: boolean): Promise<Post> {
    this.staff();
    const post = isUuid(id) ? await this.context.em.findOne(Post, { id }) : null;
    if (!post) throw new NotFoundError({ id: 'Tulisan', en: 'Post' });
    post.publishedAt = published ? (post.publishedAt ?? new Date()) : null;
    await this.context.em.flush();
    return post;
  }

  private staff() {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    return viewer;
  }
}
