/**
 * Loads the twelve months of office history (seed/src/data/history.ts) with a handful of bulk
 * statements: each batch is one JSON parameter unpacked by jsonb_to_recordset, so thousands of
 * rows cost one round trip. Idempotent: every row has a deterministic id and conflicts are
 * skipped. Skipped entirely when the tables do not have their village columns yet.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hash } from '@node-rs/argon2';
import { generateHistory, historyRequestId, type VillageOffers } from '../data/history.js';
import { onlineVillages } from '../data/places.js';
import { DEMO_PASSWORD, villageSlug } from '../data/users.js';
import { seedId } from '../ids.js';

export interface HistorySeedResult {
  citizens: number;
  requests: number;
  surveys: number;
  complaints: number;
  /** Rows actually written (0 on a second run). */
  requestsWritten: number;
  ms: number;
}

type Row = Record<string, unknown>;
const BATCH = 2000;

async function columnsOf(em: EntityManager, schema: string, table: string): Promise<Map<string, boolean>> {
  const rows = await em.getConnection().execute<{ column_name: string; required: boolean }[]>(
    `select column_name, (is_nullable = 'NO' and column_default is null) as required
       from information_schema.columns where table_schema = ? and table_name = ?`,
    [schema, table],
  );
  return new Map(rows.map((r) => [r.column_name, r.required]));
}

/**
 * `insert … select … from jsonb_to_recordset(?)`, in batches, keeping only the columns the
 * table has. Returns the rows written, or null when the table has a required column we do not
 * fill (someone added one since: better to skip than to fail the whole seed).
 */
async function insertRows(
  em: EntityManager,
  table: string,
  columns: Map<string, boolean>,
  types: Record<string, string>,
  rows: Row[],
  /** Columns computed in SQL from a joined table instead of sent with every row. */
  derived?: { join: string; columns: Record<string, string> },
): Promise<number | null> {
  const used = Object.keys(types).filter((c) => columns.has(c));
  const derivedColumns = Object.keys(derived?.columns ?? {});
  const missing = [...columns].filter(([c, required]) => required && !used.includes(c) && !derivedColumns.includes(c));
  if (missing.length > 0) {
    console.warn(`[seed] history: ${table} needs ${missing.map(([c]) => c).join(', ')}; not loaded`);
    return null;
  }
  const list = [...used, ...Object.keys(derived?.columns ?? {})].map((c) => `"${c}"`).join(', ');
  const selected = [...used.map((c) => `r."${c}"`), ...Object.values(derived?.columns ?? {})].join(', ');
  const join = derived ? ` ${derived.join}` : '';
  const record = used.map((c) => `"${c}" ${types[c]}`).join(', ');
  let written = 0;
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((row) => Object.fromEntries(used.map((c) => [c, row[c] ?? null])));
    // Through knex with a bound parameter: MikroORM's execute() would inline megabytes of JSON into the SQL text.
    const result = await em
      .getConnection()
      .getKnex()
      .raw<{ rows: { n: string }[] }>(
        `with inserted as (insert into ${table} (${list}) select ${selected} from jsonb_to_recordset(?::jsonb) as r(${record})${join} on conflict do nothing returning 1) select count(*) as n from inserted`,
        [JSON.stringify(batch)],
      );
    written += Number(result.rows[0]?.n ?? 0);
  }
  if (process.env.HISTORY_TIMING) console.log(`[history] ${table}: ${rows.length} rows in ${Date.now() - t0} ms`);
  return written;
}

/**
 * What each online village offers (active adoptions, with the template's fee and time where the
 * village does not override them). A village with no adoption at all is given every active
 * template, so its history and its catalogue agree.
 */
async function villageOffers(em: EntityManager): Promise<VillageOffers> {
  const tables = await em
    .getConnection()
    .execute<{ name: string }[]>(
      `select table_name as name from information_schema.tables where table_schema = 'services' and table_name = 'village_services'`,
    );
  if (tables.length === 0) return new Map();
  const codes = onlineVillages.map((v) => v.code);
  await em.getConnection().execute(
    `insert into services.village_services (village_code, service_id, active)
     select v.code, s.id, true from unnest(?::text[]) as v(code) cross join services.services s
      where s.active and s.village_code is null
        and not exists (select 1 from services.village_services x where x.village_code = v.code)
     on conflict do nothing`,
    [`{${codes.join(',')}}`],
  );
  const rows = await em
    .getConnection()
    .execute<{ village_code: string; slug: string; fee: number; sla_hours: number }[]>(
      `select vs.village_code, s.slug, coalesce(vs.fee, s.fee) as fee, coalesce(vs.sla_hours, s.sla_hours) as sla_hours
       from services.village_services vs join services.services s on s.id = vs.service_id
      where vs.active and s.village_code is null and vs.village_code = any(?::text[])`,
      [`{${codes.join(',')}}`],
    );
  const offers = new Map<string, Map<string, { fee: number; slaHours: number }>>();
  for (const row of rows) {
    const village = offers.get(row.village_code) ?? new Map();
    village.set(row.slug, { fee: Number(row.fee), slaHours: Number(row.sla_hours) });
    offers.set(row.village_code, village);
  }
  return offers;
}

/**
 * The history, after the services (templates and adoptions) and the demo accounts exist. With
 * `ifEmpty`, nothing is done when the first history request is already there.
 */
export async function seedHistory(
  ems: { services: EntityManager; accounts: EntityManager },
  options: { ifEmpty?: boolean } = {},
): Promise<HistorySeedResult | { skipped: string }> {
  const started = Date.now();
  const services = ems.services;
  const requestColumns = await columnsOf(services, 'services', 'service_requests');
  if (!requestColumns.has('village_code')) return { skipped: 'service_requests has no village_code yet' };

  if (options.ifEmpty && onlineVillages.length > 0) {
    const [present] = await services
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from services.service_requests where id = ?', [
        historyRequestId(onlineVillages[0]!.code, 1),
      ]);
    if (Number(present?.n) > 0) return { skipped: 'history already present' };
  }
  const offers = await villageOffers(services);
  const t0 = Date.now();
  const history = generateHistory({ offers });
  if (process.env.HISTORY_TIMING) console.log(`[history] generated in ${Date.now() - t0} ms`);

  const templates = await services
    .getConnection()
    .execute<{ id: string; slug: string }[]>(`select id, slug from services.services where village_code is null`);
  const bySlug = new Map(templates.map((t) => [t.slug, t]));
  const requests = history.requests.filter((r) => bySlug.has(r.serviceSlug));

  // Citizens: one password hash for all of them (the demo buyer's, or the demo password's).
  const accounts = ems.accounts;
  const [buyer] = await accounts
    .getConnection()
    .execute<{ password_hash: string }[]>(
      `select password_hash from accounts.users where email = 'pembeli@kampung.test'`,
    );
  const passwordHash = buyer?.password_hash ?? (await hash(DEMO_PASSWORD));
  const userColumns = await columnsOf(accounts, 'accounts', 'users');
  const domicile = ['domicile_village_code', 'village_code'].find((c) => userColumns.has(c));
  await insertRows(
    accounts,
    'accounts.users',
    userColumns,
    {
      id: 'uuid',
      email: 'varchar',
      name: 'varchar',
      password_hash: 'varchar',
      roles: 'text[]',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
      ...(domicile ? { [domicile]: 'varchar' } : {}),
    },
    history.citizens.map((c) => ({
      id: c.id,
      email: c.email,
      name: c.name,
      password_hash: passwordHash,
      roles: ['BUYER'],
      created_at: '2025-11-01T00:00:00+07:00',
      updated_at: '2025-11-01T00:00:00+07:00',
      ...(domicile ? { [domicile]: c.villageCode } : {}),
    })),
  );

  const requestsWritten = await insertRows(
    services,
    'services.service_requests',
    requestColumns,
    {
      id: 'uuid',
      tracking_code: 'varchar',
      service_id: 'uuid',
      applicant_id: 'uuid',
      status: 'varchar',
      answers: 'jsonb',
      submitted_at: 'timestamptz',
      due_at: 'timestamptz',
      completed_at: 'timestamptz',
      sla_met: 'boolean',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
      village_code: 'varchar',
      fee: 'integer',
      sla_hours: 'integer',
      working_minutes_taken: 'integer',
    },
    requests.map((r) => {
      const template = bySlug.get(r.serviceSlug)!;
      return {
        id: r.id,
        tracking_code: r.trackingCode,
        service_id: template.id,
        applicant_id: r.applicantId,
        status: r.status,
        answers: r.answers,
        submitted_at: r.submittedAt,
        due_at: r.dueAt,
        completed_at: r.completedAt,
        sla_met: r.slaMet,
        created_at: r.submittedAt,
        updated_at: r.updatedAt,
        village_code: r.villageCode,
        fee: r.fee,
        sla_hours: r.slaHours,
        working_minutes_taken: r.workingMinutesTaken,
      };
    }),
    {
      join: 'join services.services s on s.id = r.service_id',
      columns: { service_version: 's.version', form_snapshot: 's.form_fields' },
    },
  );
  if (requestsWritten === null) return { skipped: 'service_requests has columns the history does not fill' };

  // The timeline: submitted, then the step it ended at.
  await insertRows(
    services,
    'services.service_request_events',
    await columnsOf(services, 'services', 'service_request_events'),
    {
      id: 'uuid',
      request_id: 'uuid',
      actor_id: 'uuid',
      from_status: 'varchar',
      to_status: 'varchar',
      created_at: 'timestamptz',
    },
    requests.flatMap((r) => [
      { id: eventId(r.id, 1), request_id: r.id, from_status: null, to_status: 'SUBMITTED', created_at: r.submittedAt },
      ...(r.status === 'SUBMITTED'
        ? []
        : [
            {
              id: eventId(r.id, 2),
              request_id: r.id,
              actor_id: staffOf.get(r.villageCode) ?? null,
              from_status: 'SUBMITTED',
              to_status: r.status,
              created_at: r.updatedAt,
            },
          ]),
    ]),
  );

  const loaded = new Set(requests.map((r) => r.id));
  const surveys = history.surveys.filter((s) => loaded.has(s.requestId));
  await insertRows(
    services,
    'services.satisfaction_surveys',
    await columnsOf(services, 'services', 'satisfaction_surveys'),
    {
      id: 'uuid',
      request_id: 'uuid',
      service_id: 'uuid',
      scores: 'jsonb',
      comment: 'varchar',
      created_at: 'timestamptz',
      village_code: 'varchar',
    },
    surveys.map((s) => ({
      id: s.id,
      request_id: s.requestId,
      service_id: bySlug.get(s.serviceSlug)!.id,
      scores: s.scores,
      comment: s.comment,
      created_at: s.createdAt,
      village_code: s.villageCode,
    })),
  );

  const complaintColumns = await columnsOf(services, 'services', 'complaints');
  const complaints = complaintColumns.has('village_code')
    ? history.complaints.filter((c) => !c.requestId || loaded.has(c.requestId))
    : [];
  await insertRows(
    services,
    'services.complaints',
    complaintColumns,
    {
      id: 'uuid',
      author_id: 'uuid',
      service_id: 'uuid',
      request_id: 'uuid',
      subject: 'varchar',
      body: 'text',
      status: 'varchar',
      response: 'text',
      responder_id: 'uuid',
      created_at: 'timestamptz',
      responded_at: 'timestamptz',
      resolved_at: 'timestamptz',
      village_code: 'varchar',
    },
    complaints.map((c) => ({
      id: c.id,
      author_id: c.authorId,
      service_id: c.serviceSlug ? bySlug.get(c.serviceSlug)?.id : null,
      request_id: c.requestId,
      subject: c.subject,
      body: c.body,
      status: c.status,
      response: c.response,
      responder_id: c.respondedAt ? (staffOf.get(c.villageCode) ?? null) : null,
      created_at: c.createdAt,
      responded_at: c.respondedAt,
      resolved_at: c.resolvedAt,
      village_code: c.villageCode,
    })),
  );

  return {
    citizens: history.citizens.length,
    requests: requests.length,
    surveys: surveys.length,
    complaints: complaints.length,
    requestsWritten,
    ms: Date.now() - started,
  };
}

/** The village's seeded staff account (seed/src/data/users.ts): who answered and who moved requests on. */
const staffOf = new Map(onlineVillages.map((v) => [v.code, seedId('user', `staff-${villageSlug(v.name)}`)]));

const eventId = (requestId: string, n: number) => seedId('history-event', `${requestId}:${n}`);
