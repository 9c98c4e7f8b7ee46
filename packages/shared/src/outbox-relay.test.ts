import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outboxWakeTriggerSql, startOutboxRelay, type OutboxDelivery } from './outbox-relay.js';

const schema = `outbox_${randomBytes(4).toString('hex')}`;
const databaseUrl = inject('databaseUrl');
const logger = pino({ level: 'silent' });
const db = new pg.Pool({ connectionString: databaseUrl, max: 3 });

interface Row {
  id: string;
  body: string;
}

/** An outbox table of the shape the relay expects, with (or without) the wake trigger. */
async function table(name: string, wake: boolean) {
  await db.query(`create table "${schema}"."${name}" (
    id bigserial primary key, body text not null,
    attempts int not null default 0, next_attempt_at timestamptz not null default now())`);
  if (wake) for (const sql of outboxWakeTriggerSql(schema, name)) await db.query(sql);
}

/** A relay over `name` that records what it delivered and when, and refuses bodies in `refuse`. */
function relayOver(name: string, options: { pollMs: number; refuse?: Set<string>; batch?: number }) {
  const delivered: { body: string; at: number }[] = [];
  let passes = 0;
  const relay = startOutboxRelay<Row, string>({
    name: `test-${name}`,
    databaseUrl,
    logger,
    schema,
    table: name,
    columns: 'id, body',
    orderBy: 'id',
    idType: 'bigint',
    batch: options.batch ?? 10,
    backoffSql: `0.2 * power(2, attempts) * interval '1 second'`,
    pollMs: options.pollMs,
    deliver: async (rows): Promise<OutboxDelivery<string>> => {
      passes++;
      const taken = rows.filter((r) => !options.refuse?.has(r.body));
      delivered.push(...taken.map((r) => ({ body: r.body, at: Date.now() })));
      return { delivered: taken.map((r) => r.id), failed: rows.filter((r) => !taken.includes(r)).map((r) => r.id) };
    },
  });
  return { relay, delivered, passes: () => passes };
}

const count = async (name: string) =>
  Number((await db.query(`select count(*) from "${schema}"."${name}"`)).rows[0].count);
/** The relay's LISTEN connection is up (it shows in pg_stat_activity under `<name>-listen`). */
const listening = async (name: string) =>
  Number(
    (await db.query(`select count(*) from pg_stat_activity where application_name = $1`, [`test-${name}-listen`]))
      .rows[0].count,
  );

beforeAll(async () => {
  await db.query(`create schema "${schema}"`);
});
afterAll(async () => {
  await db.query(`drop schema "${schema}" cascade`);
  await db.end();
});

describe('outbox relay', () => {
  it('is woken by the commit of an insert (NOTIFY), not by its poll, and never by a rolled-back insert', async () => {
    await table('woken', true);
    const { relay, delivered } = relayOver('woken', { pollMs: 600_000 });
    try {
      await expect.poll(() => listening('woken'), { timeout: 10_000 }).toBe(1);
      const rolledBack = await db.connect();
      try {
        await rolledBack.query('begin');
        await rolledBack.query(`insert into "${schema}".woken (body) values ('never')`);
        await rolledBack.query('rollback');
      } finally {
        rolledBack.release();
      }
      const committedAt = Date.now();
      await db.query(`insert into "${schema}".woken (body) values ('a'), ('b'), ('c')`);
      await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(3);
      // Well before any poll (10 minutes): the notification woke it. Loaded machines are slow, hence 3 s.
      expect(delivered.every((d) => d.at - committedAt < 3_000)).toBe(true);
      expect(delivered.map((d) => d.body)).toEqual(['a', 'b', 'c']);
      await expect.poll(() => count('woken')).toBe(0);
    } finally {
      await relay.stop();
    }
  });

  it('without the trigger, finds rows only at its safety-net poll', async () => {
    await table('polled', false);
    const { relay, delivered } = relayOver('polled', { pollMs: 3_000 });
    try {
      await expect.poll(() => listening('polled'), { timeout: 10_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 200)); // the first pass (at start) is over
      await db.query(`insert into "${schema}".polled (body) values ('late')`);
      await new Promise((r) => setTimeout(r, 500));
      expect(delivered).toEqual([]);
      await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(1);
    } finally {
      await relay.stop();
    }
  });

  it('backs off a refused row and wakes itself when it falls due, without polling meanwhile', async () => {
    await table('backoff', true);
    const refuse = new Set(['refused']);
    const { relay, delivered, passes } = relayOver('backoff', { pollMs: 600_000, refuse });
    try {
      await expect.poll(() => listening('backoff'), { timeout: 10_000 }).toBe(1);
      await db.query(`insert into "${schema}".backoff (body) values ('taken'), ('refused')`);
      await expect
        .poll(async () => (await db.query(`select attempts from "${schema}".backoff`)).rows, { timeout: 5_000 })
        .toEqual([{ attempts: 1 }]);
      expect(delivered.map((d) => d.body)).toEqual(['taken']);
      // Refused twice more (0.2 s, then 0.4 s later at the earliest; the relay sleeps at least 0.5 s between tries).
      await expect
        .poll(async () => (await db.query(`select attempts from "${schema}".backoff`)).rows[0]?.attempts, {
          timeout: 10_000,
        })
        .toBeGreaterThanOrEqual(3);
      refuse.clear();
      await expect.poll(() => delivered.length, { timeout: 10_000 }).toBe(2);
      await expect.poll(() => count('backoff')).toBe(0);
      // Idle now: no pass runs while the table is empty.
      const before = passes();
      await new Promise((r) => setTimeout(r, 1_500));
      expect(passes()).toBe(before);
    } finally {
      await relay.stop();
    }
  });

  it('listens again after PostgreSQL drops its connection, and delivers what was written meanwhile', async () => {
    await table('dropped', true);
    const { relay, delivered } = relayOver('dropped', { pollMs: 600_000 });
    try {
      await expect.poll(() => listening('dropped'), { timeout: 10_000 }).toBe(1);
      await db.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`, [
        'test-dropped-listen',
      ]);
      await db.query(`insert into "${schema}".dropped (body) values ('while-away')`);
      await expect.poll(() => delivered.length, { timeout: 10_000 }).toBe(1);
      await expect.poll(() => listening('dropped'), { timeout: 10_000 }).toBe(1);
      await db.query(`insert into "${schema}".dropped (body) values ('after')`);
      await expect.poll(() => delivered.map((d) => d.body), { timeout: 5_000 }).toEqual(['while-away', 'after']);
    } finally {
      await relay.stop();
    }
  });

  it('with two relays on one table (replicas), delivers each row exactly once', async () => {
    await table('replicas', true);
    const a = relayOver('replicas', { pollMs: 600_000, batch: 5 });
    const b = relayOver('replicas', { pollMs: 600_000, batch: 5 });
    try {
      for (let i = 0; i < 20; i++)
        await db.query(`insert into "${schema}".replicas (body) values ($1), ($2)`, [`r${i}a`, `r${i}b`]);
      await expect.poll(() => a.delivered.length + b.delivered.length, { timeout: 10_000 }).toBe(40);
      await new Promise((r) => setTimeout(r, 300));
      const bodies = [...a.delivered, ...b.delivered].map((d) => d.body);
      expect(new Set(bodies).size).toBe(40);
      expect(bodies).toHaveLength(40);
    } finally {
      await a.relay.stop();
      await b.relay.stop();
    }
  });
});
