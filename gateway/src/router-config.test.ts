/**
 * deploy/router/router.yaml, the Apollo Router alternative to the Node gateway (decision 036),
 * held to what it must match: the committed supergraph's subgraphs and the registry's URL
 * variables, accounts' JWKS and issuer, the headers the subgraphs read, the gateway's limits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baseEnvSchema, SUBGRAPH_REGISTRY } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gatewayEnvSchema } from './env.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const router = parse(readFileSync(path.join(root, 'deploy', 'router', 'router.yaml'), 'utf8')) as {
  supergraph: { listen: string; path: string; introspection: boolean };
  health_check: { enabled: boolean; path: string };
  include_subgraph_errors: { all: boolean };
  override_subgraph_url: Record<string, string>;
  authentication: {
    router: { jwt: { header_name: string; jwks: { url: string; issuers: string[]; algorithms: string[] }[] } };
  };
  headers: { all: { request: { propagate: { named: string } }[] } };
  limits: Record<string, number>;
  cors: { allow_credentials: boolean; policies: { origins: string[] }[] };
};

/** `${env.NAME:-default}` → [NAME, default]. */
const envReference = (value: string) => /^\$\{env\.([A-Z_]+):-(.+)\}$/.exec(value)?.slice(1) ?? [];

describe('the Apollo Router configuration', () => {
  it('is started on the committed supergraph, whose subgraphs it overrides one by one with the registry variables', () => {
    const run = readFileSync(path.join(root, 'deploy', 'router', 'run.sh'), 'utf8');
    const supergraphPath = /--supergraph (\S+)/.exec(run)?.[1];
    expect(supergraphPath).toBe('gateway/supergraph.graphql');
    const supergraph = readFileSync(path.join(root, supergraphPath!), 'utf8');
    const graphs = [...supergraph.matchAll(/@join__graph\(name: "([a-z]+)"/g)].map((match) => match[1]);
    expect(graphs.sort()).toEqual(SUBGRAPH_REGISTRY.map((entry) => entry.name).sort());
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(graphs);
    for (const { name, urlVariable } of SUBGRAPH_REGISTRY)
      expect(envReference(router.override_subgraph_url[name]!)).toEqual([urlVariable, `http://${name}:4000/graphql`]);
    expect(router.supergraph.path).toBe('/graphql');
    expect(router.supergraph.introspection).toBe(false);
    expect(router.health_check).toMatchObject({ enabled: true, path: '/health' });
    expect(router.include_subgraph_errors.all).toBe(true);
  });

  it("checks tokens against accounts' JWKS with its issuer and algorithm", () => {
    const { jwt } = router.authentication.router;
    expect(jwt.header_name).toBe('authorization');
    const [source] = jwt.jwks;
    expect(envReference(source!.url)).toEqual(['ACCOUNTS_JWKS_URL', 'http://accounts:4000/.well-known/jwks.json']);
    expect(source!.issuers.map((issuer) => envReference(issuer))).toEqual([
      ['JWT_ISSUER', baseEnvSchema.parse({}).JWT_ISSUER],
    ]);
    expect(source!.algorithms).toEqual(['EdDSA']);
  });

  it('passes on the headers the subgraphs read, and keeps the Node gateway’s limits', () => {
    expect(router.headers.all.request.map((rule) => rule.propagate.named)).toEqual(
      expect.arrayContaining(['authorization', 'accept-language', 'x-request-id', 'x-client-ip']),
    );
    const gateway = gatewayEnvSchema.parse({});
    expect(router.limits).toEqual({
      max_depth: gateway.MAX_QUERY_DEPTH,
      max_aliases: gateway.MAX_ALIASES,
      max_root_fields: gateway.MAX_ROOT_FIELDS,
      http_max_request_bytes: gateway.MAX_BODY_BYTES,
    });
    expect(router.cors.allow_credentials).toBe(false);
    expect(router.cors.policies[0]!.origins).toHaveLength(1);
  });
});
