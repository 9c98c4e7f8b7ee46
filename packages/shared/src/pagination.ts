import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { UserInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Shared by every subgraph that pages a list, hence `@shareable`. */
@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Makes the `XConnection` and `XEdge` object types for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/** A keyset position: the sort value and the id that breaks ties. */
export interface Cursor {
  value: string;
  id: string;
}

const cursorSchema = z.object({ v: z.string(), i: z.string().uuid() });
const BAD_CURSOR = { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' };

/** An opaque cursor: base64url of `{"v": value, "i": id}`. */
export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify({ v: cursor.value, i: cursor.id })).toString('base64url');

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { value: parsed.v, id: parsed.i };
  } catch {
    throw UserInputError.field('after', BAD_CURSOR);
  }
}

/** `first` checked: 1–100, 20 when not given; otherwise BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw UserInputError.field('first', {
      id: `Jumlah per halaman harus 1–${MAX_PAGE_SIZE}`,
      en: `Page size must be between 1 and ${MAX_PAGE_SIZE}`,
    });
  }
  return size;
}

/** Builds a connection from `size + 1` rows fetched in cursor order. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorValue: (row: T) => string,
): Connection<T> {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ node, cursor: encodeCursor({ value: cursorValue(node), id: node.id }) })),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor({ value: cursorValue(last), id: last.id }) : null,
    },
    totalCount,
  };
}

/** A connection with no rows (e.g. the list of an id that cannot exist). */
export const emptyConnection = <T extends { id: string }>(): Connection<T> => toConnection<T>([], 0, 0, () => '');

/** The same page with every node turned into what the API shows (cursors stay those of the rows). */
export function mapConnection<T, U>(connection: Connection<T>, toNode: (node: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })) };
}

/** The order of a keyset page: one column, then `id` in the same direction to break ties. */
export interface KeysetOrder<T> {
  /** Entity property sorted on (default `createdAt`). */
  field?: keyof T & string;
  /** Default `desc`: newest first. */
  direction?: 'asc' | 'desc';
  /** `date` (default): the cursor carries the timestamp as ISO text; `text`: the value as it is. */
  kind?: 'date' | 'text';
}

const orderOf = <T>(order: KeysetOrder<T>) => ({
  field: order.field ?? 'createdAt',
  direction: order.direction ?? 'desc',
  kind: order.kind ?? 'date',
});

/**
 * The where-clause for the rows after `cursor` in `field <direction>, id <direction>` order
 * (an empty object without a cursor). A date cursor that is not a date is BAD_USER_INPUT on `after`.
 */
export function keysetWhere<T>(cursor: Cursor | null, order: KeysetOrder<T> = {}): FilterQuery<T> {
  if (!cursor) return {} as FilterQuery<T>;
  const { field, direction, kind } = orderOf(order);
  const value = kind === 'date' ? new Date(cursor.value) : cursor.value;
  if (value instanceof Date && Number.isNaN(value.getTime())) throw UserInputError.field('after', BAD_CURSOR);
  const beyond = direction === 'desc' ? '$lt' : '$gt';
  return {
    $or: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: cursor.id } }],
  } as FilterQuery<T>;
}

export interface KeysetPageOptions<T> extends KeysetOrder<T> {
  /** The rows of the list (all pages); `totalCount` counts them. */
  where: FilterQuery<T>;
  first?: number | null;
  after?: string | null;
  /** Relations to load with the page's rows. */
  populate?: readonly string[];
}

/**
 * One page of a list by keyset pagination: checks `first` (`pageSize`) and `after`
 * (`decodeCursor`), fetches `first + 1` rows after the cursor in `field, id` order and counts
 * the whole list, both at once, and builds the connection.
 *
 * ```ts
 * // newest first, on (created_at, id)
 * keysetPage(em, Order, { where: { buyerId }, first, after });
 * // soonest first, on (due_at, id); alphabetical: { field: 'name', direction: 'asc', kind: 'text' }
 * keysetPage(em, ServiceRequest, { where, first, after, field: 'dueAt', direction: 'asc' });
 * ```
 *
 * Map the nodes afterwards with `mapConnection`. Keep an index on `(field, id)` (with the
 * list's filter columns first) so that PostgreSQL reads only the page.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  options: KeysetPageOptions<T>,
): Promise<Connection<T>> {
  const size = pageSize(options.first);
  const cursor = decodeCursor(options.after);
  const { field, direction } = orderOf<T>(options);
  const where = options.where;
  const page = (cursor ? { $and: [where, keysetWhere<T>(cursor, options)] } : where) as FilterQuery<T>;
  const find = {
    orderBy: { [field]: direction, id: direction },
    limit: size + 1,
    ...(options.populate ? { populate: options.populate } : {}),
  } as FindOptions<T>;
  const [rows, total] = await Promise.all([em.find(entity, page, find), em.count(entity, where)]);
  return toConnection(rows as T[], size, total, (row) => cursorText(row[field as keyof T]));
}

const cursorText = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));
