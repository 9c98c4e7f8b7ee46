import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MigrationObject } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import type { z } from 'zod';
import { clientAddressOf, viewerFromAuthorization, type JwtConfig } from './auth.js';
import { Loaders, type RequestContext } from './context.js';
import { baseEnvSchema, parseEnv, type BaseEnv } from './env.js';
import { AppError, createErrorFormatter } from './errors.js';
import type { FederatedSchema } from './federation.js';
import { closeServer, createGraphqlHttpServer, listen, sendJson, type Route } from './http.js';
import { invalidTextPlugin } from './invalid-text.js';
import { createLogger, type Logger } from './logger.js';
import { createOrm, type MikroORM } from './orm.js';
import { remoteJwks } from './token-keys.js';

export interface SubgraphServices<E extends BaseEnv> {
  orm: MikroORM;
  env: E;
  logger: Logger;
}

/** Everything a subgraph is: its name, tables, schema and extra routes. */
export interface SubgraphDefinition<E extends BaseEnv = BaseEnv> {
  name: string;
  defaultPort: number;
  envSchema?: z.ZodType<E>;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  schema: () => Promise<FederatedSchema>;
  /** Plain HTTP routes beside /graphql (`'POST /payments/notify'`). */
  routes?: (services: SubgraphServices<E>) => Record<string, Route>;
  /** Background work started with the service (jobs), stopped with it. */
  onStart?: (services: SubgraphServices<E>) => Promise<(() => Promise<void>) | void>;
  /** The keys people's tokens are checked with, when not accounts' JWKS over HTTP (accounts itself holds them). */
  tokenKeys?: (env: E) => JWTVerifyGetKey;
}

export interface RunningSubgraph<E extends BaseEnv = BaseEnv> extends SubgraphServices<E> {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Accounts' JWKS when JWT_JWKS_URL is unset: beside ACCOUNTS_URL, else accounts on its default port of this host. */
export const jwksUrlOf = (env: Pick<BaseEnv, 'JWT_JWKS_URL' | 'ACCOUNTS_URL'>): string =>
  env.JWT_JWKS_URL ?? new URL('/.well-known/jwks.json', env.ACCOUNTS_URL ?? 'http://127.0.0.1:4001').href;

/** How this process signs service tokens and checks every token (the JWKS is fetched once per process and cached). */
export const jwtConfigOf = (env: BaseEnv): JwtConfig => ({
  secret: env.JWT_SECRET,
  issuer: env.JWT_ISSUER,
  jwks: remoteJwks(jwksUrlOf(env)),
  acceptHs256UserTokens: env.JWT_ACCEPT_HS256 ?? true,
});

const READY_TIMEOUT_MS = 1_000;
const READY_CACHE_MS = 1_000;

/**
 * `select 1` with a short deadline, its answer kept for a second (and shared by concurrent
 * callers), so a load balancer polling /ready costs the database next to nothing.
 */
export function readinessProbe(orm: MikroORM): () => Promise<boolean> {
  let last: { at: number; ready: Promise<boolean> } | null = null;
  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    const query = orm.em
      .getConnection()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([query, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
  return () => {
    if (!last || Date.now() - last.at > READY_CACHE_MS) last = { at: Date.now(), ready: probe() };
    return last.ready;
  };
}

/** Parses env, connects, migrates, and serves the subgraph at `http://HOST:PORT/graphql`. */
export async function startSubgraph<E extends BaseEnv>(
  definition: SubgraphDefinition<E>,
  overrides: { env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<RunningSubgraph<E>> {
  const source = overrides.env ?? process.env;
  const env = parseEnv((definition.envSchema ?? baseEnvSchema) as z.ZodType<E>, source);
  const logger = createLogger(definition.name, env.LOG_LEVEL);
  const port =
    overrides.port ?? Number(source[`${definition.name.toUpperCase()}_PORT`] ?? source.PORT ?? definition.defaultPort);
  const orm = await createOrm(
    {
      schema: definition.name,
      databaseUrl: env.DATABASE_URL,
      entities: definition.entities,
      migrations: definition.migrations,
      appName: definition.name,
      logger,
    },
    { migrate: env.MIGRATE_ON_START },
  );
  const services: SubgraphServices<E> = { orm, env, logger };
  const databaseReady = readinessProbe(orm);
  const { schema } = await definition.schema();
  const jwt: JwtConfig = { ...jwtConfigOf(env), ...(definition.tokenKeys && { jwks: definition.tokenKeys(env) }) };

  const routes: Record<string, Route> = {
    'GET /health': (_req, res) => sendJson(res, 200, { status: 'ok', service: definition.name }),
    'GET /ready': async (_req, res) => {
      const ready = await databaseReady();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', service: definition.name });
    },
    ...definition.routes?.(services),
  };

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The service's own SIGTERM/SIGINT handler stops Apollo, then the database, in order.
    stopOnTerminationSignals: false,
    introspection: env.NODE_ENV !== 'production',
    // Refused before any resolver: text PostgreSQL cannot store. 200, so the gateway passes the error on.
    plugins: [ApolloServerPluginInlineTraceDisabled(), invalidTextPlugin<RequestContext>({ status: 200 })],
  });
  await apollo.start();
  const httpServer = createGraphqlHttpServer<RequestContext>({
    apollo,
    routes,
    logger,
    context: async (req, requestId) => {
      try {
        const viewer = await viewerFromAuthorization(req.headers.authorization, jwt);
        return {
          em: orm.em.fork(),
          viewer,
          loaders: new Loaders(),
          logger: logger.child({ requestId }),
          requestId,
          env,
          clientAddress: clientAddressOf(req),
        };
      } catch (error) {
        if (error instanceof AppError) {
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
        }
        throw error;
      }
    },
  });
  const stopJobs = await definition.onStart?.(services);
  const actualPort = await listen(httpServer, port, env.HOST);
  const url = `http://${env.HOST}:${actualPort}/graphql`;
  logger.info({ url }, `${definition.name} subgraph ready`);

  return {
    ...services,
    url,
    port: actualPort,
    stop: async () => {
      // Background jobs first: they must not run on while requests drain and the database may be going away.
      if (stopJobs) await stopJobs();
      await closeServer(httpServer);
      await apollo.stop();
      await orm.close();
    },
  };
}

/** Entry point for `src/main.ts`: start, and stop cleanly on SIGTERM/SIGINT. */
export async function runSubgraph<E extends BaseEnv>(definition: SubgraphDefinition<E>): Promise<void> {
  const running = await startSubgraph(definition);
  // A background promise nobody awaited must not take the whole service down with it.
  process.on('unhandledRejection', (reason) => running.logger.error({ err: reason }, 'unhandled rejection'));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, 'stopping');
    try {
      await running.stop();
      process.exit(0);
    } catch (error) {
      running.logger.error({ err: error }, 'could not stop cleanly');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
