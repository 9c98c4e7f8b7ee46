import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextWillSendResponse,
  GraphQLResponse,
} from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ResponseCacheOptions {
  /** How long an anonymous query's result is served again; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** Whether a request may be answered from (and stored in) the cache: anonymous callers only. */
  isCacheable: (contextValue: BaseContext) => boolean;
  now?: () => number;
  /** A mutation went through this replica: tell the others (decision 036). */
  onMutation?: () => unknown;
}

interface Entry {
  result: FormattedExecutionResult;
  expiresAt: number;
}

const IN_FLIGHT_WAIT_MS = 10_000;

export interface ResponseCacheStats {
  hits: number;
  merged: number;
  misses: number;
  invalidations: number;
}

/**
 * A short-lived cache of whole responses to anonymous queries, plus merging of identical
 * anonymous queries that are in flight at the same time (the second waits for the first
 * instead of asking the subgraphs again). Anonymous results are the same for everyone, so no
 * private data can cross callers; staleness is bounded by the TTL, and any mutation through
 * this gateway empties the cache at once, and the other replicas' within moments through
 * PostgreSQL NOTIFY (docs/decisions/014-response-caches.md, 036).
 * Results with errors are never stored.
 */
export function responseCachePlugin(
  options: ResponseCacheOptions,
): ApolloServerPlugin<BaseContext> & { stats: ResponseCacheStats; invalidate: () => void } {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, { startedAt: number; result: Promise<FormattedExecutionResult | undefined> }>();
  const stats: ResponseCacheStats = { hits: 0, merged: 0, misses: 0, invalidations: 0 };
  // Bumped by every mutation: a query that started before it must not store what it read.
  let generation = 0;

  const remember = (key: string, result: FormattedExecutionResult) => {
    if (entries.size >= options.maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, { result, expiresAt: now() + options.ttlMs });
  };

  const answer = (result: FormattedExecutionResult, cache: 'HIT' | 'MERGED'): GraphQLResponse => {
    const headers = new HeaderMap();
    headers.set('x-cache', cache);
    return { http: { headers, status: undefined }, body: { kind: 'single', singleResult: result } };
  };

  const invalidate = () => {
    generation += 1;
    entries.clear();
    stats.invalidations += 1;
  };

  return {
    stats,
    /** Empties the cache, as a mutation does: another replica ran one. */
    invalidate,
    async requestDidStart() {
      if (options.ttlMs <= 0) return;
      let missKey: string | undefined;
      let missGeneration = 0;
      let settle: ((result: FormattedExecutionResult | undefined) => void) | undefined;
      let isMutation = false;
      let ownPending: { startedAt: number; result: Promise<FormattedExecutionResult | undefined> } | undefined;
      return {
        async responseForOperation({ operation, source, request, operationName, contextValue }) {
          if (operation.operation === 'mutation') isMutation = true;
          if (operation.operation !== 'query' || !options.isCacheable(contextValue)) return null;
          const key = `${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}\n${source}`;
          const entry = entries.get(key);
          if (entry && entry.expiresAt > now()) {
            stats.hits += 1;
            return answer(entry.result, 'HIT');
          }
          if (entry) entries.delete(key);
          const pending = inFlight.get(key);
          // A first request that never finished (it should not happen) stops being waited for.
          if (pending && now() - pending.startedAt < IN_FLIGHT_WAIT_MS) {
            const timeout = sleep(IN_FLIGHT_WAIT_MS, undefined, { ref: false });
            const result = await Promise.race([pending.result, timeout]);
            if (result) {
              stats.merged += 1;
              return answer(result, 'MERGED');
            }
            return null;
          }
          stats.misses += 1;
          missKey = key;
          missGeneration = generation;
          ownPending = { startedAt: now(), result: new Promise((resolve) => (settle = resolve)) };
          inFlight.set(key, ownPending);
          return null;
        },
        async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<BaseContext>) {
          if (isMutation) {
            invalidate();
            options.onMutation?.();
          }
          if (!missKey) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (result && !result.errors && missGeneration === generation) remember(missKey, result);
          if (inFlight.get(missKey) === ownPending) inFlight.delete(missKey);
          // Waiters get the same answer, errors included; without a single result they run their own.
          settle?.(result);
        },
      };
    },
  };
}

/**
 * `fn` run at most once at a time, and once more after the last call that came while it ran: a burst of
 * mutations sends one or two invalidations to the other replicas, the last one after the last mutation.
 */
export function coalesced(fn: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await fn().catch(() => {});
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
