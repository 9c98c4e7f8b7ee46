import { subgraph as accountsSubgraph } from '@kampung/accounts';
import { createTestDatabase } from '@kampung/devtools';
import { subgraph as servicesSubgraph } from '@kampung/services';
import { addWorkingHours, createOrm, type MikroORM } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateHistory } from '../data/history.js';
import { holidays } from '../data/places-holidays.js';
import { onlineVillages } from '../data/places.js';
import { seedId } from '../ids.js';
import { seedAccounts } from './accounts.js';
import { seedHistory, type HistorySeedResult } from './history.js';
import { seedServices } from './services.js';

let accounts: MikroORM;
let services: MikroORM;
let drop: () => Promise<void>;
let first: Awaited<ReturnType<typeof seedHistory>>;

const query = <T>(sql: string, params: unknown[] = []) => services.em.getConnection().execute<T[]>(sql, params);
const ems = () => ({ services: services.em.fork(), accounts: accounts.em.fork() });

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseUrl'), 'seed_history');
  drop = database.drop;
  const orm = (definition: typeof servicesSubgraph | typeof accountsSubgraph, schema: string) =>
    createOrm({
      schema,
      databaseUrl: database.url,
      entities: definition.entities,
      migrations: definition.migrations,
      appName: `seed-history-test-${schema}`,
      poolMax: 2,
    });
  accounts = await orm(accountsSubgraph, 'accounts');
  services = await orm(servicesSubgraph, 'services');
  await seedAccounts(accounts.em.fork());
  await seedServices(services.em.fork());
  first = await seedHistory(ems());
}, 120_000);
afterAll(async () => {
  await services?.close();
  await accounts?.close();
  await drop?.();
});

describe('seedHistory', () => {
  it('loads every generated request, survey and complaint, and the citizens, in a few seconds', async () => {
    expect('skipped' in first).toBe(false);
    const result = first as HistorySeedResult;
    console.log(`[history seed] ${JSON.stringify(result)}`);
    const generated = generateHistory();
    expect(result.requests).toBe(generated.requests.length);
    expect(result.requestsWritten).toBe(generated.requests.length);
    const [counts] = await query<Record<string, string>>(`select
      (select count(*) from services.service_requests)::text as requests,
      (select count(*) from services.satisfaction_surveys)::text as surveys,
      (select count(*) from services.complaints)::text as complaints,
      (select count(*) from accounts.users where email like 'warga.%@kampung.test')::text as citizens,
      (select count(*) from services.service_request_events)::text as events`);
    expect(counts).toMatchObject({
      requests: String(generated.requests.length),
      surveys: String(generated.surveys.length),
      complaints: String(generated.complaints.length),
      citizens: String(generated.citizens.length),
    });
    expect(Number(counts!.events)).toBeGreaterThan(generated.requests.length);
    expect(result.ms).toBeLessThan(20_000);
  });

  it('stores what the clock says: due times, working minutes and SLA met as the live code would compute them', async () => {
    const rows = await query<{
      village_code: string;
      submitted_at: string;
      due_at: string;
      sla_hours: number;
      completed_at: string | null;
      sla_met: boolean | null;
      working_minutes_taken: number | null;
    }>(
      `select village_code, submitted_at, due_at, sla_hours, completed_at, sla_met, working_minutes_taken
         from services.service_requests order by id limit 300`,
    );
    const hours = new Map(onlineVillages.map((v) => [v.code, v.hours]));
    const dates = holidays.map((h) => h.date);
    for (const row of rows) {
      const calendar = { hours: hours.get(row.village_code)!, holidays: dates };
      const [submitted, due] = [new Date(row.submitted_at), new Date(row.due_at)];
      expect(due).toEqual(addWorkingHours(calendar, submitted, row.sla_hours));
      if (row.completed_at) expect(row.sla_met).toBe(new Date(row.completed_at) <= due);
    }
    // Every online village has its queue and its history; late share as in the generator.
    const [late] = await query<{ villages: string; late: number }>(
      `select count(distinct village_code)::text as villages,
              avg(case when sla_met then 0 else 1 end)::float as late
         from services.service_requests where status = 'COMPLETED'`,
    );
    expect(late!.villages).toBe(String(onlineVillages.length));
    expect(late!.late).toBeGreaterThan(0.08);
    expect(late!.late).toBeLessThan(0.2);
  });

  it('gives every online village adoptions of the templates it has requests for', async () => {
    const [row] = await query<{ missing: string }>(
      `select count(*)::text as missing from services.service_requests r
        where not exists (select 1 from services.village_services vs
                           where vs.village_code = r.village_code and vs.service_id = r.service_id and vs.active)`,
    );
    expect(row!.missing).toBe('0');
  });

  it('uses the seed ids: citizens and requests are seedId of their keys', () => {
    const generated = generateHistory();
    expect(generated.citizens[0]!.id).toBe(seedId('user', 'warga-1'));
    expect(generated.requests[0]!.id).toBe(seedId('history-request', `${onlineVillages[0]!.code}:1`));
  });

  it("answers and steps are signed by the village's seeded staff account", async () => {
    const [row] = await query<{ answered: string; by_staff: string; moved: string; moved_by_staff: string }>(
      `select
         (select count(*) from services.complaints where responded_at is not null)::text as answered,
         (select count(*) from services.complaints c join accounts.users u on u.id = c.responder_id
           where u.email like 'staf.%@kampung.test')::text as by_staff,
         (select count(*) from services.service_request_events where from_status is not null)::text as moved,
         (select count(*) from services.service_request_events e join accounts.users u on u.id = e.actor_id
           where u.email like 'staf.%@kampung.test')::text as moved_by_staff`,
    );
    expect(Number(row!.answered)).toBeGreaterThan(100);
    expect(row!.by_staff).toBe(row!.answered);
    expect(row!.moved_by_staff).toBe(row!.moved);
  });

  it('generated citizens sign in with the demo password hash; no personal number looks real', async () => {
    const [hashes] = await query<{ n: string }>(
      `select count(distinct password_hash)::text as n from accounts.users
        where email like 'warga.%@kampung.test' or email = 'pembeli@kampung.test'`,
    );
    expect(hashes!.n).toBe('1');
    const [real] = await query<{ n: string }>(
      `select count(*)::text as n from services.service_requests where answers->>'nik' !~ '^000000'`,
    );
    expect(real!.n).toBe('0');
  });

  it('is idempotent: a second run writes nothing; with ifEmpty it is skipped', async () => {
    const again = (await seedHistory(ems())) as HistorySeedResult;
    expect(again.requestsWritten).toBe(0);
    expect(await seedHistory(ems(), { ifEmpty: true })).toEqual({ skipped: 'history already present' });
    const [row] = await query<{ n: string }>('select count(*)::text as n from services.service_requests');
    expect(Number(row!.n)).toBe((first as HistorySeedResult).requests);
  });
});
