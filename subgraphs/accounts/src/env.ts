import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const DEVELOPMENT_KEY_FILE = path.join(repoRoot, '.data', 'keys', 'access-token-ed25519.pem');

export const accountsEnvSchema = baseEnvSchema.extend({
  /** The places subgraph: whether a village code names a village of the regency. */
  PLACES_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
  /** Links in account messages (password reset, contact change) point here. */
  STOREFRONT_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Where the outbox relay hands account events (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
  /** The Ed25519 key access tokens are signed with (PKCS#8 PEM or JWK); required in production (decision 034). Empty = unset. */
  JWT_PRIVATE_KEY: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined),
  /** Other public keys the JWKS lists: the next one before a rotation, the previous one after it. */
  JWT_PUBLISHED_KEYS: z.string().optional(),
  /**
   * Without JWT_PRIVATE_KEY: the key generated here on first start (default outside production:
   * `.data/keys/`). In production only when set explicitly, for one accounts process with a volume.
   */
  JWT_KEY_FILE: z.string().min(1).optional(),
});

export type AccountsEnv = z.infer<typeof accountsEnvSchema>;
export type AccountsContext = RequestContext<AccountsEnv>;
