/**
 * deploy/k8s cannot import the subgraph registry: this test holds the manifests to it. Every
 * registry subgraph, the gateway and the storefront has a Deployment with probes on the
 * health endpoints the services really serve, resource requests and limits, a Service that
 * selects its pods and an autoscaler; every subgraph's URL variable points at its Service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, STOREFRONT, SUBGRAPH_REGISTRY } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { parse, parseAllDocuments } from 'yaml';

const k8s = path.resolve(import.meta.dirname, '..', 'deploy', 'k8s');

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface Container {
  name: string;
  image?: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  securityContext?: { allowPrivilegeEscalation?: boolean };
}
interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: {
    replicas?: number;
    minReplicas?: number;
    selector?: Record<string, unknown> & { matchLabels?: Record<string, string> };
    scaleTargetRef?: { kind: string; name: string };
    ports?: { name: string; port: number; targetPort: string | number }[];
    template?: {
      metadata: { labels: Record<string, string> };
      spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } };
    };
  };
}

function documentsOf(folder: string): Resource[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(folder, file), 'utf8')).map((d) => d.toJS() as Resource),
    )
    .filter(Boolean);
}

const base = documentsOf(path.join(k8s, 'base'));
const overlay = documentsOf(path.join(k8s, 'overlays', 'production'));

/** The Kubernetes JSON schemas (kubernetes-models), by apiVersion and kind. */
const MODELS: Record<string, new (data: never) => { validate: () => void }> = {
  'apps/v1 Deployment': Deployment,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'v1 ConfigMap': ConfigMap,
  'v1 Namespace': Namespace,
  'v1 PersistentVolumeClaim': PersistentVolumeClaim,
  'v1 Service': Service,
  'networking.k8s.io/v1 Ingress': Ingress,
};
const find = (kind: string, name: string) => base.find((r) => r.kind === kind && r.metadata.name === name);

/** The HTTP endpoints each kind of service answers: packages/shared/src/subgraph.ts, gateway/src/server.ts,
 * storefront/app/routes/health.ts. */
const SERVED = {
  subgraph: ['/health', '/ready'],
  gateway: ['/health'],
  storefront: ['/health'],
};
const services = [
  ...SUBGRAPH_REGISTRY.map((entry) => ({ name: entry.name, served: SERVED.subgraph, port: 4000 })),
  { name: GATEWAY.name, served: SERVED.gateway, port: 4000 },
  { name: STOREFRONT.name, served: SERVED.storefront, port: 3000 },
];

describe('deploy/k8s against the Kubernetes schemas', () => {
  it.each([...base, ...overlay].map((r) => [`${r.kind} ${r.metadata.name}`, r] as const))(
    '%s is valid',
    (_, resource) => {
      const Model = MODELS[`${resource.apiVersion} ${resource.kind}`];
      expect(Model, `a schema for ${resource.apiVersion} ${resource.kind}`).toBeDefined();
      expect(() => new Model!(resource as never).validate()).not.toThrow();
    },
  );

  it('would catch a broken manifest', () => {
    const broken = structuredClone(find('Deployment', 'gateway')!);
    (broken.spec!.template!.spec.containers[0]!.ports![0] as { containerPort: unknown }).containerPort = 'http';
    expect(() => new Deployment(broken as never).validate()).toThrow(/containerPort must be integer/);
  });
});

describe('deploy/k8s against the registry', () => {
  it.each(services.map((service) => [service.name, service] as const))(
    '%s: Deployment with probes and limits, a Service and an autoscaler',
    (name, { served, port }) => {
      const deployment = find('Deployment', name);
      expect(deployment, `Deployment ${name}`).toBeDefined();
      const pod = deployment!.spec!.template!;
      expect(deployment!.spec!.selector!.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
      expect(pod.metadata.labels['app.kubernetes.io/name']).toBe(name);
      expect(pod.spec.securityContext?.runAsNonRoot).toBe(true);
      const [container] = pod.spec.containers;
      expect(container!.image).toBe(`kampung/${name}`);
      expect(container!.ports).toContainEqual({ name: 'http', containerPort: port });
      for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
        expect(container![probe]?.httpGet?.port, `${name} ${probe}`).toBe('http');
        expect(served, `${name} ${probe} path`).toContain(container![probe]?.httpGet?.path);
      }
      if (container!.startupProbe) expect(served).toContain(container!.startupProbe.httpGet?.path);
      // A subgraph is ready only when PostgreSQL answers; alive as long as the process does.
      if (served === SERVED.subgraph) {
        expect(container!.readinessProbe?.httpGet?.path).toBe('/ready');
        expect(container!.livenessProbe?.httpGet?.path).toBe('/health');
      }
      for (const kind of ['requests', 'limits'] as const) {
        expect(container!.resources?.[kind]?.cpu, `${name} ${kind} cpu`).toBeTruthy();
        expect(container!.resources?.[kind]?.memory, `${name} ${kind} memory`).toBeTruthy();
      }
      expect(container!.securityContext?.allowPrivilegeEscalation).toBe(false);
      expect(container!.envFrom).toContainEqual({ configMapRef: { name: 'kampung-config' } });

      const service = find('Service', name);
      expect(service, `Service ${name}`).toBeDefined();
      expect(service!.spec!.selector).toEqual({ 'app.kubernetes.io/name': name });
      expect(service!.spec!.ports).toContainEqual({ name: 'http', port, targetPort: 'http' });

      const autoscaler = find('HorizontalPodAutoscaler', name);
      expect(autoscaler?.spec?.scaleTargetRef).toMatchObject({ kind: 'Deployment', name });
      expect(autoscaler?.spec?.minReplicas).toBeGreaterThanOrEqual(2);
    },
  );

  it('points every subgraph URL variable at its Service', () => {
    const config = find('ConfigMap', 'kampung-config')!.data!;
    for (const { name, urlVariable } of SUBGRAPH_REGISTRY)
      expect(config[urlVariable]).toBe(`http://${name}:4000/graphql`);
    expect(config.NODE_ENV).toBe('production');
  });

  it('deploys nothing the registry does not know, and lists every base file in its kustomization', () => {
    const known = new Set(services.map((service) => service.name));
    expect(
      base
        .filter((r) => r.kind === 'Deployment')
        .map((r) => r.metadata.name)
        .sort(),
    ).toEqual([...known].sort());
    const kustomization = parse(readFileSync(path.join(k8s, 'base', 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
    };
    const files = readdirSync(path.join(k8s, 'base')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it('gives the storefront only its cookie secret, never the database or the JWT secret', () => {
    const container = find('Deployment', 'storefront')!.spec!.template!.spec.containers[0]!;
    expect(container.envFrom?.some((source) => source.secretRef)).toBe(false);
    expect(container.env?.find((variable) => variable.name === 'SESSION_SECRET')?.valueFrom).toBeDefined();
  });

  it('builds the production overlay on the base with an image for every Deployment', () => {
    const overlay = parse(readFileSync(path.join(k8s, 'overlays', 'production', 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
      namespace: string;
      images: { name: string; newName: string; newTag: string }[];
    };
    expect(overlay.resources).toContain('../../base');
    expect(overlay.namespace).toBe('kampung');
    expect(overlay.images.map((image) => image.name).sort()).toEqual(
      services.map((service) => `kampung/${service.name}`).sort(),
    );
    for (const image of overlay.images) expect(image.newTag).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
});
