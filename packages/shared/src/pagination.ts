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

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify({ v: cursor.value, i: cursor.id })).toString('base64url');

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { value: parsed.v, id: parsed.i };
  } catch {
    throw UserInputError.field('after', { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' });
  }
}

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
