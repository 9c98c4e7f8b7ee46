import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { openPgChannel, type PgChannel } from './pg-notify.js';

const databaseUrl = inject('databaseUrl');
const schema = `pgn_${randomBytes(4).toString('hex')}`;
const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const opened: PgChannel<unknown>[] = [];

interface Revoked {
  sessionId: string;
}

function open(channel: string, keepMs: number, applicationName?: string) {
  const received: Revoked[] = [];
  const handle = openPgChannel<Revoked>({
    databaseUrl,
    channel,
    schema,
    keepMs,
    onMessage: (message) => received.push(message),
    applicationName,
    reconnect: { minMs: 100, maxMs: 400 },
  });
  opened.push(handle as PgChannel<unknown>);
  return { handle, received };
}

afterAll(async () => {
  await Promise.all(opened.map((channel) => channel.close()));
  await admin.query(`drop schema if exists "${schema}" cascade`);
  await admin.end();
});

describe('openPgChannel (PostgreSQL LISTEN/NOTIFY with a table of kept messages)', () => {
  it('delivers a message to the other replicas within a second, not back to its sender', async () => {
    const a = open('revocations_a', 60_000);
    const b = open('revocations_a', 60_000);
    await Promise.all([a.handle.ready, b.handle.ready]);
    expect(await a.handle.publish({ sessionId: 's-1' })).toBe(true);
    await vi.waitFor(() => expect(b.received).toEqual([{ sessionId: 's-1' }]), { timeout: 1_000, interval: 20 });
    // Another channel on the same database hears nothing.
    const other = open('revocations_other', 60_000);
    await other.handle.ready;
    expect(other.received).toEqual([]);
    expect(a.received).toEqual([]);
  });

  it('replays kept messages to a replica that joins later, but not expired ones or notify-only ones', async () => {
    const early = open('revocations_b', 60_000);
    await early.handle.ready;
    await early.handle.publish({ sessionId: 'kept' });
    const shortLived = open('revocations_b', 1);
    await shortLived.handle.ready;
    await shortLived.handle.publish({ sessionId: 'expired' });
    const notifyOnly = open('revocations_b', 0);
    await notifyOnly.handle.ready;
    await notifyOnly.handle.publish({ sessionId: 'not kept' });
    await new Promise((resolve) => setTimeout(resolve, 20));

    const late = open('revocations_b', 60_000);
    await late.handle.ready;
    expect(late.received).toEqual([{ sessionId: 'kept' }]);
  });

  it('reconnects after its connection is killed and catches up on what was sent meanwhile, once', async () => {
    const sender = open('revocations_c', 60_000);
    const receiver = open('revocations_c', 60_000, `pgn-test-${schema}`);
    await Promise.all([sender.handle.ready, receiver.handle.ready]);
    await sender.handle.publish({ sessionId: 'before' });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 1_000, interval: 20 });

    const killed = await admin.query(
      // The receiver's connections (its listener and its publishing pool), as a PostgreSQL restart would.
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`,
      [`pgn-test-${schema}`],
    );
    expect(killed.rowCount).toBeGreaterThan(0);
    await vi.waitFor(() => expect(receiver.handle.isListening()).toBe(false), { timeout: 2_000, interval: 10 });
    await sender.handle.publish({ sessionId: 'while down' });

    await vi.waitFor(() => expect(receiver.handle.isListening()).toBe(true), { timeout: 5_000, interval: 20 });
    await vi.waitFor(() => expect(receiver.received.map((m) => m.sessionId)).toEqual(['before', 'while down']), {
      timeout: 2_000,
      interval: 20,
    });
    await sender.handle.publish({ sessionId: 'after' });
    await vi.waitFor(
      () => expect(receiver.received.map((m) => m.sessionId)).toEqual(['before', 'while down', 'after']),
      { timeout: 1_000, interval: 20 },
    );
  });

  it('says false instead of throwing when PostgreSQL cannot be reached', async () => {
    const unreachable = openPgChannel<Revoked>({
      databaseUrl: 'postgresql://nobody:nothing@127.0.0.1:1/none',
      channel: 'revocations_d',
      schema,
      keepMs: 1_000,
      onMessage: () => {},
      reconnect: { minMs: 50, maxMs: 50 },
    });
    expect(await unreachable.publish({ sessionId: 'x' })).toBe(false);
    expect(unreachable.isListening()).toBe(false);
    await unreachable.close();
  });
});
