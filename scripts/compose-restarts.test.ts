/**
 * The restart policy of `npm start` (supervisor.ts), held in compose too: every long-running
 * service restarts unless stopped and has a health check; only the one-off seed job does not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ComposeService {
  restart?: string;
  healthcheck?: { test?: unknown; disable?: boolean; interval?: string; retries?: number };
}

const compose = parse(readFileSync(path.resolve(import.meta.dirname, '..', 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const longRunning = Object.entries(compose.services).filter(([name]) => name !== 'seed');

describe('docker-compose.yml restart policies', () => {
  it.each(longRunning)('%s restarts unless stopped and has a health check', (_name, service) => {
    expect(service.restart).toBe('unless-stopped');
    expect(service.healthcheck?.disable).not.toBe(true);
    expect(service.healthcheck?.test).toBeTruthy();
    expect(service.healthcheck?.retries).toBeGreaterThan(0);
  });

  it('runs the seed job once, never restarting it', () => {
    expect(compose.services.seed?.restart).toBe('no');
  });
});
