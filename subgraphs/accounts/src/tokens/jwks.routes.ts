import { sendJson, type Route, type SubgraphServices } from '@kampung/shared';
import type { AccountsEnv } from '../env.js';
import { accessTokenKeysOf } from './access-token-keys.js';

/**
 * `GET /.well-known/jwks.json`: the public keys access tokens are checked with (the gateway,
 * the subgraphs, or a standard router). Cached briefly: a key rotation publishes the new key
 * before signing with it (decision 034).
 */
export const jwksRoutes = ({ env }: SubgraphServices<AccountsEnv>): Record<string, Route> => ({
  'GET /.well-known/jwks.json': async (_req, res) => {
    const { jwks } = await accessTokenKeysOf(env);
    sendJson(res, 200, jwks, { 'cache-control': 'public, max-age=300' });
  },
});
