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
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
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
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string; optional?: boolean } }[];
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
  spec?: Record<string, unknown> & {
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
const production = path.join(k8s, 'overlays', 'production');
const overlay = documentsOf(production);
/** The first step of a release: namespace, secrets, PostgreSQL (CloudNativePG). */
const platform = documentsOf(path.join(production, 'platform'));
/** The migration Job, run and waited for before the services roll out. */
const migrate = documentsOf(path.join(k8s, 'migrate'));
const everything = [...base, ...overlay, ...platform, ...migrate];

/** The Kubernetes JSON schemas (kubernetes-models), by apiVersion and kind. */
const MODELS: Record<string, new (data: never) => { validate: () => void }> = {
  'apps/v1 Deployment': Deployment,
  'apps/v1 StatefulSet': StatefulSet,
  'batch/v1 Job': Job,
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
  it.each(
    everything.filter((r) => !r.apiVersion.startsWith(CNPG)).map((r) => [`${r.kind} ${r.metadata.name}`, r] as const),
  )('%s is valid', (_, resource) => {
    const Model = MODELS[`${resource.apiVersion} ${resource.kind}`];
    expect(Model, `a schema for ${resource.apiVersion} ${resource.kind}`).toBeDefined();
    expect(() => new Model!(resource as never).validate()).not.toThrow();
  });

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

/**
 * CloudNativePG's resources are not in kubernetes-models: checked here against the fields its
 * CRDs require (postgresql.cnpg.io/v1) and the references between them.
 */
const CNPG = 'postgresql.cnpg.io/';
type Spec = Record<string, unknown>;
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

export function cnpgProblems(resources: Resource[]): string[] {
  const problems: string[] = [];
  const clusters = new Set(resources.filter((r) => r.kind === 'Cluster').map((r) => r.metadata.name));
  const referencesCluster = (r: Resource) => {
    const name = at(r.spec, 'cluster', 'name');
    if (typeof name !== 'string' || !clusters.has(name))
      problems.push(`${r.kind} ${r.metadata.name}: spec.cluster.name must name a Cluster here`);
  };
  for (const r of resources.filter((resource) => resource.apiVersion.startsWith(CNPG))) {
    const spec = (r.spec ?? {}) as Spec;
    if (r.apiVersion !== 'postgresql.cnpg.io/v1') problems.push(`${r.kind} ${r.metadata.name}: apiVersion v1`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(r.metadata.name)) problems.push(`${r.metadata.name}: not a DNS name`);
    switch (r.kind) {
      case 'Cluster':
        if (!Number.isInteger(spec.instances) || (spec.instances as number) < 1)
          problems.push(`Cluster ${r.metadata.name}: spec.instances must be an integer ≥ 1`);
        if (typeof at(spec, 'storage', 'size') !== 'string')
          problems.push(`Cluster ${r.metadata.name}: spec.storage.size is required`);
        if (at(spec, 'backup') && typeof at(spec, 'backup', 'barmanObjectStore', 'destinationPath') !== 'string')
          problems.push(`Cluster ${r.metadata.name}: spec.backup.barmanObjectStore.destinationPath is required`);
        for (const parameter of Object.values((at(spec, 'postgresql', 'parameters') ?? {}) as Spec))
          if (typeof parameter !== 'string') problems.push(`Cluster ${r.metadata.name}: parameters are strings`);
        break;
      case 'Pooler':
        referencesCluster(r);
        if (!['rw', 'ro', 'r'].includes(spec.type as string)) problems.push(`Pooler ${r.metadata.name}: spec.type`);
        if (!['session', 'transaction'].includes(at(spec, 'pgbouncer', 'poolMode') as string))
          problems.push(`Pooler ${r.metadata.name}: spec.pgbouncer.poolMode is session or transaction`);
        for (const parameter of Object.values((at(spec, 'pgbouncer', 'parameters') ?? {}) as Spec))
          if (typeof parameter !== 'string') problems.push(`Pooler ${r.metadata.name}: parameters are strings`);
        break;
      case 'ScheduledBackup':
        referencesCluster(r);
        // The operator's cron format: six fields, seconds first.
        if (typeof spec.schedule !== 'string' || spec.schedule.trim().split(/\s+/).length !== 6)
          problems.push(`ScheduledBackup ${r.metadata.name}: spec.schedule has six fields (seconds first)`);
        break;
      default:
        problems.push(`${r.kind} ${r.metadata.name}: a CloudNativePG kind this test does not know`);
    }
  }
  return problems;
}

/** `KEY=value` lines of a committed example secret file. */
function envExample(file: string): Map<string, string> {
  return new Map(
    readFileSync(path.join(production, 'platform', 'secrets', file), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );
}

const podContainers = (r: Resource) => (at(r.spec, 'template', 'spec', 'containers') ?? []) as Container[];

describe('PostgreSQL (CloudNativePG), secrets and migrations in production', () => {
  const cluster = platform.find((r) => r.kind === 'Cluster')!;
  const pooler = platform.find((r) => r.kind === 'Pooler')!;

  it('has a Cluster with failover and backups, a transaction Pooler and a scheduled backup, all structurally valid', () => {
    expect(cnpgProblems(platform)).toEqual([]);
    expect(cluster.spec!.instances).toBeGreaterThanOrEqual(2);
    expect(at(cluster.spec, 'bootstrap', 'initdb', 'database')).toBe('kampung');
    expect(at(cluster.spec, 'postgresql', 'parameters', 'log_min_error_statement')).toBe('panic');
    expect(pooler.spec!.type).toBe('rw');
    expect(platform.some((r) => r.kind === 'ScheduledBackup')).toBe(true);
  });

  it('would catch a broken CloudNativePG manifest', () => {
    const broken = structuredClone(platform).map((r) =>
      r.kind === 'ScheduledBackup' ? { ...r, spec: { ...r.spec, schedule: '0 2 * * *', cluster: { name: 'x' } } } : r,
    );
    expect(cnpgProblems(broken)).toEqual([
      'ScheduledBackup kampung-db-daily: spec.cluster.name must name a Cluster here',
      'ScheduledBackup kampung-db-daily: spec.schedule has six fields (seconds first)',
    ]);
    const noStorage = structuredClone(platform).map((r) =>
      r.kind === 'Cluster' ? { ...r, spec: { instances: 3 } } : r,
    );
    expect(cnpgProblems(noStorage)).toEqual(['Cluster kampung-db: spec.storage.size is required']);
  });

  it('generates every Secret that a manifest names, from an example holding every key it reads', () => {
    const kustomization = parse(readFileSync(path.join(production, 'platform', 'kustomization.yaml'), 'utf8')) as {
      secretGenerator: { name: string; envs: string[] }[];
      generatorOptions: { disableNameSuffixHash: boolean };
    };
    expect(kustomization.generatorOptions.disableNameSuffixHash).toBe(true);
    const keys = new Map(
      kustomization.secretGenerator.map((secret) => {
        const [file] = secret.envs;
        expect(file).toMatch(/^secrets\/[a-z-]+\.env$/);
        return [secret.name, new Set(envExample(`${path.basename(file!)}.example`).keys())] as const;
      }),
    );
    const named = new Set<string>();
    const read: [string, string][] = [];
    for (const r of everything) {
      for (const container of podContainers(r)) {
        for (const source of container.envFrom ?? []) if (source.secretRef) named.add(source.secretRef.name);
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (ref) read.push([ref.name, ref.key]);
        }
      }
    }
    for (const credential of ['accessKeyId', 'secretAccessKey']) {
      const ref = at(cluster.spec, 'backup', 'barmanObjectStore', 's3Credentials', credential) as {
        name: string;
        key: string;
      };
      read.push([ref.name, ref.key]);
    }
    for (const [name] of read) named.add(name);
    expect([...named].sort()).toEqual([...keys.keys()].sort());
    for (const [name, key] of read) expect(keys.get(name), `${name} ${key}`).toContain(key);
    // The secrets every service reads as a whole: what their settings need.
    for (const key of [
      'DATABASE_URL',
      'DATABASE_DIRECT_URL',
      'JWT_SECRET',
      'SESSION_SECRET',
      'MEILI_API_KEY',
      'SMTP_URL',
    ])
      expect(keys.get('kampung-secrets')).toContain(key);
    for (const key of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(keys.get('kampung-object-storage')).toContain(key);
  });

  it('sends queries through the pooler, and LISTEN and the migration lock straight to the primary', () => {
    const example = envExample('kampung.env.example');
    expect(new URL(example.get('DATABASE_URL')!).hostname).toBe(pooler.metadata.name);
    expect(new URL(example.get('DATABASE_DIRECT_URL')!).hostname).toBe(`${cluster.metadata.name}-rw`);
    expect(at(pooler.spec, 'pgbouncer', 'poolMode')).toBe('transaction');
  });

  it('migrates in a Job before the rollout, so the services never migrate themselves', () => {
    const job = migrate.find((r) => r.kind === 'Job')!;
    const [container] = podContainers(job);
    expect(container!.image).toBe('kampung/seed');
    expect(container!.command).toEqual(['node', '--import', 'tsx', 'seed/src/main.ts', '--migrate-only']);
    expect(container!.env).toContainEqual({
      name: 'DATABASE_URL',
      valueFrom: { secretKeyRef: { name: 'kampung-secrets', key: 'DATABASE_DIRECT_URL' } },
    });
    expect(at(job.spec, 'template', 'spec', 'restartPolicy')).toBe('Never');
    expect(container!.resources?.limits?.memory).toBeTruthy();
    expect(find('ConfigMap', 'kampung-config')!.data!.MIGRATE_ON_START).toBe('false');
    const release = readFileSync(path.join(k8s, 'release.sh'), 'utf8');
    const order = ['platform"', 'cluster/kampung-db', 'migrate"', 'condition=Complete', 'apply -k "$overlay"\n'];
    const positions = order.map((step) => release.indexOf(step));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const migrateOverlay = parse(readFileSync(path.join(production, 'migrate', 'kustomization.yaml'), 'utf8')) as {
      nameSuffix: string;
      images: { newTag: string }[];
    };
    const appOverlay = parse(readFileSync(path.join(production, 'kustomization.yaml'), 'utf8')) as {
      images: { newTag: string }[];
    };
    // One Job per release, named after the release the services roll out to.
    expect(migrateOverlay.images[0]!.newTag).toBe(appOverlay.images[0]!.newTag);
    expect(migrateOverlay.nameSuffix).toBe(`-${appOverlay.images[0]!.newTag.replaceAll('.', '-')}`);
  });

  it('runs Meilisearch as a StatefulSet with its own volume, probes and the key from the secret', () => {
    const meili = find('StatefulSet', 'meilisearch')!;
    const [container] = podContainers(meili);
    expect(container!.readinessProbe?.httpGet?.path).toBe('/health');
    expect(container!.livenessProbe?.httpGet?.path).toBe('/health');
    expect(container!.resources?.limits?.memory).toBeTruthy();
    expect(container!.env).toContainEqual({
      name: 'MEILI_MASTER_KEY',
      valueFrom: { secretKeyRef: { name: 'kampung-secrets', key: 'MEILI_API_KEY' } },
    });
    expect(at(meili.spec, 'volumeClaimTemplates', '0', 'spec', 'accessModes')).toEqual(['ReadWriteOnce']);
    expect(find('Service', 'meilisearch')!.spec!.ports).toContainEqual({
      name: 'http',
      port: 7700,
      targetPort: 'http',
    });
    expect(find('ConfigMap', 'kampung-config')!.data!.MEILI_HOST).toBe('http://meilisearch:7700');
  });

  it('keeps files in object storage in production: no upload volumes, the S3 secret required', () => {
    const appOverlay = readFileSync(path.join(production, 'kustomization.yaml'), 'utf8');
    for (const name of ['products', 'services']) {
      const [container] = podContainers(find('Deployment', name)!);
      expect(container!.envFrom).toContainEqual({ secretRef: { name: 'kampung-object-storage', optional: true } });
    }
    expect(appOverlay).toContain("target: { kind: Deployment, name: '(products|services)' }");
    expect(appOverlay).toContain("value: { secretRef: { name: 'kampung-object-storage' } }".replaceAll("'", ''));
    expect(appOverlay).toContain("target: { kind: PersistentVolumeClaim, name: '(products|services)-uploads' }");
  });
});

describe('docker-compose.yml and the cluster run the same things', () => {
  const compose = parse(readFileSync(path.resolve(k8s, '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };
  it('has a cluster counterpart for every compose service', () => {
    const counterpart: Record<string, () => unknown> = {
      postgres: () => platform.find((r) => r.kind === 'Cluster'),
      meilisearch: () => find('StatefulSet', 'meilisearch'),
      seed: () => migrate.find((r) => r.kind === 'Job'),
    };
    for (const name of Object.keys(compose.services))
      expect((counterpart[name] ?? (() => find('Deployment', name)))(), `compose service ${name}`).toBeDefined();
  });

  it("gives the services every setting compose gives them (ConfigMap, secrets or the Deployment's own env)", () => {
    const config = find('ConfigMap', 'kampung-config')!.data!;
    const secrets = new Set([
      ...envExample('kampung.env.example').keys(),
      ...envExample('object-storage.env.example').keys(),
      ...envExample('signing-key.env.example').keys(),
    ]);
    /** Compose settings the cluster does without, and why. */
    const composeOnly: Record<string, string> = {
      // Where a lone accounts process keeps the key it generated; the cluster's replicas share JWT_PRIVATE_KEY.
      JWT_KEY_FILE: 'kampung-signing-key',
    };
    for (const [name, service] of Object.entries(compose.services)) {
      const deployment = find('Deployment', name);
      if (!deployment) continue;
      const own = new Set((podContainers(deployment)[0]!.env ?? []).map((variable) => variable.name));
      for (const key of Object.keys(service.environment ?? {}))
        expect(key in config || secrets.has(key) || own.has(key) || key in composeOnly, `${name}: ${key}`).toBe(true);
    }
  });
});
