import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Connection } from '@kampung/shared';

/**
 * Stand-in for the shared `connectionType` until the shared `PageInfo` is `@shareable`:
 * every subgraph with a list defines PageInfo, and composition refuses it otherwise. The
 * printed SDL is the same as with that fix, so switching back changes nothing.
 */
@Directive('@shareable')
@ObjectType('PageInfo')
class ShareablePageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

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

    @Field(() => ShareablePageInfo)
    pageInfo: ShareablePageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}
