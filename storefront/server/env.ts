import { parseEnv } from '../app/server/env.server.js';

/** What the Express server needs from the storefront's one environment schema (app/server/env.server.ts). */
export interface ServerEnv {
  mode: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicOrigin: string | null;
  https: boolean;
  trustProxy: boolean | number | string;
  pageCacheTtlMs: number;
}

export function parseServerEnv(source: NodeJS.ProcessEnv): ServerEnv {
  const env = parseEnv(source);
  return {
    mode: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicOrigin: env.STOREFRONT_URL ? new URL(env.STOREFRONT_URL).origin : null,
    // Same rule as the session cookie: secure cookies mean the site is served over HTTPS.
    https: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    pageCacheTtlMs: env.PAGE_CACHE_TTL_MS,
  };
}
