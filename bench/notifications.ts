/**
 * `npm run bench:notifications`: notifications end to end, for real (embedded PostgreSQL, every
 * subgraph its own process, the WhatsApp fake in this process with its signed status callbacks
 * to the notifications webhook). Prints figures; not a test.
 *
 * A "state change" is a committed transaction that writes one event into services'
 * notification_outbox (what `enqueueNotification` does beside a request's change); from there the
 * path is the product's: NOTIFY → services' relay → notifications' internalPublishEvents (event,
 * inbox item, deliveries) → the pg-boss WhatsApp queue → the adapter → the provider fake. Latency
 * is from the commit to the fake accepting the message (the hand-off to the provider).
 *
 * 0. Baseline: 100 one-row commits one after the other (what a commit costs on this machine now).
 * 1. Burst: NOTIFICATION_BENCH_EVENTS (10,000) events committed by 8 writers in transactions of
 *    100 (so the writers are not the limit) → messages per second (first commit → last hand-off)
 *    and latency percentiles (backlog included).
 * 2. Steady: 2,000 one-row commits at half the burst rate → latency at a sustainable load.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  fakeWhatsAppEnv,
  freePort,
  startEmbeddedPostgres,
  startFakeWhatsApp,
  startSystem,
  type Ports,
  type ServiceName,
} from '@kampung/devtools';
import pg from 'pg';

const EVENTS = Number(process.env.NOTIFICATION_BENCH_EVENTS ?? 10_000);
const STEADY_EVENTS = Math.max(200, Math.round(EVENTS / 5));
const RECIPIENTS = 200;
const WRITERS = 8;
/** Events per burst transaction (a busy producer's concurrent commits, without the writers' own commit cost). */
const BURST_ROWS = 100;
const SECRET = 'bench-notifications-secret-0123456789abcdef';
const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[bench:notifications] ${line}`);

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-bench-notifications-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort() });
  const ports = {} as Ports;
  for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
  const env = { ...process.env, DATABASE_URL: db.url, JWT_SECRET: SECRET, LOG_LEVEL: 'warn' };
  execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts'], { cwd: root, env, stdio: 'inherit' });
  const whatsapp = await startFakeWhatsApp();
  const sql = new pg.Pool({ connectionString: db.url, max: WRITERS + 2 });
  const system = await startSystem({
    root,
    databaseUrl: db.url,
    jwtSecret: SECRET,
    sessionSecret: 'bench-session-secret',
    ports,
    storefront: false,
    env: {
      LOG_LEVEL: 'warn',
      ...fakeWhatsAppEnv(whatsapp),
      // Email and SMS stay unconfigured (off): one message per event, on WhatsApp.
      SMTP_URL: '',
      NOTIFICATION_QUIET_HOURS: '',
    },
  });
  whatsapp.webhookUrl = `http://127.0.0.1:${ports.notifications}/webhooks/whatsapp`;
  try {
    // Citizens with verified phones (WhatsApp is on by default for them).
    const recipients: string[] = [];
    for (let i = 0; i < RECIPIENTS; i++) {
      const id = randomUUID();
      await sql.query(
        `insert into accounts.users (id, email, name, phone, password_hash, phone_verified_at)
         values ($1, $2, 'Warga Bench', $3, 'not-a-hash', now())`,
        [id, `bench-${i}@contoh.id`, `+62813${String(10_000_000 + i)}`],
      );
      recipients.push(id);
    }

    const committedAt = new Map<string, number>();
    let written = 0;
    const row = (code: string) => [
      randomUUID(),
      recipients[written++ % RECIPIENTS],
      JSON.stringify({ trackingCode: code, serviceName: 'Surat Keterangan Usaha' }),
    ];
    /** State changes committed together: one transaction writing one outbox row per code (as enqueueNotification does). */
    const change = async (...codes: string[]) => {
      const client = await sql.connect();
      try {
        await client.query('begin');
        const values = codes.map(
          (_, i) =>
            `($${3 * i + 1}, 'request.received', $${3 * i + 2}, now(), '/akun/permohonan/bench', $${3 * i + 3}, false)`,
        );
        await client.query(
          `insert into services.notification_outbox (id, type, recipient_user_id, occurred_at, link, data, urgent)
           values ${values.join(', ')}`,
          codes.flatMap(row),
        );
        await client.query('commit');
        const at = Date.now();
        for (const code of codes) committedAt.set(code, at);
      } finally {
        client.release();
      }
    };
    /** Waits until the fake holds `count` messages in all, or fails after `timeoutMs` of no progress. */
    const handedOff = async (count: number) => {
      let last = whatsapp.messages().length;
      let since = Date.now();
      while (whatsapp.messages().length < count) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = whatsapp.messages().length;
        if (now !== last) [last, since] = [now, Date.now()];
        if (Date.now() - since > 60_000) throw new Error(`stuck at ${now} of ${count} messages for a minute`);
      }
    };
    const latencies = (codes: string[]) => {
      const received = new Map<string, number>();
      for (const m of whatsapp.messages()) {
        const code = /B\d+-\d+/.exec(m.parameters.join(' '))?.[0];
        if (code && !received.has(code)) received.set(code, m.receivedAt.getTime());
      }
      return codes.map((c) => received.get(c)! - committedAt.get(c)!).sort((a, b) => a - b);
    };
    const summary = (sorted: number[]) =>
      `p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`;

    // Warm-up (compiles the paths, fills pools).
    const warm = Array.from({ length: 50 }, (_, i) => `B0-${i}`);
    for (const code of warm) await change(code);
    await handedOff(warm.length);

    // How fast this machine commits a one-row transaction right now (the writers' own limit).
    const probe = Array.from({ length: 100 }, (_, i) => `B9-${i}`);
    const p0 = Date.now();
    for (const code of probe) await change(code);
    const commitMs = (Date.now() - p0) / probe.length;
    log(`baseline: one-row commits take ${commitMs.toFixed(1)} ms each, one after the other`);
    await handedOff(warm.length + probe.length);

    // 1. Burst: transactions of BURST_ROWS events, so that the writers are not the limit.
    const burst = Array.from({ length: EVENTS }, (_, i) => `B1-${i}`);
    const before = whatsapp.messages().length;
    const t0 = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < burst.length) {
          const codes = burst.slice(next, next + BURST_ROWS);
          next += codes.length;
          await change(...codes);
        }
      }),
    );
    const writtenMs = Date.now() - t0;
    await handedOff(before + EVENTS);
    const burstMs = Math.max(...whatsapp.messages().map((m) => m.receivedAt.getTime())) - t0;
    const rate = EVENTS / (burstMs / 1000);
    const burstLatency = latencies(burst);
    log(
      `burst: ${EVENTS} events committed in ${(writtenMs / 1000).toFixed(1)} s by ${WRITERS} writers, ${BURST_ROWS} per transaction`,
    );
    console.log(
      `burst: ${EVENTS} messages handed to the provider in ${(burstMs / 1000).toFixed(1)} s = ${rate.toFixed(1)} messages/s`,
    );
    console.log(`burst latency (commit → provider, backlog included): ${summary(burstLatency)}`);

    // 2. Steady load at half the burst rate.
    const steady = Array.from({ length: STEADY_EVENTS }, (_, i) => `B2-${i}`);
    const perSecond = Math.max(1, Math.floor(rate / 2));
    const beforeSteady = whatsapp.messages().length;
    const s0 = Date.now();
    await Promise.all(
      steady.map(async (code, i) => {
        const due = s0 + (i * 1000) / perSecond;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
        await change(code);
      }),
    );
    await handedOff(beforeSteady + STEADY_EVENTS);
    console.log(`steady latency (${STEADY_EVENTS} events at ${perSecond}/s): ${summary(latencies(steady))}`);

    // Exactly once: one message per event, and the deliveries agree.
    const codes = whatsapp.messages().map((m) => /B\d+-\d+/.exec(m.parameters.join(' '))?.[0]);
    const duplicates = codes.length - new Set(codes).size;
    const { rows } = await sql.query<{ status: string; n: string }>(
      `select status, count(*) as n from notifications.deliveries where channel = 'WHATSAPP' group by status order by status`,
    );
    console.log(`duplicates: ${duplicates}`);
    console.log(`deliveries: ${rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);
    console.log(`status callbacks answered: ${whatsapp.notifications().filter((n) => n.answer === 200).length}`);
    if (duplicates !== 0) process.exitCode = 1;
  } finally {
    await sql.end();
    await system.stop();
    await whatsapp.close();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
