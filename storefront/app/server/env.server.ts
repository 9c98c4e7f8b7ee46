import type { CookieOptions } from '@remix-run/node';
import { z } from 'zod';

const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me';

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

/**
 * The storefront's one environment schema, read by the Remix app (this folder) and by its
 * Express server (storefront/server/env.ts). An unset NODE_ENV means production: the safe
 * side (a real SESSION_SECRET, Secure cookies, HSTS, no stack traces); `remix vite:dev`,
 * `npm start` and the tests set it.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    /** The storefront's one way in: queries, uploads (`/uploads/…`) and files (`/files/…`) all go through the gateway. */
    GATEWAY_URL: z.url().default('http://localhost:4000/graphql'),
    SESSION_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Secure cookies need HTTPS; off only for plain-http local runs (npm start, tests). Also turns on HSTS. */
    COOKIE_SECURE: z.stringbool().optional(),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** The public address people type; form posts from it are same-origin even behind a proxy that rewrites Host. */
    STOREFRONT_URL: z.url().optional(),
    TRUST_PROXY: trustProxy,
    /** Pages for visitors without a session or cart are replayed this long (0 = off): server/page-cache.ts. */
    PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
  })
  .transform((env) => ({
    ...env,
    gatewayBase: env.GATEWAY_URL.replace(/\/graphql\/?$/, ''),
    SESSION_SECRET: env.SESSION_SECRET ?? DEV_SESSION_SECRET,
    COOKIE_SECURE: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
  }));

export type Env = z.infer<typeof schema>;

/** Parses an environment, or throws naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid storefront environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** What every cookie of ours shares: httpOnly, SameSite=Lax, signed, Secure over HTTPS, 30 days. */
export const signedCookieOptions: CookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: env.COOKIE_SECURE,
  secrets: [env.SESSION_SECRET],
  maxAge: 60 * 60 * 24 * 30,
};
