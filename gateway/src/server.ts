import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  AppError,
  closeServer,
  createErrorFormatter,
  createGraphqlHttpServer,
  createLogger,
  invalidTextPlugin,
  listen,
  openPgChannel,
  sendJson,
  SUBGRAPH_REGISTRY,
  type Viewer,
} from '@kampung/shared';
import { GraphQLError } from 'graphql';
import { readFile } from 'node:fs/promises';
import { createGatewayAuth, type GatewayAuth } from './auth.js';
import { supergraphPath } from './compose.js';
import { filesRoute, uploadsRoute } from './files.js';
import { gatewayLimits } from './limits.js';
import { parseCustomScalarsLikeSubgraphs } from './scalars.js';
import {
  memoryRateLimiter,
  parseAddressList,
  policyFromEnv,
  postgresRateLimiter,
  rateLimitPlugin,
} from './rate-limit.js';
import { coalesced, responseCachePlugin } from './response-cache.js';
import { sessionRenewals } from './session-renewals.js';
import { createSubgraphFetcher } from './subgraph-fetch.js';
import type { GatewayEnv } from './env.js';

interface GatewayContext {
  authorization?: string;
  requestId: string;
  viewer: Viewer | null;
  clientAddress?: string | null;
  peerAddress?: string | null;
  auth?: GatewayAuth;
}

/** Passes the caller's token and the request id on; subgraphs verify the token again. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return;
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
    context.auth?.beforeSubgraphRequest(
      request.http?.headers,
      request.query,
      context.viewer,
      context.clientAddress ?? null,
    );
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export async function startGateway(env: GatewayEnv): Promise<RunningGateway> {
  // Nothing may leave this machine: no usage reports, no cloud-metadata probes.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const supergraphSdl = await readFile(env.SUPERGRAPH_PATH ?? supergraphPath, 'utf8');
  const urlOverrides: Record<string, string | undefined> = Object.fromEntries(
    SUBGRAPH_REGISTRY.map(({ name, urlVariable }) => [name, env[urlVariable]]),
  );
  const subgraphUrls = new Map<string, string>();
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = urlOverrides[name] ?? url!;
      subgraphUrls.set(name, resolved);
      return new ForwardingDataSource({ url: resolved, fetcher });
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => parseCustomScalarsLikeSubgraphs(apiSchema));
  const limits = gatewayLimits<GatewayContext>(env);
  const rateLimiter =
    env.RATE_LIMIT_STORE === 'postgres'
      ? await postgresRateLimiter(env.DATABASE_URL, policyFromEnv(env), (error) =>
          logger.warn({ err: error.message }, 'rate-limit store connection lost'),
        )
      : memoryRateLimiter(policyFromEnv(env));
  // A refresh token renews once across every replica: the others repeat its answer (decision 036).
  const renewals =
    env.SHARED_STATE_STORE === 'postgres' && env.SESSION_RENEWAL_MEMORY_MS > 0
      ? await sessionRenewals({
          databaseUrl: env.DATABASE_URL,
          listenUrl: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
          memoryMs: env.SESSION_RENEWAL_MEMORY_MS,
          logger,
        })
      : null;
  // Every replica empties its response cache when a mutation passes through any of them (decision 036).
  const cacheInvalidations =
    env.SHARED_STATE_STORE === 'postgres' && env.RESPONSE_CACHE_TTL_MS > 0
      ? openPgChannel<Record<string, never>>({
          databaseUrl: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
          channel: 'gateway_response_cache',
          schema: 'gateway',
          // NOTIFY only: a replica that starts or reconnects has nothing cached to invalidate.
          keepMs: 0,
          onMessage: () => responseCache.invalidate(),
          logger,
          applicationName: 'gateway-response-cache',
        })
      : null;
  const responseCache = responseCachePlugin({
    ttlMs: env.RESPONSE_CACHE_TTL_MS,
    maxEntries: env.RESPONSE_CACHE_MAX_ENTRIES,
    isCacheable: (context) => !(context as GatewayContext).authorization,
    onMutation: cacheInvalidations ? coalesced(() => cacheInvalidations.publish({})) : undefined,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The service's own SIGTERM/SIGINT handler stops Apollo, then the database, in order.
    stopOnTerminationSignals: false,
    introspection: env.NODE_ENV !== 'production',
    // No "Did you mean …?" field and type suggestions for strangers probing a production schema.
    hideSchemaDetailsFromClientErrors: env.NODE_ENV === 'production',
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Text PostgreSQL cannot store (NUL, lone surrogates), refused as BAD_USER_INPUT naming the field.
      invalidTextPlugin<GatewayContext>(),
      ...limits.plugins,
      // Request budgets per user or client address (429 + Retry-After), before the response cache answers.
      rateLimitPlugin<GatewayContext>(rateLimiter, parseAddressList(env.RATE_LIMIT_EXEMPT), logger),
      ...(renewals ? [renewals.plugin] : []),
      responseCache,
    ],
  });
  await apollo.start();
  const auth = createGatewayAuth(env, () => subgraphUrls.get('accounts'), logger);
  // Listening to the other replicas before serving; PostgreSQL down is no reason not to start (the TTLs still bound staleness).
  await Promise.race([
    Promise.all([auth.ready, cacheInvalidations?.ready, renewals?.ready]),
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  const server = createGraphqlHttpServer<GatewayContext>({
    apollo,
    logger,
    maxBodyBytes: env.MAX_BODY_BYTES,
    routes: {
      'GET /health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      'GET /files/*': filesRoute((name) => subgraphUrls.get(name)?.replace(/\/graphql$/, '')),
      'POST /uploads/*': uploadsRoute((name) => subgraphUrls.get(name)?.replace(/\/graphql$/, '')),
    },
    context: async (req, requestId) => {
      const authorization = req.headers.authorization;
      try {
        return {
          authorization,
          requestId,
          viewer: await auth.viewerOf(authorization),
          clientAddress: auth.clientAddressOf(req),
          peerAddress: req.socket.remoteAddress ?? null,
          auth,
        };
      } catch (error) {
        if (error instanceof AppError)
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
        throw error;
      }
    },
  });
  const port = await listen(server, env.PORT, env.HOST);
  const url = `http://${env.HOST}:${port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    port,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
      await rateLimiter.close();
      await Promise.all([auth.close(), cacheInvalidations?.close(), renewals?.close()]);
    },
  };
}
