import path from 'node:path';
import { waitForHttp } from './ports.js';
import { startProcess, type ManagedProcess } from './processes.js';
import {
  GATEWAY,
  STOREFRONT,
  SUBGRAPH_NAMES,
  SUBGRAPH_REGISTRY,
  localGraphqlUrl,
  subgraphMain,
  type SubgraphName,
} from '@kampung/shared';

/** The subgraphs' names, from the registry (packages/shared/src/registry.ts). */
export const SUBGRAPHS = SUBGRAPH_NAMES;
export type { SubgraphName };
export type ServiceName = SubgraphName | 'gateway' | 'storefront';

export type Ports = Record<ServiceName, number>;

export const DEFAULT_PORTS: Ports = {
  gateway: GATEWAY.port,
  ...(Object.fromEntries(SUBGRAPH_REGISTRY.map((entry) => [entry.name, entry.port])) as Record<SubgraphName, number>),
  storefront: STOREFRONT.port,
};

export interface SystemOptions {
  /** Repository root. */
  root: string;
  databaseUrl: string;
  jwtSecret: string;
  /** Signs the storefront's session cookie. */
  sessionSecret: string;
  ports: Ports;
  /** Extra environment for every service. */
  env?: NodeJS.ProcessEnv;
  onLine?: (service: string, line: string) => void;
  /** Start the built storefront too (default true). */
  storefront?: boolean;
}

export interface RunningSystem {
  gatewayUrl: string;
  storefrontUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  processes: Map<ServiceName, ManagedProcess>;
  /** Starts one service (again) and waits until it is healthy. */
  start: (name: ServiceName) => Promise<void>;
  stop: (name?: ServiceName) => Promise<void>;
}

const subgraphUrl = (port: number) => localGraphqlUrl(port);

function commandOf(name: ServiceName, root: string): { args: string[]; cwd: string } {
  if (name === 'storefront') {
    // The storefront's own server (storefront/server), compiled by its build.
    return { cwd: path.join(root, 'storefront'), args: ['build/server.js'] };
  }
  const entry = name === 'gateway' ? 'gateway/src/main.ts' : subgraphMain(name);
  return { cwd: root, args: ['--import', 'tsx', entry] };
}

/** Environment every service of the system gets: where the database and the others are. */
export function systemEnv(options: SystemOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development',
    APOLLO_TELEMETRY_DISABLED: 'true',
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    SESSION_SECRET: options.sessionSecret,
    COOKIE_SECURE: 'false',
    GATEWAY_URL: `http://127.0.0.1:${options.ports.gateway}/graphql`,
    ...options.env,
  };
  for (const { name, urlVariable, portVariable } of SUBGRAPH_REGISTRY) {
    env[urlVariable] = subgraphUrl(options.ports[name]);
    env[portVariable] = String(options.ports[name]);
  }
  env[GATEWAY.portVariable] = String(options.ports.gateway);
  return env;
}

/**
 * Starts the subgraphs, then the gateway (which composes them), then the storefront, each
 * as its own process, and waits for each to answer its health check.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const env = systemEnv(options);
  const processes = new Map<ServiceName, ManagedProcess>();

  const start = async (name: ServiceName) => {
    await processes.get(name)?.stop();
    const { args, cwd } = commandOf(name, options.root);
    const port = options.ports[name];
    // What it printed last, for the error should it die while starting.
    const lastLines: string[] = [];
    const child = startProcess({
      name,
      command: process.execPath,
      args,
      cwd,
      // The storefront runs its production build: Remix hides error details from pages.
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...(name === 'storefront' ? { NODE_ENV: 'production' } : {}),
      },
      onLine: (service, line) => {
        lastLines.push(line);
        if (lastLines.length > 20) lastLines.shift();
        options.onLine?.(service, line);
      },
    });
    processes.set(name, child);
    let onExit: (code: number | null) => void = () => {};
    const exited = new Promise<never>((_, reject) => {
      onExit = (code) =>
        reject(new Error(`${name} exited with code ${code} while starting; it printed last:\n${lastLines.join('\n')}`));
      child.child.once('exit', onExit);
    });
    try {
      await Promise.race([waitForHttp(`http://127.0.0.1:${port}/health`, 90_000), exited]);
    } finally {
      child.child.off('exit', onExit);
    }
  };

  const stop = async (name?: ServiceName) => {
    if (name) {
      await processes.get(name)?.stop();
      processes.delete(name);
      return;
    }
    // Front to back; the subgraphs together, so none waits its turn while the database goes away.
    for (const service of ['storefront', 'gateway'] as const) await processes.get(service)?.stop();
    await Promise.all(SUBGRAPHS.map((service) => processes.get(service)?.stop()));
    processes.clear();
  };

  try {
    await Promise.all(SUBGRAPHS.map((name) => start(name)));
    await start('gateway');
    if (options.storefront !== false) await start('storefront');
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: env.GATEWAY_URL!,
    storefrontUrl: `http://127.0.0.1:${options.ports.storefront}`,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((n) => [n, subgraphUrl(options.ports[n])])) as Record<
      SubgraphName,
      string
    >,
    processes,
    start,
    stop,
  };
}
