import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada, type ResultOf } from 'gql.tada';
import type { SellersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/places';

/** Documents typed and checked against subgraphs/places/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const VILLAGE = graphql(`
  query Village($code: String!) {
    village(code: $code) {
      code
      name
      districtCode
      district {
        name
      }
    }
  }
`);

export type PlacesVillage = ResultOf<typeof VILLAGE>['village'];

/** The places subgraph's public village lookup, called directly with the sellers service token. */
export class PlacesClient {
  private readonly client: InternalClient;
  constructor(private readonly env: SellersEnv) {
    this.client = new InternalClient('sellers', jwtConfigOf(env));
  }

  /** The village of the regency with this code, or null when places knows none (its NOT_FOUND). */
  async village(code: string): Promise<PlacesVillage | null> {
    try {
      return (await this.client.send(this.env.PLACES_URL, VILLAGE, { code })).village;
    } catch (error) {
      if ((error as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
