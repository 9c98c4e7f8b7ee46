import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import {
  AppError, closeServer, createErrorFormatter, createGraphqlHttpServer, createLogger, jwtConfigOf, listen, sendJson,
  viewerFromAuthorization, type Viewer,
} from '@kampung/shared';
import { GraphQLError } from 'graphql';
import { readFile } from 'node:fs/promises';
import { supergraphPath } from './compose.js';
import { aliasLimit, depthLimit } from './depth-limit.js';
import { filesRoute } from './files.js';
import type { GatewayEnv } from './env.js';

interface GatewayContext {
  authorization?: string;
  requestId: string;
  viewer: Viewer | null;
}

/** Passes the caller's token and the request id on; subgraphs verify the token again. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return;
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
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
  const urlOverrides: Record<string, string | undefined> = {
    accounts: env.ACCOUNTS_URL, sellers: env.SELLERS_URL, products: env.PRODUCTS_URL, orders: env.ORDERS_URL, services: env.SERVICES_URL,
  };
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = urlOverrides[name] ?? url!;
      subgraphUrls.set(name, resolved);
      return new ForwardingDataSource({ url: resolved });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The service's own SIGTERM/SIGINT handler stops Apollo, then the database, in order.
    stopOnTerminationSignals: false,
    introspection: env.NODE_ENV !== 'production',
    validationRules: [depthLimit(env.MAX_QUERY_DEPTH), aliasLimit(env.MAX_ALIASES)],
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled()],
  });
  await apollo.start();
  const jwt = jwtConfigOf(env);
  const server = createGraphqlHttpServer<GatewayContext>({
    apollo,
    routes: {
      'GET /health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      'GET /files/*': filesRoute((name) => subgraphUrls.get(name)?.replace(/\/graphql$/, '')),
    },
    context: async (req, requestId) => {
      const authorization = req.headers.authorization;
      try {
        return { authorization, requestId, viewer: await viewerFromAuthorization(authorization, jwt) };
      } catch (error) {
        if (error instanceof AppError) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
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
    },
  };
}
