/**
 * `npm run db:backup` and `npm run db:restore`, for real, on a system of its own: orders and
 * service requests are made through the gateway, the database is backed up, the schemas are
 * dropped, the backup is restored, and every row of every table must be back as it was.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_REGISTRY } from '@kampung/shared';
import { attemptCheckout, eventually, freshVariants, gqlAt, tokenFor } from './support/faults.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';
import { graphql } from './support/graphql.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const SCHEMAS = SUBGRAPH_REGISTRY.map((entry) => entry.databaseSchema);
let running: IsolatedSystem;

beforeAll(async () => {
  running = await startIsolatedSystem({ name: 'kampung-backup', storefront: false });
}, 180_000);

afterAll(async () => {
  await running?.stop();
}, 60_000);

/** Every row of every table of the five schemas, as PostgreSQL's JSON text, sorted: a full picture to compare. */
async function snapshot(): Promise<Map<string, string[]>> {
  const tables = (
    await running.db.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_schema = any($1) and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
      [SCHEMAS],
    )
  ).rows;
  const picture = new Map<string, string[]>();
  for (const { name } of tables) {
    const { rows } = await running.db.query<{ row: string }>(`select row_to_json(t)::text as row from ${name} t`);
    picture.set(name, rows.map((r) => r.row).sort());
  }
  return picture;
}

const sequences = async () =>
  (
    await running.db.query<{ name: string; last: string | null }>(
      `select format('%I.%I', schemaname, sequencename) as name, last_value::text as last from pg_sequences where schemaname = any($1) order by 1`,
      [SCHEMAS],
    )
  ).rows;

const uploadsOf = (system: IsolatedSystem) => path.join(system.dir, 'uploads');

const script = (name: 'db-backup' | 'db-restore', ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: running.databaseUrl, UPLOADS_DIR: uploadsOf(running) },
  });

// A full backup and restore of the seeded database (126 000 rows) took 90 s on a loaded machine.
describe('backups', () => {
  it('a backup restored over a wiped database gives back every order (lines, payments) and every service request (timeline), row by row', async () => {
    const started = Date.now();
    // Orders: cash on delivery and Midtrans, a paid one among them.
    const fixture = await freshVariants(running, 2, 20);
    const orderIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await attemptCheckout(running, await tokenFor(running), fixture, fixture.variantIds[i % 2]!, {
        paymentMethod: i % 2 ? 'MIDTRANS' : 'COD',
        idempotencyKey: `backup-${i}-${Date.now()}`,
      });
      if (!outcome.ok) throw new Error(`checkout failed: ${outcome.reason}`);
      orderIds.push(outcome.orderId);
    }
    // Service requests with a timeline of more than one step.
    const staff = await tokenFor(running, ['STAFF']);
    const answers = Object.entries({
      nik: '3510014507900001',
      kk: '3510010101900002',
      fullName: 'Siti Rahayu',
      address: 'RT 01 RW 02, Dusun Krajan',
      purpose: 'Beasiswa sekolah',
    }).map(([key, value]) => ({ key, value }));
    const requestIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const submitted = await gqlAt(
        running.gatewayUrl,
        graphql(
          'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id } }',
        ),
        { slug: 'surat-keterangan-tidak-mampu', answers },
        await tokenFor(running),
      );
      expect(submitted.errors).toBeUndefined();
      const id = submitted.data!.submitServiceRequest.id;
      requestIds.push(id);
      const moved = await gqlAt(
        running.gatewayUrl,
        graphql(
          'mutation($id: ID!) { transitionServiceRequest(id: $id, to: VERIFIED, note: "Berkas lengkap") { status } }',
        ),
        { id },
        staff,
      );
      expect(moved.errors).toBeUndefined();
    }
    // A sequence that has been used, so restoring sequences is checked for real.
    await running.db.query(
      `select nextval(format('%I.%I', schemaname, sequencename)::regclass) from pg_sequences, generate_series(1, 3) where schemaname = any($1)`,
      [SCHEMAS],
    );
    // Notifications settle first: the relays and the delivery queue go on writing after the changes above.
    await eventually(
      'notification outboxes empty and deliveries still',
      async () => {
        const fingerprint = async () =>
          JSON.stringify(
            (
              await running.db.query(
                `select (select count(*) from accounts.notification_outbox) + (select count(*) from sellers.notification_outbox)
                      + (select count(*) from orders.notification_outbox) + (select count(*) from services.notification_outbox) as waiting,
                        (select count(*) from notifications.deliveries) as deliveries,
                        (select max(updated_at) from notifications.deliveries) as changed`,
              )
            ).rows[0],
          );
        const first = await fingerprint();
        if (JSON.parse(first).waiting !== '0') return undefined;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return first === (await fingerprint()) ? true : undefined;
      },
      60_000,
      200,
    );
    const before = await snapshot();
    const sequencesBefore = await sequences();
    expect(before.get('orders.orders')!.length).toBeGreaterThanOrEqual(orderIds.length);
    const timeline = (
      await running.db.query('select 1 from services.service_request_events where request_id = any($1::uuid[])', [
        requestIds,
      ])
    ).rowCount;
    expect(timeline).toBe(requestIds.length * 2);

    // An uploaded file of the local default store: the backup carries it beside the dump.
    const letter = path.join(uploadsOf(running), 'services', 'letters', '2026', 'backup-uji.pdf');
    mkdirSync(path.dirname(letter), { recursive: true });
    writeFileSync(letter, `%PDF-1.7 backup ${Date.now()}`);
    const letterBytes = readFileSync(letter);

    const file = path.join(running.dir, 'backups', 'uji.dump');
    const backup = await script('db-backup', file);
    expect(backup.stdout).toMatch(/wrote .*uji\.dump/);
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(1_000);
    expect(readFileSync(path.join(`${file}.files`, 'services', 'letters', '2026', 'backup-uji.pdf'))).toEqual(
      letterBytes,
    );
    rmSync(uploadsOf(running), { recursive: true, force: true });
    const backedUpAt = Date.now();

    // Wiped: the five schemas are gone.
    for (const schema of SCHEMAS) await running.db.query(`drop schema ${schema} cascade`);
    expect(
      (await running.db.query(`select 1 from information_schema.schemata where schema_name = any($1)`, [SCHEMAS]))
        .rowCount,
    ).toBe(0);

    const restore = await script('db-restore', file);
    expect(restore.stdout).toMatch(/restored/);
    expect(readFileSync(letter)).toEqual(letterBytes);
    const after = await snapshot();
    expect([...after.keys()]).toEqual([...before.keys()]);
    let rows = 0;
    for (const [table, beforeRows] of before) {
      expect(after.get(table), table).toEqual(beforeRows);
      rows += beforeRows.length;
    }
    for (const id of orderIds) {
      const lines = await running.db.query(
        'select 1 from orders.order_lines l join orders.seller_orders so on so.id = l.seller_order_id where so.order_id = $1',
        [id],
      );
      const payments = await running.db.query('select 1 from orders.payments where order_id = $1', [id]);
      expect(lines.rowCount).toBe(1);
      expect(payments.rowCount).toBe(1);
    }
    // Sequences came back too: new rows do not collide with restored ones.
    expect(await sequences()).toEqual(sequencesBefore);

    // The running services read the restored data (they reconnect on their own) and write new rows.
    const buyer = (
      await running.db.query<{ buyer_id: string }>('select buyer_id from orders.orders where id = $1', [orderIds[0]])
    ).rows[0]!.buyer_id;
    const mine = await eventually(
      'the orders subgraph to read the restored order',
      async () => {
        const result = await gqlAt(
          running.gatewayUrl,
          graphql('query($id: ID!) { order(id: $id) { id status } }'),
          { id: orderIds[0]! },
          await tokenFor(running, ['BUYER'], buyer),
        );
        return result.data?.order ?? undefined;
      },
      15_000,
    );
    expect(mine.id).toBe(orderIds[0]);
    const again = await attemptCheckout(running, await tokenFor(running), fixture, fixture.variantIds[0]!);
    expect(again.ok).toBe(true);
    console.log(
      `[backup] ${before.size} tables, ${rows} rows compared; backup ${backedUpAt - started} ms after start; total ${Date.now() - started} ms`,
    );
  }, 240_000);

  it('restore refuses a file that is cut short, and changes nothing', async () => {
    const file = path.join(running.dir, 'backups', 'whole.dump');
    await script('db-backup', file);
    const cut = path.join(running.dir, 'backups', 'cut.dump');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const whole = readFileSync(file);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = await running.db.query('select count(*) as n from orders.orders');
    const failed = await script('db-restore', cut).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/restore failed/);
    const after = await running.db.query('select count(*) as n from orders.orders');
    expect(after.rows).toEqual(before.rows);
  }, 240_000);
});
