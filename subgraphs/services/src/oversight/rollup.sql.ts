import { IKM_ELEMENTS } from '../feedback/ikm.js';

/**
 * The monthly roll-up of the additive oversight figures (decision 022, "Speed"): one row per
 * village, calendar month in WIB and service, kept by statement-level triggers with transition
 * tables on `service_requests` and `satisfaction_surveys`, so it changes in the same transaction
 * as the rows it sums (a bulk insert of 200,000 rows is one trigger call). Requests count in the
 * month they were submitted, surveys in the month they were answered (in the village of the
 * request they rate), exactly as the statements on the raw rows count them.
 */
export const ROLLUP_TABLE = '"services"."oversight_monthly"';

/** The WIB calendar month of a timestamp column, as a date (the first of the month). */
export const wibMonth = (column: string): string =>
  `(date_trunc('month', ${column} at time zone 'Asia/Jakarta'))::date`;

export const IKM_SUM_COLUMNS = IKM_ELEMENTS.map((_, i) => `ikm_sum${i + 1}`);
const REQUEST_COLUMNS = ['requests', 'completed', 'on_time', 'sla_judged'];
const SURVEY_COLUMNS = ['surveys', ...IKM_SUM_COLUMNS];

const requestDelta = (rows: string, sign: 1 | -1) =>
  `select r."village_code", ${wibMonth('r."submitted_at"')} as "month", r."service_id",
     ${sign} as requests,
     ${sign} * (r."status" = 'COMPLETED')::int as completed,
     ${sign} * (r."status" = 'COMPLETED' and r."sla_met" is true)::int as on_time,
     ${sign} * (r."status" = 'COMPLETED' and r."sla_met" is not null)::int as sla_judged
   from ${rows} r`;

const surveyDelta = (rows: string, sign: 1 | -1) =>
  `select r."village_code", ${wibMonth('s."created_at"')} as "month", s."service_id",
     ${sign} as surveys,
     ${IKM_ELEMENTS.map((_, i) => `${sign} * (s."scores"->>${i})::int as ikm_sum${i + 1}`).join(',\n     ')}
   from ${rows} s join "services"."service_requests" r on r."id" = s."request_id"`;

/**
 * The `service_id` of the rows that hold every service of a village and month together (the
 * league without a service filter reads those: 217 × 12 rows a year, not one per service too).
 */
export const ALL_SERVICES = '00000000-0000-0000-0000-000000000000';

/**
 * Adds the summed deltas to the roll-up, per service and for all services together (in key
 * order, so concurrent writers lock rows alike).
 */
const upsert = (columns: string[], deltas: string) =>
  `insert into ${ROLLUP_TABLE} as m ("village_code", "month", "service_id", ${columns.map((c) => `"${c}"`).join(', ')})
   select "village_code", "month", coalesce("service_id", '${ALL_SERVICES}'::uuid), ${columns.map((c) => `sum(${c})`).join(', ')}
   from (${deltas}) d
   group by grouping sets (("village_code", "month", "service_id"), ("village_code", "month"))
   having ${columns.map((c) => `sum(${c}) <> 0`).join(' or ')}
   order by 1, 2, 3
   on conflict ("village_code", "month", "service_id") do update set
   ${columns.map((c) => `"${c}" = m."${c}" + excluded."${c}"`).join(', ')}`;

const triggerFunction = (name: string, delta: typeof requestDelta, columns: string[], onTruncate: string) =>
  `create function "services"."${name}"() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    ${upsert(columns, delta('new_rows', 1))};
  elsif tg_op = 'UPDATE' then
    ${upsert(columns, `${delta('new_rows', 1)} union all ${delta('old_rows', -1)}`)};
  elsif tg_op = 'DELETE' then
    ${upsert(columns, delta('old_rows', -1))};
  else
    ${onTruncate};
  end if;
  return null;
end
$fn$;`;

const triggers = (table: string, fn: string) => [
  `create trigger "${table}_rollup_insert" after insert on "services"."${table}" referencing new table as new_rows for each statement execute function "services"."${fn}"();`,
  `create trigger "${table}_rollup_update" after update on "services"."${table}" referencing old table as old_rows new table as new_rows for each statement execute function "services"."${fn}"();`,
  `create trigger "${table}_rollup_delete" after delete on "services"."${table}" referencing old table as old_rows for each statement execute function "services"."${fn}"();`,
  `create trigger "${table}_rollup_truncate" after truncate on "services"."${table}" for each statement execute function "services"."${fn}"();`,
];

/**
 * The statements that create the roll-up, its triggers, and fill it from the rows already there
 * (migration 20261208050000 runs them: once released, change them only through a new migration).
 */
export const rollupUp = (): string[] => [
  `create table ${ROLLUP_TABLE} (
    "service_id" uuid not null,
    "month" date not null,
    "village_code" varchar(13) not null,
    ${[...REQUEST_COLUMNS, ...SURVEY_COLUMNS].map((c) => `"${c}" int not null default 0`).join(',\n    ')},
    constraint "oversight_monthly_pkey" primary key ("service_id", "month", "village_code")
  );`,
  triggerFunction(
    'oversight_requests_rollup',
    requestDelta,
    REQUEST_COLUMNS,
    // A truncated requests table takes its surveys with it (foreign key): nothing is left to sum.
    `delete from ${ROLLUP_TABLE}`,
  ),
  triggerFunction(
    'oversight_surveys_rollup',
    surveyDelta,
    SURVEY_COLUMNS,
    `update ${ROLLUP_TABLE} set ${SURVEY_COLUMNS.map((c) => `"${c}" = 0`).join(', ')}`,
  ),
  ...triggers('service_requests', 'oversight_requests_rollup'),
  ...triggers('satisfaction_surveys', 'oversight_surveys_rollup'),
  `${upsert(REQUEST_COLUMNS, requestDelta('"services"."service_requests"', 1))};`,
  `${upsert(SURVEY_COLUMNS, surveyDelta('"services"."satisfaction_surveys"', 1))};`,
];

export const rollupDown = (): string[] => [
  ...['service_requests', 'satisfaction_surveys'].flatMap((table) =>
    ['insert', 'update', 'delete', 'truncate'].map(
      (op) => `drop trigger "${table}_rollup_${op}" on "services"."${table}";`,
    ),
  ),
  'drop function "services"."oversight_requests_rollup"();',
  'drop function "services"."oversight_surveys_rollup"();',
  `drop table ${ROLLUP_TABLE};`,
];
