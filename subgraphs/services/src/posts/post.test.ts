import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { subgraph } from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const TAMPO = '35.10.06.2002';
let services: SubgraphUnderTest<ServicesEnv>;

const token = (memberships: Membership[], roles: Role[] = ['BUYER', 'STAFF']) =>
  signUserToken(
    { userId: randomUUID(), roles, memberships },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const staffOf = (village: string) => token([{ role: 'VILLAGE_STAFF', place: village }]);
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  services.orm.em.getConnection().execute(text, params);

const SAVE_POST = `mutation($id: ID, $input: PostInput!) { savePost(id: $id, input: $input) { id slug villageCode } }`;
const PUBLISH = `mutation($id: ID!) { setPostPublished(id: $id, published: true) { id } }`;
const POST = `query($slug: String!) { post(slug: $slug) { id } }`;
const POSTS = `query($v: String) { posts(villageCode: $v) { slug } }`;
const STAFF_POSTS = `{ staffPosts { slug } }`;
const SAVE_COURSE = `mutation($id: ID, $input: CourseInput!) { saveCourse(id: $id, input: $input) { id villageCode } }`;
const COURSES = `query($v: String) { courses(villageCode: $v) { slug } }`;

const postInput = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  kind: 'NEWS',
  title: 'Kerja bakti',
  summary: 'Kerja bakti dusun',
  body: 'Minggu pagi.',
  ...extra,
});
const courseInput = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: 'Foto produk',
  summary: 'Memotret produk',
  audience: 'UMKM',
  published: false,
  modules: [{ title: 'Cahaya', kind: 'TEXT', body: 'Dekat jendela.' }],
  ...extra,
});

beforeAll(async () => {
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
});
afterAll(() => services?.close());

describe('posts by village', () => {
  it('belong to the author’s village; another village’s staff cannot read the draft, edit or publish it (NOT_FOUND, nothing written)', async () => {
    const sembulung = await staffOf(SEMBULUNG);
    const tampo = await staffOf(TAMPO);
    const saved = await services.request<{ savePost: { id: string; villageCode: string } }>(
      SAVE_POST,
      { input: postInput('kerja-bakti-sembulung') },
      sembulung,
    );
    expect(saved.data!.savePost.villageCode).toBe(SEMBULUNG);
    const id = saved.data!.savePost.id;

    expect(
      (await services.request<{ post: null }>(POST, { slug: 'kerja-bakti-sembulung' }, tampo)).data!.post,
    ).toBeNull();
    expect(
      (await services.request<{ staffPosts: { slug: string }[] }>(STAFF_POSTS, {}, tampo)).data!.staffPosts,
    ).toEqual([]);
    const edit = await services.request(SAVE_POST, { id, input: postInput('dibajak', { title: 'Dibajak' }) }, tampo);
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await services.request(PUBLISH, { id }, tampo)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forOther = await services.request(
      SAVE_POST,
      { input: postInput('untuk-sembulung', { villageCode: SEMBULUNG }) },
      tampo,
    );
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await sql<{ title: string; slug: string; published_at: Date | null }>(
      'select title, slug, published_at from services.posts where id = ?',
      [id],
    );
    expect(row).toEqual({ title: 'Kerja bakti', slug: 'kerja-bakti-sembulung', published_at: null });
    const [{ n }] = (await sql<{ n: number }>(
      `select count(*)::int as n from services.posts where slug = 'untuk-sembulung'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('public lists filter by village; regency-wide posts are the regency admin’s', async () => {
    const sembulung = await staffOf(SEMBULUNG);
    const saved = await services.request<{ savePost: { id: string } }>(
      SAVE_POST,
      { input: postInput('panen-raya') },
      sembulung,
    );
    await services.request(PUBLISH, { id: saved.data!.savePost.id }, sembulung);
    const slugs = async (v: string) =>
      (await services.request<{ posts: { slug: string }[] }>(POSTS, { v })).data!.posts.map((p) => p.slug);
    expect(await slugs(SEMBULUNG)).toContain('panen-raya');
    expect(await slugs(TAMPO)).not.toContain('panen-raya');

    const admin = await token([{ role: 'REGENCY_ADMIN', place: '35.10' }], ['BUYER', 'STAFF', 'ADMIN']);
    const regency = await services.request<{ savePost: { villageCode: string | null } }>(
      SAVE_POST,
      { input: postInput('festival-kabupaten') },
      admin,
    );
    expect(regency.data!.savePost.villageCode).toBeNull();
  });
});

describe('courses by village', () => {
  it('drafts stay in their village; another village’s staff cannot edit (NOT_FOUND, nothing written)', async () => {
    const tampo = await staffOf(TAMPO);
    const saved = await services.request<{ saveCourse: { id: string; villageCode: string } }>(
      SAVE_COURSE,
      { input: courseInput('foto-produk-tampo') },
      tampo,
    );
    expect(saved.data!.saveCourse.villageCode).toBe(TAMPO);
    const id = saved.data!.saveCourse.id;
    const sembulung = await staffOf(SEMBULUNG);
    const list = await services.request<{ courses: { slug: string }[] }>(COURSES, {}, sembulung);
    expect(list.data!.courses.map((c) => c.slug)).not.toContain('foto-produk-tampo');
    const edit = await services.request(
      SAVE_COURSE,
      { id, input: courseInput('foto-produk-tampo', { title: 'Dibajak' }) },
      sembulung,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await sql<{ title: string }>('select title from services.courses where id = ?', [id]);
    expect(row!.title).toBe('Foto produk');
    const own = await services.request<{ courses: { slug: string }[] }>(COURSES, { v: TAMPO }, tampo);
    expect(own.data!.courses.map((c) => c.slug)).toEqual(['foto-produk-tampo']);
  });
});
