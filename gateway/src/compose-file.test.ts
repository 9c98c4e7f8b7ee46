/**
 * docker-compose.yml cannot import the subgraph registry: this test holds it to the registry
 * instead. Every registry subgraph is a compose service built from its workspace, the
 * gateway gets its URL variable and waits for it; no compose service builds a subgraph the
 * registry does not know.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_REGISTRY, subgraphFolder } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './compose.js';

interface ComposeService {
  build?: { args?: Record<string, string> };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
}

// `merge: true` resolves the `<<: *service` keys the file shares its defaults with.
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;
const gateway = services.gateway!;

describe('docker-compose.yml against the subgraph registry', () => {
  it.each(SUBGRAPH_REGISTRY.map((entry) => [entry.name, entry] as const))(
    '%s: a service built from its workspace, wired to the gateway',
    (name, entry) => {
      const service = services[name];
      expect(service, `docker-compose.yml has no service "${name}"`).toBeDefined();
      expect(service!.build?.args?.WORKSPACE).toBe(subgraphFolder(entry.name));
      expect(gateway.environment?.[entry.urlVariable]).toBe(`http://${name}:4000/graphql`);
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    },
  );

  it('builds no subgraph the registry does not list', () => {
    const built = Object.values(services)
      .map((service) => service.build?.args?.WORKSPACE)
      .filter((workspace): workspace is string => workspace?.startsWith('subgraphs/') ?? false);
    expect(built.sort()).toEqual(SUBGRAPH_REGISTRY.map((entry) => subgraphFolder(entry.name)).sort());
  });

  it('every URL variable a service gets names a registry subgraph', () => {
    const known = new Set<string>(SUBGRAPH_REGISTRY.map((entry) => entry.urlVariable));
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        const target = /^http:\/\/([a-z-]+):4000\/graphql$/.exec(String(value))?.[1];
        if (!target || target === 'gateway') continue;
        expect(known.has(variable), `${name}: ${variable} points at "${target}", not in the registry`).toBe(true);
        expect(services[target], `${name}: ${variable} points at a missing service "${target}"`).toBeDefined();
      }
    }
  });
});
