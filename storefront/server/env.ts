import { z } from 'zod';

/** `TRUST_PROXY` as Express's `trust proxy` setting: a hop count, true/false, or addresses/subnets. */
const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((value): boolean | number | string => {
    if (!value || value === 'false') return false;
    if (value === 'true') return true;
    return /^\d+$/.test(value) ? Number(value) : value;
  });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The public address people type; form posts from it are same-origin even behind a proxy that rewrites Host. */
  STOREFRONT_URL: z.url().optional(),
  /** Same rule as the session cookie (session.server.ts): secure cookies mean the site is served over HTTPS. */
  COOKIE_SECURE: z.stringbool().optional(),
  TRUST_PROXY: trustProxy,
  /** Pages for visitors without a session or cart are replayed this long (0 = off): server/page-cache.ts. */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
});

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
  const result = schema.safeParse(source);
  if (!result.success) throw new Error(`Invalid storefront environment:\n${z.prettifyError(result.error)}`);
  const env = result.data;
  return {
    mode: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicOrigin: env.STOREFRONT_URL ? new URL(env.STOREFRONT_URL).origin : null,
    https: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    pageCacheTtlMs: env.PAGE_CACHE_TTL_MS,
  };
}
