import { createServer, type Server } from 'node:http';

/**
 * A small fake of the Meilisearch endpoints the `meilisearch` client uses: index creation,
 * settings, documents (add, delete by ids), search with filters and facets, and tasks (each
 * succeeds at once). It records every request so that tests can assert what was sent; `down`
 * makes it answer 503, as a Meilisearch that is unreachable would fail.
 */
export interface FakeMeili {
  url: string;
  requests: { method: string; path: string; body: unknown; authorization?: string }[];
  documents: Map<string, Record<string, unknown>>;
  settings: Record<string, unknown>;
  down: boolean;
  close: () => Promise<void>;
}

type Doc = Record<string, unknown>;

/** `field = "x"`, `field >= 10`, `field < 10`, `inStock = true`. */
function matches(doc: Doc, filter: string): boolean {
  const m = /^(\w+)\s*(=|>=|<=|<|>)\s*(.+)$/.exec(filter.trim());
  if (!m) throw new Error(`fake meilisearch: unsupported filter ${filter}`);
  const [, field, op, raw] = m as unknown as [string, string, string, string];
  const value: unknown = raw.startsWith('"')
    ? JSON.parse(raw)
    : raw === 'true'
      ? true
      : raw === 'false'
        ? false
        : Number(raw);
  const actual = doc[field];
  switch (op) {
    case '=':
      return actual === value;
    case '>=':
      return (actual as number) >= (value as number);
    case '<=':
      return (actual as number) <= (value as number);
    case '<':
      return (actual as number) < (value as number);
    default:
      return (actual as number) > (value as number);
  }
}

export async function startFakeMeilisearch(): Promise<FakeMeili> {
  let taskUid = 0;
  const fake = { requests: [], documents: new Map(), settings: {}, down: false } as unknown as FakeMeili;
  const task = (type: string) => ({
    taskUid: ++taskUid,
    indexUid: 'products',
    status: 'enqueued',
    type,
    enqueuedAt: new Date().toISOString(),
  });
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (fake.down) return send(503, { message: 'down', code: 'unavailable', type: 'system' });
    fake.requests.push({ method: req.method ?? '', path, body, authorization: req.headers.authorization });
    let m: RegExpExecArray | null;
    if (req.method === 'POST' && path === '/indexes') return send(202, task('indexCreation'));
    if (req.method === 'GET' && path === '/indexes/products/stats') {
      return send(200, { numberOfDocuments: fake.documents.size, isIndexing: false, fieldDistribution: {} });
    }
    if ((m = /^\/tasks\/(\d+)$/.exec(path))) {
      return send(200, {
        uid: Number(m[1]),
        indexUid: 'products',
        status: 'succeeded',
        type: 'documentAdditionOrUpdate',
        enqueuedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
      });
    }
    if (req.method === 'PATCH' && path === '/indexes/products/settings') {
      Object.assign(fake.settings, body);
      return send(202, task('settingsUpdate'));
    }
    if ((req.method === 'POST' || req.method === 'PUT') && path === '/indexes/products/documents') {
      for (const doc of body as Doc[]) fake.documents.set(String(doc.id), doc);
      return send(202, task('documentAdditionOrUpdate'));
    }
    if (req.method === 'POST' && path === '/indexes/products/documents/delete-batch') {
      for (const id of body as string[]) fake.documents.delete(String(id));
      return send(202, task('documentDeletion'));
    }
    if (req.method === 'POST' && path === '/indexes/products/search') {
      const q = body as {
        q?: string | null;
        filter?: string[];
        facets?: string[];
        limit?: number;
        offset?: number;
        sort?: string[];
      };
      const words = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      let hits = [...fake.documents.values()].filter((doc) => (q.filter ?? []).every((f) => matches(doc, f)));
      hits = hits.filter((doc) => words.every((w) => JSON.stringify(doc).toLowerCase().includes(w)));
      const [sortField, direction] = (q.sort?.[0] ?? '').split(':');
      if (sortField)
        hits.sort((a, b) => ((a[sortField] as number) - (b[sortField] as number)) * (direction === 'desc' ? -1 : 1));
      const facetDistribution: Record<string, Record<string, number>> = {};
      for (const facet of q.facets ?? []) {
        facetDistribution[facet] = {};
        for (const doc of hits) {
          const value = doc[facet];
          if (value === null || value === undefined) continue;
          facetDistribution[facet]![String(value)] = (facetDistribution[facet]![String(value)] ?? 0) + 1;
        }
      }
      const offset = q.offset ?? 0;
      const limit = q.limit ?? 20;
      return send(200, {
        hits: hits.slice(offset, offset + limit).map((d) => ({ id: d.id })),
        estimatedTotalHits: hits.length,
        offset,
        limit,
        processingTimeMs: 0,
        query: q.q ?? '',
        facetDistribution,
      });
    }
    send(404, {
      message: `fake meilisearch: no route ${req.method} ${path}`,
      code: 'not_found',
      type: 'invalid_request',
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  fake.url = `http://127.0.0.1:${address.port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
