import { SUBGRAPH_REGISTRY, baseEnvSchema, parseEnv } from '@kampung/shared';
import { z } from 'zod';

type UrlVariable = (typeof SUBGRAPH_REGISTRY)[number]['urlVariable'];
/** `ACCOUNTS_URL`, …: one optional override per registry subgraph of the URL the supergraph names. */
const subgraphUrlOverrides = Object.fromEntries(
  SUBGRAPH_REGISTRY.map(({ urlVariable }) => [urlVariable, z.string().url().optional()]),
) as Record<UrlVariable, z.ZodOptional<z.ZodString>>;

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  /** Estimated fields an operation may resolve: list and connection fields count once per item asked for. */
  MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(30_000),
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(100).default(15),
  MAX_OPERATIONS: z.coerce.number().int().min(1).max(100).default(10),
  /** Largest request body, in bytes; above it the gateway answers 413. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  /** Anonymous query results are served again for this long (0 = off); mutations empty the cache. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(2_000),
  /** Peers whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated): the storefront, a load balancer. */
  TRUSTED_PROXIES: z.string().default('127.0.0.0/8,::1'),
  /** How long the gateway believes a sign-in session is live before asking accounts again: the revocation delay on other replicas. */
  SESSION_CHECK_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  /** Request budgets (decision 024, README "Rate limits"): per user when signed in, per client address otherwise; 0 turns a budget off. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(1200),
  RATE_LIMIT_REQUESTS_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_MUTATIONS: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_MUTATIONS_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Sign-in, sign-up, password and one-time-code mutations, tracking look-ups. */
  RATE_LIMIT_SENSITIVE: z.coerce.number().int().min(0).default(30),
  RATE_LIMIT_SENSITIVE_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Client addresses never counted (comma-separated addresses or CIDR ranges): the machine itself by default. */
  RATE_LIMIT_EXEMPT: z.string().default('127.0.0.0/8,::1'),
  /** Where the counters live: `postgres` (shared by every replica) or `memory` (this process only). */
  RATE_LIMIT_STORE: z.enum(['postgres', 'memory']).default('postgres'),
  /** PostgreSQL without a transaction pooler in between, for LISTEN (replicas' shared state); default DATABASE_URL. */
  DATABASE_DIRECT_URL: z.string().url().optional(),
  /** Where replicas share sign-outs and cache invalidations: `postgres` (LISTEN/NOTIFY, decision 036) or `memory` (this process only). */
  SHARED_STATE_STORE: z.enum(['postgres', 'memory']).default('postgres'),
  /** How long every replica answers a refresh token's renewal again instead of renewing twice (0 = off; needs the postgres store). */
  SESSION_RENEWAL_MEMORY_MS: z.coerce.number().int().min(0).max(3_600_000).default(300_000),
  SUPERGRAPH_PATH: z.string().optional(),
  ...subgraphUrlOverrides,
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv =>
  parseEnv(gatewayEnvSchema, { ...source, PORT: source.GATEWAY_PORT ?? source.PORT });
