import { describe, expect, inject, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

describe('village information (posts)', () => {
  it('lists seeded published posts publicly, and lets staff write and publish one', async () => {
    const listed = await callApi(graphql('{ posts { slug kind } }'));
    expect(listed.data?.posts.length).toBeGreaterThanOrEqual(4);
    const events = await callApi(graphql('{ posts(kind: EVENT) { kind eventAt place } }'));
    expect(events.data?.posts.every((p) => p.kind === 'EVENT' && p.eventAt && p.place)).toBe(true);

    const staff = await signIn(DEMO.staff);
    const slug = `kerja-bakti-${Date.now()}`;
    const SAVE = graphql('mutation($input: PostInput!) { savePost(input: $input) { id publishedAt } }');
    const input = {
      slug,
      kind: 'NEWS' as const,
      title: 'Kerja bakti dusun',
      summary: 'Minggu pagi',
      body: 'Membersihkan saluran air.',
    };
    const citizen = await signUpFresh('info');
    expect((await callApi(SAVE, { input }, { token: citizen.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await callApi(SAVE, { input }, { token: staff });
    expect(saved.data?.savePost.publishedAt).toBeNull();
    expect((await callApi(graphql('query($s: String!) { post(slug: $s) { id } }'), { s: slug })).data?.post).toBeNull();
    await callApi(
      graphql('mutation($id: ID!) { setPostPublished(id: $id, published: true) { id } }'),
      { id: saved.data!.savePost.id },
      { token: staff },
    );
    expect(
      (await callApi(graphql('query($s: String!) { post(slug: $s) { title } }'), { s: slug })).data?.post!.title,
    ).toBe('Kerja bakti dusun');
  });
});

describe('training', () => {
  it('enrols a user, records modules done, and shows staff the counts', async () => {
    const COURSE = graphql(
      'query { course(slug: "pelayanan-prima-staf-desa") { id modules { id } myProgress { enrolled done total } } }',
    );
    const user = await signUpFresh('latih');
    const before = (await callApi(COURSE, {}, { token: user.token })).data!.course!;
    expect(before.myProgress!.enrolled).toBe(false);
    const DONE = graphql('mutation($id: ID!) { markModuleDone(moduleId: $id) { id } }');
    expect(
      (await callApi(DONE, { id: before.modules[0]!.id }, { token: user.token })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    await callApi(
      graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }'),
      { id: before.id },
      { token: user.token },
    );
    const STATS = graphql('{ courses { slug stats { enrolments completions } } }');
    const staff = await signIn(DEMO.staff);
    const statsOf = async () =>
      (await callApi(STATS, {}, { token: staff })).data!.courses.find((c) => c.slug === 'pelayanan-prima-staf-desa')!
        .stats!;
    const enrolled = await statsOf();
    for (const module of before.modules) await callApi(DONE, { id: module.id }, { token: user.token });
    await callApi(DONE, { id: before.modules[0]!.id }, { token: user.token });
    const after = (await callApi(COURSE, {}, { token: user.token })).data!.course!.myProgress!;
    expect(after.done.sort()).toEqual(before.modules.map((m) => m.id).sort());
    expect(after.total).toBe(before.modules.length);
    const completed = await statsOf();
    expect(completed.completions).toBe(enrolled.completions + 1);
    expect((await callApi(STATS, {}, { token: user.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('curating courses and covers', () => {
  it('lets staff create a course with modules and edit it, keeping module ids by position', async () => {
    const staff = await signIn(DEMO.staff);
    const SAVE = graphql(
      'mutation($id: ID, $input: CourseInput!) { saveCourse(id: $id, input: $input) { id modules { id title } } }',
    );
    const slug = `kelas-uji-${Date.now()}`;
    const input = {
      slug,
      title: 'Kelas uji',
      summary: 'Uji',
      audience: 'PUBLIC' as const,
      published: true,
      modules: [
        { title: 'Satu', kind: 'TEXT' as const, body: 'a' },
        { title: 'Dua', kind: 'VIDEO' as const, url: 'https://example.org/v' },
      ],
    };
    const user = await signUpFresh('latih');
    expect((await callApi(SAVE, { input }, { token: user.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = (await callApi(SAVE, { input }, { token: staff })).data!.saveCourse;
    expect(created.modules).toHaveLength(2);
    const edited = (
      await callApi(
        SAVE,
        { id: created.id, input: { ...input, modules: [{ title: 'Satu (baru)', kind: 'TEXT' as const, body: 'b' }] } },
        { token: staff },
      )
    ).data!.saveCourse;
    expect(edited.modules).toEqual([{ id: created.modules[0]!.id, title: 'Satu (baru)' }]);
    const bad = await callApi(SAVE, { input: { ...input, slug: `${slug}-2`, modules: [] } }, { token: staff });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores a post cover for staff only, images only, and serves it publicly', async () => {
    const base = inject('system').subgraphUrls.services!.replace(/\/graphql$/, '');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const post = (token: string, body: Buffer) =>
      fetch(`${base}/uploads/cover`, {
        method: 'POST',
        body: new Uint8Array(body),
        headers: { authorization: `Bearer ${token}` },
      });
    const citizen = await signUpFresh('info');
    expect((await post(citizen.token, png)).status).toBe(403);
    const staff = await signIn(DEMO.staff);
    expect((await post(staff, Buffer.from('%PDF-1.4'))).status).toBe(415);
    const stored = await post(staff, png);
    expect(stored.status).toBe(201);
    const { key } = (await stored.json()) as { key: string };
    expect(key).toMatch(/^covers\/.+\.png$/);
    const gateway = inject('system').gatewayUrl.replace(/\/graphql$/, '');
    const served = await fetch(`${gateway}/files/services/${key}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
  });
});
