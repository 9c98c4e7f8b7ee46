import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyUserToken } from './auth.js';
import { baseEnvSchema } from './env.js';
import { notificationOutboxSql } from './notification-outbox.js';
import { startNotificationRelay, type NotificationEventInput } from './notification-relay.js';

const schema = `relay_${randomBytes(4).toString('hex')}`;
const env = baseEnvSchema.parse({ DATABASE_URL: inject('databaseUrl') });
const logger = pino({ level: 'silent' });
const db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });

/** A stand-in for notifications' internalPublishEvents: records every event id it is handed. */
function receiver(port = 0) {
  const received: NotificationEventInput[] = [];
  const callers: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const viewer = await verifyUserToken(req.headers.authorization!.slice(7), {
        secret: env.JWT_SECRET,
        issuer: env.JWT_ISSUER,
      });
      callers.push(viewer.service ?? 'user');
      const { variables } = JSON.parse(body) as { variables: { events: NotificationEventInput[] } };
      received.push(...variables.events);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { internalPublishEvents: variables.events.length } }));
    });
  });
  return new Promise<{ server: Server; received: NotificationEventInput[]; callers: string[]; url: string }>(
    (resolve) =>
      server.listen(port, '127.0.0.1', () => {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
        resolve({ server, received, callers, url });
      }),
  );
}

async function enqueue(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  for (const id of ids)
    await db.query(
      `insert into "${schema}".notification_outbox (id, type, recipient_user_id, occurred_at, link, data, urgent)
       values ($1, 'request.received', $2, now(), '/akun/permohonan/1', '{"trackingCode":"SK-1"}', false)`,
      [id, randomUUID()],
    );
  return ids;
}

const outboxCount = async () =>
  Number((await db.query(`select count(*) from "${schema}".notification_outbox`)).rows[0].count);

beforeAll(async () => {
  await db.query(`create schema "${schema}"`);
  for (const sql of notificationOutboxSql(schema)) await db.query(sql);
});
afterAll(async () => {
  await db.query(`drop schema "${schema}" cascade`);
  await db.end();
});

describe('notification relay', () => {
  it('hands each event to notifications once, with the producer’s service token, and empties the outbox', async () => {
    const fake = await receiver();
    const stop = startNotificationRelay({
      env,
      logger,
      subgraph: 'services',
      schema,
      url: fake.url,
      pollMs: 50,
      batch: 7,
    });
    try {
      const ids = await enqueue(20);
      await expect.poll(() => fake.received.length, { timeout: 10_000 }).toBe(20);
      await expect.poll(outboxCount).toBe(0);
      expect(new Set(fake.received.map((e) => e.id))).toEqual(new Set(ids));
      expect(fake.callers.every((c) => c === 'services')).toBe(true);
      const first = fake.received[0]!;
      expect(first.type).toBe('request.received');
      expect(first.link).toBe('/akun/permohonan/1');
      expect(JSON.parse(first.data)).toEqual({ trackingCode: 'SK-1' });
      expect(Number.isNaN(Date.parse(first.occurredAt))).toBe(false);
      // Nothing more arrives afterwards.
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.received).toHaveLength(20);
    } finally {
      await stop();
      fake.server.close();
    }
  });

  it('keeps events while notifications is down, backs off, and delivers them once when it is back', async () => {
    // Reserve a port, then leave it closed: the receiver is "down".
    const probe = await receiver();
    const port = (probe.server.address() as AddressInfo).port;
    await new Promise((r) => probe.server.close(r));
    const url = `http://127.0.0.1:${port}/graphql`;
    const stop = startNotificationRelay({ env, logger, subgraph: 'orders', schema, url, pollMs: 50 });
    try {
      const ids = await enqueue(3);
      await expect
        .poll(
          async () => (await db.query(`select min(attempts) as a from "${schema}".notification_outbox`)).rows[0].a,
          {
            timeout: 10_000,
          },
        )
        .toBeGreaterThan(0);
      const { rows } = await db.query(
        `select bool_and(next_attempt_at > now()) as later from "${schema}".notification_outbox`,
      );
      expect(rows[0].later).toBe(true);
      expect(await outboxCount()).toBe(3);

      const fake = await receiver(port);
      try {
        await expect.poll(() => fake.received.length, { timeout: 15_000 }).toBe(3);
        await expect.poll(outboxCount).toBe(0);
        await new Promise((r) => setTimeout(r, 300));
        expect(fake.received.map((e) => e.id).sort()).toEqual([...ids].sort());
      } finally {
        fake.server.close();
      }
    } finally {
      await stop();
    }
  });

  it('holds back only the event notifications refuses, and delivers the rest', async () => {
    const refused = randomUUID();
    const received: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const events = (JSON.parse(body) as { variables: { events: NotificationEventInput[] } }).variables.events;
        res.setHeader('content-type', 'application/json');
        if (events.some((e) => e.id === refused)) {
          res.end(JSON.stringify({ errors: [{ message: 'unknown type', extensions: { code: 'BAD_USER_INPUT' } }] }));
          return;
        }
        received.push(...events.map((e) => e.id));
        res.end(JSON.stringify({ data: { internalPublishEvents: events.length } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const ids = await enqueue(2);
    await db.query(
      `insert into "${schema}".notification_outbox (id, type, recipient_user_id, occurred_at, data) values ($1, 'x.y', $2, now(), '{}')`,
      [refused, randomUUID()],
    );
    const stop = startNotificationRelay({ env, logger, subgraph: 'sellers', schema, url, pollMs: 50 });
    try {
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
      expect(received.sort()).toEqual([...ids].sort());
      await expect
        .poll(async () => (await db.query(`select id, attempts from "${schema}".notification_outbox`)).rows)
        .toEqual([{ id: refused, attempts: 1 }]);
    } finally {
      await stop();
      server.close();
      await db.query(`delete from "${schema}".notification_outbox`);
    }
  });
});
