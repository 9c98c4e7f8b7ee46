import type { ApolloServerPlugin, BaseContext, HeaderMap as HeaderMapType } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { TooManyRequestsError, type Logger, type Viewer } from '@kampung/shared';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BlockList, isIP } from 'node:net';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { GatewayEnv } from './env.js';

/**
 * Request budgets, counted at the gateway for every replica at once (decision 024):
 * - `requests`: every operation, reads included;
 * - `mutations`: every mutation besides;
 * - `sensitive`: sign-in, sign-up, password and one-time-code mutations and the guessable
 *   tracking look-up (a code and four NIK digits), the tightest.
 * Signed-in callers are counted per user, anonymous ones per client address (an IPv6 /64 as one).
 */
export type Bucket = 'requests' | 'mutations' | 'sensitive';
export const BUCKETS: readonly Bucket[] = ['requests', 'mutations', 'sensitive'];

export interface Budget {
  points: number;
  durationSeconds: number;
}

export type RateLimitPolicy = Record<Bucket, Budget>;

/** Root fields that are cheap to abuse: credentials, one-time codes, guessable look-ups. */
const SENSITIVE_FIELDS = new Set(['signIn', 'signUp', 'trackServiceRequest']);
const SENSITIVE_PATTERN = /password|otp|oneTimeCode|verificationCode/i;

export const isSensitiveField = (name: string): boolean => SENSITIVE_FIELDS.has(name) || SENSITIVE_PATTERN.test(name);

function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
  into: Set<string>,
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, fragments, seen, into);
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      rootFieldNames(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]), into);
    }
  }
  return into;
}

/** The budgets one operation is counted against. */
export function bucketsOf(operation: OperationDefinitionNode, document: DocumentNode): Bucket[] {
  const buckets: Bucket[] = ['requests'];
  if (operation.operation === 'mutation') buckets.push('mutations');
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fields = rootFieldNames(operation.selectionSet, fragments, new Set(), new Set());
  if ([...fields].some(isSensitiveField)) buckets.push('sensitive');
  return buckets;
}

/** An IPv6 address's /64 (one subscriber's line), or the IPv4 address itself. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Whom a request is counted against, or null when it is not counted (an exempt address, another subgraph). */
export function rateLimitKey(viewer: Viewer | null, clientAddress: string | null, exempt: BlockList): string | null {
  if (viewer?.service) return null;
  if (clientAddress && exempt.check(clientAddress, isIP(clientAddress) === 6 ? 'ipv6' : 'ipv4')) return null;
  if (viewer) return `user:${viewer.userId}`;
  return `address:${clientAddress ? addressKey(clientAddress) : 'unknown'}`;
}

export function parseAddressList(list: string): BlockList {
  const blocks = new BlockList();
  for (const entry of list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(address)) throw new Error(`not an address or CIDR range: ${entry}`);
    if (prefix === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(prefix), type);
  }
  return blocks;
}

export function policyFromEnv(env: GatewayEnv): RateLimitPolicy {
  return {
    requests: { points: env.RATE_LIMIT_REQUESTS, durationSeconds: env.RATE_LIMIT_REQUESTS_WINDOW_S },
    mutations: { points: env.RATE_LIMIT_MUTATIONS, durationSeconds: env.RATE_LIMIT_MUTATIONS_WINDOW_S },
    sensitive: { points: env.RATE_LIMIT_SENSITIVE, durationSeconds: env.RATE_LIMIT_SENSITIVE_WINDOW_S },
  };
}

/** Seconds to tell the client to wait: at least one, rounded up. */
export const retryAfterSeconds = (msBeforeNext: number): number => Math.max(1, Math.ceil(msBeforeNext / 1000));

export interface RateLimiter {
  /** Counts one operation for `key`; resolves to 0 when allowed, or the milliseconds to wait. */
  consume: (key: string, buckets: Bucket[]) => Promise<number>;
  close: () => Promise<void>;
}

/** Counts against every bucket; refused when any of them is spent, waiting for the longest. */
export function limiterOver(
  limiters: Partial<Record<Bucket, RateLimiterAbstract>>,
  close = async () => {},
): RateLimiter {
  return {
    close,
    async consume(key, buckets) {
      const counted = buckets.map((bucket) => limiters[bucket]).filter((limiter) => limiter !== undefined);
      const results = await Promise.allSettled(counted.map((limiter) => limiter.consume(key)));
      let waitMs = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        // The library rejects with a RateLimiterRes when spent, with an Error when its store failed.
        if (result.reason instanceof RateLimiterRes) waitMs = Math.max(waitMs, result.reason.msBeforeNext, 1);
        else throw result.reason;
      }
      return waitMs;
    },
  };
}

export const memoryRateLimiter = (policy: RateLimitPolicy): RateLimiter =>
  limiterOver(
    Object.fromEntries(
      BUCKETS.filter((bucket) => policy[bucket].points > 0).map((bucket) => [
        bucket,
        new RateLimiterMemory({
          keyPrefix: bucket,
          points: policy[bucket].points,
          duration: policy[bucket].durationSeconds,
        }),
      ]),
    ),
  );

const SCHEMA = 'gateway';
const TABLE = 'rate_limits';

/**
 * The counters in PostgreSQL (schema `gateway`, table `rate_limits`, one row per bucket and
 * key), shared by every gateway replica. Should PostgreSQL fail, each replica counts in its
 * own memory meanwhile (the library's insurance limiter) rather than refusing everyone.
 */
export async function postgresRateLimiter(
  databaseUrl: string,
  policy: RateLimitPolicy,
  onPoolError: (error: Error) => void = () => {},
): Promise<RateLimiter> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'gateway-rate-limit' });
  // An idle connection that PostgreSQL drops (a restart, a failover) is an 'error' event: without a
  // listener it would take the whole gateway down. The pool replaces it on the next query.
  pool.on('error', onPoolError);
  try {
    // The library's own table layout; created here, once, by whichever replica comes first.
    await pool.query(`create schema if not exists "${SCHEMA}"`);
    await pool.query(
      `create table if not exists "${SCHEMA}"."${TABLE}" (key varchar(255) primary key, points integer not null default 0, expire bigint)`,
    );
  } catch (error) {
    // Two replicas creating at once: the loser's unique violation means the other one did it.
    if ((error as { code?: string }).code !== '23505') {
      await pool.end();
      throw error;
    }
  }
  const limiters = Object.fromEntries(
    BUCKETS.filter((bucket) => policy[bucket].points > 0).map((bucket) => {
      const options = { keyPrefix: bucket, points: policy[bucket].points, duration: policy[bucket].durationSeconds };
      return [
        bucket,
        new RateLimiterPostgres({
          ...options,
          storeClient: pool,
          storeType: 'pool',
          schemaName: SCHEMA,
          tableName: TABLE,
          tableCreated: true,
          // Once a key is refused, this replica refuses it from memory until its window ends: a flood costs no SQL.
          inMemoryBlockOnConsumed: options.points + 1,
          insuranceLimiter: new RateLimiterMemory(options),
        }),
      ];
    }),
  );
  return limiterOver(limiters, () => pool.end());
}

export interface RateLimitContext extends BaseContext {
  viewer: Viewer | null;
  clientAddress?: string | null;
  /** The connection's own address: the caller when a trusted peer named no one else. */
  peerAddress?: string | null;
}

const unmapped = (address: string | null | undefined): string | null =>
  address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '') : null;

const REFUSAL = new TooManyRequestsError(1, {
  id: 'Terlalu banyak permintaan, coba lagi nanti',
  en: 'Too many requests, please try again later',
});

/** The refusal: HTTP 429, Retry-After, and a GraphQL error TOO_MANY_REQUESTS (id/en). */
export function tooManyRequests(waitMs: number): GraphQLError {
  const seconds = retryAfterSeconds(waitMs);
  const headers: HeaderMapType = new HeaderMap([['retry-after', String(seconds)]]);
  return new GraphQLError(REFUSAL.message, {
    extensions: { ...REFUSAL.extensions, retryAfterSeconds: seconds, http: { status: 429, headers } },
  });
}

/** Counts every operation once it is parsed and validated, before any subgraph is asked or any cached answer given. */
export function rateLimitPlugin<TContext extends RateLimitContext>(
  limiter: RateLimiter,
  exempt: BlockList,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const address = unmapped(contextValue.clientAddress) ?? unmapped(contextValue.peerAddress);
          const key = rateLimitKey(contextValue.viewer, address, exempt);
          if (!key || !operation) return;
          const buckets = bucketsOf(operation, document);
          const waitMs = await limiter.consume(key, buckets);
          if (waitMs <= 0) return;
          // No address or user id in the log: which budget, and for how long.
          logger.info(
            { buckets, kind: key.split(':')[0], retryAfterSeconds: retryAfterSeconds(waitMs) },
            'rate limited',
          );
          throw tooManyRequests(waitMs);
        },
      };
    },
  };
}
