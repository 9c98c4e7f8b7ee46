import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { AccountsEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/places';

/** Documents typed and checked against subgraphs/places/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const VILLAGE = graphql(`
  query Village($code: String!) {
    village(code: $code) {
      code
      name
      online
    }
  }
`);

const REGION = graphql(`
  query Region($code: String!) {
    region(code: $code) {
      code
      level
    }
  }
`);

export type PlaceLevel = 'PROVINCE' | 'REGENCY' | 'DISTRICT' | 'VILLAGE';

const notFound = (error: unknown): boolean =>
  (error as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND';

/** The places subgraph's public lookups, called directly with the accounts service token. */
export class PlacesClient {
  private readonly client: InternalClient;
  constructor(private readonly env: AccountsEnv) {
    this.client = new InternalClient('accounts', jwtConfigOf(env));
  }

  /** A village of the regency by code; null when places knows none. */
  async village(code: string): Promise<{ code: string; name: string; online: boolean } | null> {
    try {
      return (await this.client.send(this.env.PLACES_URL, VILLAGE, { code })).village;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  /** A region of Indonesia by code with its level; null when there is none. */
  async region(code: string): Promise<{ code: string; level: PlaceLevel } | null> {
    try {
      return (await this.client.send(this.env.PLACES_URL, REGION, { code })).region;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }
}
