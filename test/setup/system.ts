import type { TestProject } from 'vitest/node';
import { startIsolatedSystem } from '../support/isolated-system.js';

export const TEST_SYSTEM_SECRET = 'integration-test-secret-0123456789abcdef';

/** The whole system, started once for every integration test file (see startIsolatedSystem). */
export default async function setup(project: TestProject) {
  const running = await startIsolatedSystem({ name: 'kampung-it', jwtSecret: TEST_SYSTEM_SECRET });

  project.provide('system', {
    gatewayUrl: running.gatewayUrl,
    storefrontUrl: running.storefrontUrl,
    subgraphUrls: running.subgraphUrls,
    databaseUrl: running.databaseUrl,
    pgLogFile: running.pgLogFile,
    servicesLogFile: running.servicesLogFile,
    jwtSecret: TEST_SYSTEM_SECRET,
  });
  project.provide('midtrans', { url: running.midtrans.url, serverKey: running.midtrans.serverKey });

  return running.stop;
}

export interface ProvidedSystem {
  gatewayUrl: string;
  storefrontUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  pgLogFile: string;
  servicesLogFile: string;
  jwtSecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: ProvidedSystem;
    midtrans: { url: string; serverKey: string };
  }
}
