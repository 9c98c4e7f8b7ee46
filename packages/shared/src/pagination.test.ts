import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { UserInputError } from './errors.js';
import {
  decodeCursor,
  emptyConnection,
  encodeCursor,
  keysetPage,
  keysetWhere,
  mapConnection,
  type Connection,
  type KeysetPageOptions,
} from './pagination.js';
import { testOrm } from './test-orm.js';

@Entity({ tableName: 'items' })
class Item {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string' })
  name: string;

  @Property({ type: 'string' })
  colour: string;

  @Property({ type: 'Date' })
  createdAt: Date;
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, minute));
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// Two rows share a time and two share a name: the id has to break the tie.
const ROWS = [
  { id: uuid(1), name: 'Batik', colour: 'red', createdAt: at(1) },
  { id: uuid(2), name: 'Kopi', colour: 'red', createdAt: at(3) },
  { id: uuid(3), name: 'Batik', colour: 'blue', createdAt: at(3) },
  { id: uuid(4), name: 'Anyaman', colour: 'red', createdAt: at(2) },
  { id: uuid(5), name: 'Madu', colour: 'red', createdAt: at(5) },
  { id: uuid(6), name: 'Gula', colour: 'red', createdAt: at(4) },
];

let db: Awaited<ReturnType<typeof testOrm>>;
beforeAll(async () => {
  db = await testOrm(
    inject('databaseUrl'),
    [Item],
    `create table items (id uuid primary key, name text not null, colour text not null, created_at timestamptz(3) not null);`,
  );
  await db.orm.em.fork().insertMany(Item, ROWS);
});
afterAll(() => db?.close());

/** Every page, following `endCursor`, as lists of ids. */
async function allPages(options: Omit<KeysetPageOptions<Item>, 'after'>): Promise<Connection<Item>[]> {
  const pages: Connection<Item>[] = [];
  let after: string | null = null;
  do {
    const page: Connection<Item> = await keysetPage(db.orm.em.fork(), Item, { ...options, after });
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}
const ids = (pages: Connection<Item>[]) => pages.map((page) => page.edges.map((edge) => edge.node.id));

describe('keysetPage', () => {
  it('pages newest first on (createdAt, id) by default, with the count of the whole list', async () => {
    const pages = await allPages({ where: {}, first: 2 });
    expect(ids(pages)).toEqual([
      [uuid(5), uuid(6)],
      [uuid(3), uuid(2)],
      [uuid(4), uuid(1)],
    ]);
    expect(pages.map((page) => page.totalCount)).toEqual([6, 6, 6]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
  });

  it('keeps the where-clause on every page and in the count', async () => {
    const pages = await allPages({ where: { colour: 'red' }, first: 4 });
    expect(ids(pages)).toEqual([[uuid(5), uuid(6), uuid(2), uuid(4)], [uuid(1)]]);
    expect(pages[0]!.totalCount).toBe(5);
  });

  it('pages ascending on a text column, ties broken by id', async () => {
    const pages = await allPages({ where: {}, first: 2, field: 'name', direction: 'asc', kind: 'text' });
    expect(ids(pages)).toEqual([
      [uuid(4), uuid(1)],
      [uuid(3), uuid(6)],
      [uuid(2), uuid(5)],
    ]);
  });

  it('pages ascending on a date column', async () => {
    const pages = await allPages({ where: {}, first: 4, direction: 'asc' });
    expect(ids(pages)).toEqual([
      [uuid(1), uuid(4), uuid(2), uuid(3)],
      [uuid(6), uuid(5)],
    ]);
  });

  it('writes the cursor format clients already hold: base64url of {v: ISO time or text, i: id}', async () => {
    const page = await keysetPage(db.orm.em.fork(), Item, { where: {}, first: 1 });
    const cursor = page.pageInfo.endCursor!;
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual({
      v: at(5).toISOString(),
      i: uuid(5),
    });
    expect(page.edges[0]!.cursor).toBe(cursor);
    const byName = await keysetPage(db.orm.em.fork(), Item, {
      where: {},
      first: 1,
      field: 'name',
      direction: 'asc',
      kind: 'text',
    });
    expect(decodeCursor(byName.pageInfo.endCursor)).toEqual({ value: 'Anyaman', id: uuid(4) });
  });

  it('answers an empty page past the end with no end cursor', async () => {
    const after = encodeCursor({ value: at(0).toISOString(), id: uuid(0) });
    const page = await keysetPage(db.orm.em.fork(), Item, { where: {}, after });
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 6 });
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['an id that is no uuid', encodeCursor({ value: at(1).toISOString(), id: 'x' })],
    ['a date that is no date', encodeCursor({ value: 'yesterday', id: uuid(1) })],
  ])('refuses a forged cursor (%s) with BAD_USER_INPUT on `after`', async (_, after) => {
    const error = await keysetPage(db.orm.em.fork(), Item, { where: {}, after }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields).toEqual([
      { field: 'after', message: 'Kursor halaman tidak valid', messageEn: 'Page cursor is not valid' },
    ]);
  });

  it.each([0, 101, 1.5])('refuses first = %s with BAD_USER_INPUT on `first`', async (first) => {
    const error = await keysetPage(db.orm.em.fork(), Item, { where: {}, first }).catch((e: unknown) => e);
    expect((error as UserInputError).fields?.[0]?.field).toBe('first');
  });

  it('loads the page and the count only: two queries', async () => {
    const em = db.orm.em.fork();
    const find = em.find.bind(em);
    const count = em.count.bind(em);
    let calls = 0;
    em.find = ((...args: Parameters<typeof find>) => (calls++, find(...args))) as typeof em.find;
    em.count = ((...args: Parameters<typeof count>) => (calls++, count(...args))) as typeof em.count;
    await keysetPage(em, Item, { where: {}, first: 3 });
    expect(calls).toBe(2);
  });
});

describe('keysetWhere', () => {
  it('is empty without a cursor and uses $gt ascending', () => {
    expect(keysetWhere(null)).toEqual({});
    expect(
      keysetWhere<Item>({ value: 'Kopi', id: uuid(2) }, { field: 'name', direction: 'asc', kind: 'text' }),
    ).toEqual({
      $or: [{ name: { $gt: 'Kopi' } }, { name: 'Kopi', id: { $gt: uuid(2) } }],
    });
  });
});

describe('mapConnection and emptyConnection', () => {
  it('maps nodes and keeps cursors and counts', async () => {
    const page = await keysetPage(db.orm.em.fork(), Item, { where: {}, first: 2 });
    const mapped = mapConnection(page, (item) => item.name.toUpperCase());
    expect(mapped.edges.map((edge) => edge.node)).toEqual(['MADU', 'GULA']);
    expect(mapped.edges.map((edge) => edge.cursor)).toEqual(page.edges.map((edge) => edge.cursor));
    expect(mapped.pageInfo).toEqual(page.pageInfo);
    expect(mapped.totalCount).toBe(6);
  });

  it('has no rows', () => {
    expect(emptyConnection()).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });
});
