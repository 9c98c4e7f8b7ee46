import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_PASSWORD, sellers } from '@kampung/seed';
import { startIsolatedSystem } from '../isolated-system.js';
import { describeFindings, scanFile, scanPostgresLog, secretPatterns } from '../log-scan.js';

export const TEST_SYSTEM_SECRET = 'integration-test-secret-0123456789abcdef';

/** Passwords the integration tests sign up and in with (support/client.ts, authz/cast.ts, auth.test.ts). */
const TEST_PASSWORDS = ['rahasia-uji-123', 'rahasia-matriks-123', 'bukan-ini-sandinya'];
/** NIKs, family card numbers and addresses the tests submit (services.ts, checkout.ts, authz/fixtures.ts). */
const TEST_PERSONAL = [
  '3510014507900001',
  '3510010101900002',
  'Dusun Krajan',
  'Jl. Raya Kemiren No. 5',
  'Jl. Matriks',
  'Dusun Matriks',
];

/**
 * The whole system, started once for every integration test file (see startIsolatedSystem),
 * at LOG_LEVEL info so its logs hold a line per request. After the last file, before the temp
 * folder goes, the services' and PostgreSQL's logs are scanned for secrets and personal data;
 * any finding fails the run (a throwing teardown makes vitest exit non-zero).
 */
export default async function setup(project: TestProject) {
  const running = await startIsolatedSystem({ name: 'kampung-it', jwtSecret: TEST_SYSTEM_SECRET, logLevel: 'info' });

  project.provide('system', {
    gatewayUrl: running.gatewayUrl,
    storefrontUrl: running.storefrontUrl,
    subgraphUrls: running.subgraphUrls,
    databaseUrl: running.databaseUrl,
    pgLogFile: running.pgLogFile,
    servicesLogFile: running.servicesLogFile,
    jwtSecret: TEST_SYSTEM_SECRET,
    jwtPrivateKey: running.jwtPrivateKey,
  });
  project.provide('midtrans', { url: running.midtrans.url, serverKey: running.midtrans.serverKey });
  project.provide('mail', { url: running.mail.webUrl! });
  project.provide('whatsapp', { url: running.whatsapp.controlUrl });

  const scanLogs = () => {
    const literals = {
      'demo or test password': [DEMO_PASSWORD, ...TEST_PASSWORDS],
      'JWT or session secret': [
        TEST_SYSTEM_SECRET,
        `session-${path.basename(running.dir)}`,
        // The base64 body of the access-token signing key (PEM).
        running.jwtPrivateKey.split('\n')[1]!,
      ],
      'Midtrans server key': [
        running.midtrans.serverKey,
        Buffer.from(`${running.midtrans.serverKey}:`).toString('base64'),
      ],
      'WhatsApp token and app secret': [running.whatsapp.token, running.whatsapp.appSecret],
      'seeded shop address': sellers.map((seller) => seller.address),
      'NIK, KK or address used by the tests': TEST_PERSONAL,
    };
    const values = Object.values(literals).flat();
    const patterns = secretPatterns(literals);
    const services = scanFile(running.servicesLogFile, patterns, values);
    const postgres = scanPostgresLog(running.pgLogFile, patterns, values);
    console.info(
      `log scan: ${services.lines} service log lines and ${postgres.lines} PostgreSQL log lines (${postgres.measured} log_statement lines left out), ${patterns.length} patterns, ${services.findings.length + postgres.findings.length} findings`,
    );
    const problems = [
      services.findings.length > 0 ? describeFindings(running.servicesLogFile, services) : '',
      postgres.findings.length > 0 ? describeFindings(running.pgLogFile, postgres) : '',
    ].filter(Boolean);
    if (problems.length > 0)
      throw new Error(`secrets or personal data in the logs (KEEP_TEST_DIR=1 keeps them):\n${problems.join('\n')}`);
  };

  return () => running.stop({ beforeRemove: scanLogs });
}

export interface ProvidedSystem {
  gatewayUrl: string;
  storefrontUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  pgLogFile: string;
  servicesLogFile: string;
  jwtSecret: string;
  /** The Ed25519 key (PKCS#8 PEM) accounts signs access tokens with: test tokens are signed with it too. */
  jwtPrivateKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: ProvidedSystem;
    midtrans: { url: string; serverKey: string };
    /** The mail catcher's page; `${url}messages` lists every email as JSON. */
    mail: { url: string };
    /** The WhatsApp fake's control page; `${url}/messages` lists every message as JSON. */
    whatsapp: { url: string };
  }
}
