/**
 * `npm run bench:regency`: regency scale (issue 11), for real: embedded PostgreSQL, the seed as
 * `npm start` runs it (timed from an empty database), then 200,000 more requests over all 217
 * villages of Banyuwangi generated in SQL (with surveys and complaints), the subgraphs and the
 * gateway each their own process. Prints figures; not a test.
 *
 * Measured through the gateway with a bearer token, so the response cache never answers
 * (decision 014: only anonymous queries are cached):
 * 1. the regency league table (`villageLeague`, 217 villages, twelve months) as a regency admin;
 * 2. a district league as its district officer;
 * 3. a village staff queue (`staffServiceRequests`, first page of 20) as staff of Sembulung;
 * 4. the other two calls of the regency dashboard page: the monthly series and the marketplace
 *    figures (sellers, which asks orders for the sales), as the regency admin.
 * Targets: league p95 ≤ 300 ms, queue p95 ≤ 100 ms. REGENCY_REQUESTS (default 200000) and
 * REGENCY_RUNS (default 60) change the size.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  freePort,
  startEmbeddedPostgres,
  startSystem,
  type Ports,
  type ServiceName,
} from '@kampung/devtools';
import { signUserToken, type Membership, type Role } from '@kampung/shared';
import pg from 'pg';
import { regencyLine } from './regency-figures.js';
import { fixed, table } from './table.js';

const REQUESTS = Number(process.env.REGENCY_REQUESTS ?? 200_000);
const RUNS = Number(process.env.REGENCY_RUNS ?? 60);
const SECRET = 'bench-regency-secret-0123456789abcdef';
const ISSUER = 'smart-kampung-accounts';
const SEMBULUNG = '35.10.06.2003';
const CLURING = '35.10.06';
/** The generated requests fall in the same twelve months as the seeded history. */
const FROM = '2025-12-01T00:00:00+07:00';
const TO = '2026-12-01T00:00:00+07:00';
const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[regency] ${line}`);

const LEAGUE = `query League($period: OversightPeriodInput!, $scope: OversightScopeInput) {
  villageLeague(period: $period, scope: $scope, orderBy: ON_TIME, descending: true) {
    scopeCode
    total { requests completed onTimeShare medianHours p90Hours ikm ikmGrade complaints medianComplaintResponseHours }
    villages { code name districtName requests completed onTime onTimeShare medianHours p90Hours ikm ikmGrade ikmResponses complaints complaintsAnswered }
  }
}`;
/** The other two calls of the storefront's dashboard page (`oversight.server.ts`), made beside the league. */
const SERIES = `query Series($period: OversightPeriodInput!, $scope: OversightScopeInput) {
  oversightSeries(scope: $scope, period: $period) { month requests completed onTime onTimeShare }
}`;
const MARKET = `query Market($from: DateTimeISO!, $to: DateTimeISO!) {
  marketplaceFiguresByVillage(from: $from, to: $to) { villageCode activeShops salesRupiah }
}`;
const QUEUE = `query Queue($village: String) {
  staffServiceRequests(first: 20, villageCode: $village) {
    totalCount
    edges { cursor node { id trackingCode status submittedAt dueAt } }
  }
}`;

/**
 * 200,000 requests spread over every village of the regency and the twelve months, in one
 * statement each (generate_series): about 88% completed with working minutes around the
 * promise, the rest open, rejected or sent back; a survey for half the completed, a complaint
 * for one in forty. Due times are the promise in office days (7 hours a day) after submission:
 * close enough to the village clock for a load test, and the queries read them the same way.
 */
async function generateRegency(sql: pg.Pool): Promise<{ villages: number; ms: number }> {
  const started = Date.now();
  const villages = (await sql.query<{ code: string }>('select code from places.villages order by code')).rows.map(
    (r) => r.code,
  );
  const services = (
    await sql.query<{ id: string; version: number; sla_hours: number; fee: number }>(
      'select id, version, sla_hours, fee from services.services where village_code is null and active order by slug',
    )
  ).rows;
  if (villages.length === 0 || services.length === 0) throw new Error('the seed left no villages or services');
  await sql.query(
    `insert into services.service_requests
       (id, tracking_code, service_id, service_version, applicant_id, status, form_snapshot, answers,
        submitted_at, due_at, completed_at, sla_met, created_at, updated_at, village_code, fee, sla_hours, working_minutes_taken)
     select md5('bench-request-' || n)::uuid, 'BEN-' || lpad(to_hex(n), 8, '0'), s.id, s.version,
       md5('bench-applicant-' || (n % 20000))::uuid, x.status, '[]'::jsonb, '{}'::jsonb,
       x.submitted, x.submitted + s.sla_hours * interval '1 day' / 7 + interval '1 minute',
       case when x.status = 'COMPLETED' then x.submitted + x.minutes * interval '1 day' / 420 end,
       case when x.status = 'COMPLETED' then x.minutes <= s.sla_hours * 60 end,
       x.submitted, x.submitted, v.codes[1 + n % v.size], s.fee, s.sla_hours,
       case when x.status = 'COMPLETED' then x.minutes end
     from generate_series(1, $1::int) n
     cross join lateral (select $2::text[] as codes, cardinality($2::text[]) as size) v
     cross join lateral (select ($3::jsonb -> ((n * 7) % jsonb_array_length($3::jsonb))) as j) sj
     cross join lateral (select (sj.j ->> 'id')::uuid as id, (sj.j ->> 'version')::int as version,
                                (sj.j ->> 'sla')::int as sla_hours, (sj.j ->> 'fee')::int as fee) s
     cross join lateral (select
         $4::timestamptz + ((n::bigint * 2654435761) % 31536000) * interval '1 second' as submitted,
         case when n % 50 < 44 then 'COMPLETED' when n % 50 < 46 then 'IN_PROCESS' when n % 50 = 46 then 'SUBMITTED'
              when n % 50 = 47 then 'VERIFIED' when n % 50 = 48 then 'REJECTED' else 'INCOMPLETE' end as status,
         -- Skewed around half the promise: most on time, about one in eight late.
         greatest(10, (s.sla_hours * 60 * (0.1 + power(((n::bigint * 40503) % 1000) / 1000.0, 2.2) * 1.6))::int) as minutes
       ) x
     on conflict do nothing`,
    [
      REQUESTS,
      villages,
      JSON.stringify(services.map((s) => ({ id: s.id, version: s.version, sla: s.sla_hours, fee: s.fee }))),
      FROM,
    ],
  );
  await sql.query(
    `insert into services.satisfaction_surveys (id, request_id, service_id, scores, comment, created_at)
     select md5('bench-survey-' || r.id)::uuid, r.id, r.service_id,
       (select jsonb_agg(2 + ((h.v >> (e * 3)) & 7) % 3) from generate_series(0, 8) e),
       null, r.completed_at + interval '1 hour'
     from services.service_requests r
     cross join lateral (select ('x' || substr(r.id::text, 1, 8))::bit(32)::int as v) h
     where r.tracking_code like 'BEN-%' and r.status = 'COMPLETED' and h.v % 2 = 0
     on conflict do nothing`,
  );
  await sql.query(
    `insert into services.complaints (id, author_id, service_id, request_id, subject, body, status, response,
        created_at, responded_at, resolved_at, village_code)
     select md5('bench-complaint-' || r.id)::uuid, r.applicant_id, r.service_id, r.id, 'Surat belum selesai',
       'Permohonan sudah lewat waktu.', case when r.completed_at is null then 'WAITING' else 'RESOLVED' end,
       case when r.completed_at is null then null else 'Sudah kami tindak lanjuti.' end,
       r.submitted_at + interval '1 day',
       case when r.completed_at is null then null else r.submitted_at + interval '1 day 3 hours' end,
       case when r.completed_at is null then null else r.submitted_at + interval '2 days' end,
       r.village_code
     from services.service_requests r
     where r.tracking_code like 'BEN-%' and ('x' || substr(r.id::text, 1, 4))::bit(16)::int % 40 = 0
     on conflict do nothing`,
  );
  // As autovacuum would on a real database: statistics and the visibility map (index-only scans).
  await sql.query('vacuum analyze services.service_requests, services.satisfaction_surveys, services.complaints');
  return { villages: villages.length, ms: Date.now() - started };
}

/** Slow statements seen while `recording`, per measured query. */
const slow = { recording: false, lines: [] as string[] };

/** The slow statements logged during one measurement, grouped by their first words: count, median, max. */
function slowStatements(label: string): (string | number)[][] {
  const groups = new Map<string, number[]>();
  for (const line of slow.lines.splice(0)) {
    const match = /^\[([^\]]*)\].*duration: ([\d.]+) ms\s+(?:execute [^:]*: |statement: )?(.*)$/.exec(line);
    if (!match) continue;
    const key = `${match[1]}: ${match[3]!.replace(/\s+/g, ' ').slice(0, 110)}`;
    groups.set(key, [...(groups.get(key) ?? []), Number(match[2])]);
  }
  return [...groups]
    .map(([statement, times]) => {
      const sorted = times.sort((a, b) => a - b);
      return [label, statement, sorted.length, fixed(percentile(sorted, 50)), fixed(sorted.at(-1)!)];
    })
    .sort((a, b) => Number(b[2]) - Number(a[2]))
    .slice(0, 6);
}

/** The seed as a child process, its lines shown as they come; resolves with its output. */
function runSeed(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'seed/src/main.ts', '--if-empty'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    process.stdout.write(chunk);
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`seed exited with ${code}`)))),
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** utime + stime (+ children's, for the postmaster) of a process, in clock ticks, from /proc. */
function ticksOf(pid: number, withChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
  } catch {
    return 0; // ended meanwhile
  }
}

/** PostgreSQL's processes: the postmaster (with the backends it reaped) and its live children. */
function postgresTicks(postmaster: number): number {
  let ticks = ticksOf(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return ticks;
}

/**
 * CPU milliseconds used by the gateway, the services subgraph, the sellers and orders subgraphs
 * and PostgreSQL: the work a query costs, which the load of other sessions on the machine does
 * not inflate as it inflates wall-clock times. Linux only (/proc); null elsewhere.
 */
type CpuSampler = () => Record<string, number> | null;
function cpuSampler(pids: Record<string, number>, postmaster: number): CpuSampler {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  return () => {
    if (!existsSync('/proc/self/stat')) return null;
    const sample: Record<string, number> = {};
    for (const [name, pid] of Object.entries(pids)) sample[name] = ticksOf(pid) * tick;
    sample.postgres = postgresTicks(postmaster) * tick;
    return sample;
  };
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
  /** CPU ms per call, by process. */
  cpu: Record<string, number> | null;
}

async function measure(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  check: (data: Record<string, unknown>) => void,
  cpu: CpuSampler = () => null,
): Promise<Timing> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    const ms = performance.now() - started;
    if (body.errors?.length || !body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
    check(body.data);
    return ms;
  };
  for (let i = 0; i < 5; i++) await once(); // warm-up: plans, pools, JIT
  const times: number[] = [];
  slow.lines.length = 0;
  slow.recording = true;
  const cpuBefore = cpu();
  for (let i = 0; i < RUNS; i++) times.push(await once());
  const cpuAfter = cpu();
  slow.recording = false;
  times.sort((a, b) => a - b);
  const perCall =
    cpuBefore && cpuAfter
      ? Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k]! - cpuBefore[k]!) / RUNS]))
      : null;
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, cpu: perCall };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-bench-'));
  chmodSync(dir, 0o755); // initdb runs as another user when we are root
  // Statements slower than 50 ms are logged while measuring: where the time goes.
  const db = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    settings: { log_min_duration_statement: '50', log_line_prefix: '[%a] ' },
    onLog: (line) => {
      if (slow.recording && line.includes('duration:')) slow.lines.push(line);
    },
  });
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  const sql = new pg.Pool({ connectionString: db.url, max: 3 });
  // An idle connection ended by the server while everything stops is no failure of the run.
  sql.on('error', () => undefined);
  let system: Awaited<ReturnType<typeof startSystem>> | undefined;
  // Interrupted (Ctrl-C, a timeout): stop what runs and remove the data, as at the end.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping…`);
      void (async () => {
        await system?.stop().catch(() => undefined);
        await db.stop().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      })();
    });
  }
  try {
    // (c) The seed exactly as `npm start` runs it on an empty database.
    let t0 = Date.now();
    const seedOutput = await runSeed(env);
    const seedMs = Date.now() - t0;
    const historyLine = seedOutput.split('\n').find((l) => l.startsWith('[seed] history:')) ?? '(no history line)';
    const seeded = (await sql.query<{ n: string }>('select count(*)::text as n from services.service_requests'))
      .rows[0]!.n;

    log(`seeded in ${seedMs} ms; generating ${REQUESTS} requests over the regency…`);
    const generated = await generateRegency(sql);
    log(`generated in ${generated.ms} ms; starting the system…`);
    const [counts] = (
      await sql.query<{
        requests: string;
        villages: string;
        surveys: string;
        complaints: string;
        histogram_rows: string;
        histogram_entries: string;
      }>(
        `select (select count(*) from services.service_requests)::text as requests,
           (select count(distinct village_code) from services.service_requests)::text as villages,
           (select count(*) from services.satisfaction_surveys)::text as surveys,
           (select count(*) from services.complaints)::text as complaints,
           (select count(*) from services.oversight_minutes)::text as histogram_rows,
           (select coalesce(sum(cardinality(minutes)), 0) from services.oversight_minutes)::text as histogram_entries`,
      )
    ).rows;

    const ports = {} as Ports;
    for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
    t0 = Date.now();
    system = await startSystem({
      root,
      databaseUrl: db.url,
      jwtSecret: SECRET,
      sessionSecret: 'bench-session-secret',
      ports,
      storefront: false,
      env: { LOG_LEVEL: 'warn', UPLOADS_DIR: path.join(dir, 'uploads') },
    });
    const startMs = Date.now() - t0;
    log(`system up in ${startMs} ms; measuring…`);
    table(
      'Regency setup',
      ['step', 'figure'],
      [
        ['seed from empty (`seed/src/main.ts --if-empty`, as `npm start`)', `${seedMs} ms`],
        ['of which the office history', historyLine.replace('[seed] history: ', '')],
        ['requests after the seed', seeded],
        [
          `generated in SQL over ${generated.villages} villages`,
          `${REQUESTS} requests + surveys + complaints in ${generated.ms} ms`,
        ],
        [
          'database now',
          `${counts!.requests} requests in ${counts!.villages} villages, ${counts!.surveys} surveys, ${counts!.complaints} complaints`,
        ],
        [
          'histograms of completion minutes (decision 029)',
          `${counts!.histogram_rows} rows (village × month × service, and all services) holding ${counts!.histogram_entries} (minutes, count) entries`,
        ],
        ['startSystem (subgraphs, gateway)', `${startMs} ms`],
      ],
    );

    const token = (roles: Role[], memberships: Membership[]) =>
      signUserToken({ userId: randomUUID(), roles, memberships }, { secret: SECRET, issuer: ISSUER });
    const admin = await token(['ADMIN', 'STAFF'], [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    const officer = await token(['STAFF'], [{ role: 'DISTRICT_OFFICER', place: CLURING }]);
    const staff = await token(['STAFF'], [{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]);
    const period = { from: new Date(FROM).toISOString(), to: new Date(TO).toISOString() };
    const villagesOf = (data: Record<string, unknown>) =>
      (data.villageLeague as { villages: { requests: number }[] }).villages;

    const pids: Record<string, number> = {};
    for (const name of ['gateway', 'services', 'sellers', 'orders'] as const) {
      const pid = system.processes.get(name)?.child.pid;
      if (pid) pids[name] = pid;
    }
    const backend = (await sql.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const postmaster = Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    const cpu = cpuSampler(pids, postmaster);

    const fullLeague = (data: Record<string, unknown>) => {
      if (villagesOf(data).length !== 217) throw new Error(`league has ${villagesOf(data).length} villages, not 217`);
    };
    const regency = await measure(system.gatewayUrl, admin, LEAGUE, { period }, fullLeague, cpu);
    const slowRows = slowStatements('regency league');
    // The same query straight to the services subgraph: what the gateway adds is the difference.
    const direct = await measure(system.subgraphUrls.services, admin, LEAGUE, { period }, fullLeague, cpu);
    slowRows.push(...slowStatements('regency league, subgraph direct'));
    const district = await measure(
      system.gatewayUrl,
      officer,
      LEAGUE,
      { period, scope: { districtCode: CLURING } },
      (data) => {
        if (villagesOf(data).length === 0) throw new Error('district league is empty');
      },
      cpu,
    );
    slowRows.push(...slowStatements('district league'));
    const series = await measure(
      system.gatewayUrl,
      admin,
      SERIES,
      { period },
      (data) => {
        if ((data.oversightSeries as unknown[]).length !== 12) throw new Error('the series has not 12 months');
      },
      cpu,
    );
    slowRows.push(...slowStatements('monthly series'));
    const market = await measure(
      system.gatewayUrl,
      admin,
      MARKET,
      period,
      (data) => {
        if (!Array.isArray(data.marketplaceFiguresByVillage)) throw new Error('no marketplace figures');
      },
      cpu,
    );
    slowRows.push(...slowStatements('marketplace figures'));
    const queue = await measure(
      system.gatewayUrl,
      staff,
      QUEUE,
      { village: SEMBULUNG },
      (data) => {
        const page = data.staffServiceRequests as { edges: unknown[]; totalCount: number };
        if (page.edges.length === 0) throw new Error('queue is empty');
      },
      cpu,
    );
    slowRows.push(...slowStatements('village queue'));
    const queueTotal = (
      await sql.query<{ n: string }>(
        `select count(*)::text as n from services.service_requests where village_code = $1 and status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS')`,
        [SEMBULUNG],
      )
    ).rows[0]!.n;

    // The plans of the statements behind the measured queries, on this database (after the runs).
    const explain = async (label: string, text: string, params: unknown[]) => {
      // work_mem 32MB, as the league ran percentile_cont before decision 029 (its sort stays in memory).
      const client = await sql.connect();
      let plan: pg.QueryResult<{ 'QUERY PLAN': string }>;
      try {
        await client.query("begin; set local work_mem = '32MB'");
        plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params);
        await client.query('rollback');
      } finally {
        client.release();
      }
      log(`EXPLAIN (ANALYZE, BUFFERS): ${label}\n${plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
    };
    await explain(
      'regency league, roll-up sums',
      `select m.village_code, grouping(m.village_code), sum(m.requests), sum(m.completed), sum(m.on_time), sum(m.sla_judged),
         sum(m.surveys), ${Array.from({ length: 9 }, (_, i) => `sum(m.ikm_sum${i + 1})`).join(', ')}
       from services.oversight_monthly m
       where m.month >= $1::date and m.month < $2::date and m.service_id = '00000000-0000-0000-0000-000000000000'
       group by grouping sets ((m.village_code), ())`,
      ['2025-12-01', '2026-12-01'],
    );
    await explain(
      'regency league, histograms of completion minutes (percentiles computed from them in the subgraph)',
      `select h.village_code, array_to_string(h.minutes, ','), array_to_string(h.counts, ',')
       from services.oversight_minutes h
       where h.month >= $1::date and h.month < $2::date and h.service_id = '00000000-0000-0000-0000-000000000000'`,
      ['2025-12-01', '2026-12-01'],
    );
    await explain(
      'for comparison: percentile_cont over the completed requests (what the league ran before decision 029)',
      `select r.village_code, grouping(r.village_code),
         percentile_cont(0.5) within group (order by r.working_minutes_taken),
         percentile_cont(0.9) within group (order by r.working_minutes_taken)
       from services.service_requests r where r.submitted_at >= $1 and r.submitted_at < $2 and r.status = 'COMPLETED'
       group by grouping sets ((r.village_code), ())`,
      [FROM, TO],
    );
    await explain(
      'regency league, complaints',
      `select c.village_code, grouping(c.village_code), count(*), count(*) filter (where c.responded_at is not null),
         percentile_cont(0.5) within group (order by extract(epoch from c.responded_at - c.created_at) / 60)
       from services.complaints c where c.created_at >= $1 and c.created_at < $2
       group by grouping sets ((c.village_code), ())`,
      [FROM, TO],
    );
    await explain(
      'village queue, first page (as keysetPage asks it)',
      `select r.* from services.service_requests r
       where r.village_code = $1 and r.status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS')
       order by r.due_at asc, r.id asc limit 21`,
      [SEMBULUNG],
    );
    await explain(
      'village queue, total count',
      `select count(*) from services.service_requests r
       where r.village_code = $1 and r.status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS')`,
      [SEMBULUNG],
    );
    const verdict = (ms: number, target: number) => (ms <= target ? 'met' : 'MISSED');
    table(
      `Regency (issue 11): through the gateway with a token (never cached), ${RUNS} runs after 5 warm-ups`,
      ['query', 'p50 ms', 'p95 ms', 'max ms', 'target', 'verdict'],
      [
        [
          'villageLeague, regency (217 villages, 12 months), regency admin',
          fixed(regency.p50),
          fixed(regency.p95),
          fixed(regency.max),
          'p95 ≤ 300',
          verdict(regency.p95, 300),
        ],
        [
          'the same, straight to the services subgraph (no gateway)',
          fixed(direct.p50),
          fixed(direct.p95),
          fixed(direct.max),
          '',
          '',
        ],
        [
          'villageLeague, district Cluring, its district officer',
          fixed(district.p50),
          fixed(district.p95),
          fixed(district.max),
          'p95 ≤ 300',
          verdict(district.p95, 300),
        ],
        [
          'oversightSeries, regency, 12 months (beside the league on the dashboard)',
          fixed(series.p50),
          fixed(series.p95),
          fixed(series.max),
          '',
          '',
        ],
        [
          'marketplaceFiguresByVillage, 12 months (sellers → orders; beside the league)',
          fixed(market.p50),
          fixed(market.p95),
          fixed(market.max),
          '',
          '',
        ],
        [
          `staffServiceRequests first 20, Sembulung staff (${queueTotal} open)`,
          fixed(queue.p50),
          fixed(queue.p95),
          fixed(queue.max),
          'p95 ≤ 100',
          verdict(queue.p95, 100),
        ],
      ],
    );
    const cpuRow = (label: string, t: Timing) => {
      const c = t.cpu;
      const total = c ? Object.values(c).reduce((a, b) => a + b, 0) : null;
      return [
        label,
        ...['gateway', 'services', 'sellers', 'orders', 'postgres'].map((k) => (c ? fixed(c[k] ?? 0) : null)),
        total === null ? null : fixed(total),
      ];
    };
    table(
      `Regency: CPU ms per call by process (from /proc, ${RUNS} calls; not inflated by other sessions' load as wall time is; 10 ms ticks)`,
      ['query', 'gateway', 'services', 'sellers', 'orders', 'postgres', 'total'],
      [
        cpuRow('villageLeague, regency', regency),
        cpuRow('villageLeague, regency, subgraph direct', direct),
        cpuRow('villageLeague, district Cluring', district),
        cpuRow('oversightSeries, regency', series),
        cpuRow('marketplaceFiguresByVillage', market),
        cpuRow('staffServiceRequests first 20', queue),
      ],
    );
    table(
      'Regency: statements over 50 ms while measuring (PostgreSQL log, by application)',
      ['measured query', 'statement', 'count', 'p50 ms', 'max ms'],
      slowRows.length > 0 ? slowRows : [['all', 'none over 50 ms', 0, null, null]],
    );
    // One line for bench/run.ts to pick up.
    console.log(regencyLine({ league: regency, queue, seedMs, requests: Number(counts!.requests) }));
  } finally {
    await system?.stop();
    await sql.end();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error('[regency] failed:', error);
  process.exitCode = 1;
}
