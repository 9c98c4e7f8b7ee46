import {
  actingScope,
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
  villageCodeFilter,
  type Viewer,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { canReadDraftsOf, canWriteFor, villageForNewContent } from '../oversight/place-rights.js';
import { Post, type PostKind } from './post.entity.js';
import { postInputSchema, type PostInput } from './post.validation.js';

const notFound = () => new NotFoundError({ id: 'Tulisan', en: 'Post' });

/**
 * Posts belong to a village (written by its staff) or to the whole regency (no village, written by
 * the regency admin). Published ones are public; a draft exists only for those who may write it
 * (and the district officer, who reads).
 */
export class PostService {
  constructor(private readonly context: ServicesContext) {}

  published(kind: PostKind | null, limit: number, villageCode: string | null = null): Promise<Post[]> {
    return this.context.em.find(
      Post,
      { publishedAt: { $ne: null }, ...(kind ? { kind } : {}), ...(villageCode ? { villageCode } : {}) },
      { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(limit, 1), 50) },
    );
  }

  /** Published, or a draft for those who may read it. */
  async bySlug(slug: string): Promise<Post | null> {
    const post = await this.context.em.findOne(Post, { slug });
    return post && (post.publishedAt || canReadDraftsOf(this.context.viewer, post.villageCode)) ? post : null;
  }

  /** The posts of the villages the viewer works for (the regency admin: all), published or not. */
  all(): Promise<Post[]> {
    const viewer = this.staff();
    return this.context.em.find(Post, villageCodeFilter(actingScope(viewer)) as never, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: 100,
    });
  }

  async save(id: string | null, input: PostInput): Promise<Post> {
    const viewer = this.staff();
    const data = validate(postInputSchema, input);
    const em = this.context.em;
    let post = id && isUuid(id) ? await em.findOne(Post, { id }) : null;
    if (id && (!post || !canWriteFor(viewer, post.villageCode))) throw notFound();
    const villageCode = post ? post.villageCode : villageForNewContent(viewer, data.villageCode);
    if (!canWriteFor(viewer, villageCode))
      throw new ForbiddenError({ id: 'Anda tidak bertugas di desa ini', en: 'You do not work for this village' });
    const clash = await em.findOne(Post, { slug: data.slug });
    if (clash && clash.id !== id) throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
    const { villageCode: _named, ...fields } = data;
    post ??= em.create(Post, { ...fields, villageCode, authorId: viewer.userId });
    Object.assign(post, {
      ...fields,
      coverKey: fields.coverKey ?? null,
      eventAt: fields.eventAt ?? null,
      place: fields.place ?? null,
    });
    await em.flush();
    return post;
  }

  async setPublished(id: string, published: boolean): Promise<Post> {
    const viewer = this.staff();
    const post = isUuid(id) ? await this.context.em.findOne(Post, { id }) : null;
    if (!post || !canWriteFor(viewer, post.villageCode)) throw notFound();
    post.publishedAt = published ? (post.publishedAt ?? new Date()) : null;
    await this.context.em.flush();
    return post;
  }

  private staff(): Viewer {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    return viewer;
  }
}
