import { z } from 'zod';

/** Variables every subgraph reads. Each service extends this with its own. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().default('postgresql://postgres:postgres@127.0.0.1:5432/kampung'),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('dev-only-secret-change-me-0123456789abcdef'),
  JWT_ISSUER: z.string().default('smart-kampung-accounts'),
  /** Accounts' public keys for people's access tokens (EdDSA); default: beside ACCOUNTS_URL (decision 034). */
  JWT_JWKS_URL: z.string().url().optional(),
  /** The accounts subgraph (several services call it; its JWKS is served beside it). */
  ACCOUNTS_URL: z.string().url().optional(),
  /** Transition from shared-secret user tokens: also accept HS256 ones (default true; service tokens are HS256 regardless). */
  JWT_ACCEPT_HS256: z.stringbool().optional(),
  MIGRATE_ON_START: z.stringbool().default(true),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;

/**
 * Parses `process.env` once at start-up. A missing or bad value stops the service with a
 * message naming the variable; in production the development JWT secret is refused.
 */
export function parseEnv<S extends z.ZodType<BaseEnv>>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === baseEnvSchema.shape.JWT_SECRET.parse(undefined)) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: set a secret of your own in production');
  }
  return env;
}

/** Port from `<NAME>_PORT` or `PORT`, else the default from DESIGN.md. */
export const portSchema = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
