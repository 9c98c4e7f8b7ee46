import { ALL_SERVICES, wibMonth } from './rollup.sql.js';

/**
 * The exact histogram of completion times (decision 029): per village, WIB calendar month of
 * submission and service (and `ALL_SERVICES` for every service together), each distinct
 * `working_minutes_taken` of the completed requests with how many completed requests took it,
 * as two parallel arrays sorted by minutes. Kept by statement-level triggers with transition
 * tables on `service_requests`, in the same transaction as the rows, like the monthly roll-up.
 * The median and 90th percentile of any scope and any period of whole months are computed from
 * it exactly as `percentile_cont` computes them from the rows (`percentiles.ts`).
 */
export const MINUTES_TABLE = '"services"."oversight_minutes"';

/** Completed requests with their minutes, counted +1 (new rows) or -1 (old rows). */
const completedMinutes = (rows: string, sign: 1 | -1) =>
  `select r."village_code", ${wibMonth('r."submitted_at"')} as "month", r."service_id",
     r."working_minutes_taken" as "minutes", ${sign} as "n"
   from ${rows} r where r."status" = 'COMPLETED' and r."working_minutes_taken" is not null`;

/**
 * Adds the net change per (cell, minutes) to the cells' histograms: per service and for all
 * services together, in key order (concurrent writers lock rows alike). A value whose count
 * drops to zero leaves the arrays; a cell may end with empty arrays (nothing completed left).
 */
const merge = (deltas: string) =>
  `with "delta" as (
     select d."village_code", d."month", coalesce(d."service_id", '${ALL_SERVICES}'::uuid) as "cell_service",
       d."minutes", sum(d."n")::int as "n"
     from (${deltas}) d
     group by grouping sets ((d."village_code", d."month", d."service_id", d."minutes"), (d."village_code", d."month", d."minutes"))
     having sum(d."n") <> 0
   )
   insert into ${MINUTES_TABLE} as h ("service_id", "month", "village_code", "minutes", "counts")
   select "cell_service", "month", "village_code", array_agg("minutes" order by "minutes"), array_agg("n" order by "minutes")
   from "delta" group by 1, 2, 3 order by 1, 2, 3
   on conflict ("service_id", "month", "village_code") do update set ("minutes", "counts") = (
     select coalesce(array_agg(u."m" order by u."m"), '{}'), coalesce(array_agg(u."c" order by u."m"), '{}')
     from (
       select x."m", sum(x."c")::int as "c"
       from (select * from unnest(h."minutes", h."counts") union all select * from unnest(excluded."minutes", excluded."counts")) x("m", "c")
       group by x."m" having sum(x."c") <> 0
     ) u
   )`;

const TRIGGER_FUNCTION = 'oversight_minutes_rollup';
const OPERATIONS = ['insert', 'update', 'delete', 'truncate'] as const;

/**
 * The statements that create the histogram, its triggers, and fill it from the requests already
 * there (migration 20261209010000 runs them: once released, change them only through a new migration).
 */
export const minutesHistogramUp = (): string[] => [
  `create table ${MINUTES_TABLE} (
    "service_id" uuid not null,
    "month" date not null,
    "village_code" varchar(13) not null,
    "minutes" int[] not null,
    "counts" int[] not null,
    constraint "oversight_minutes_pkey" primary key ("service_id", "month", "village_code")
  );`,
  `create function "services"."${TRIGGER_FUNCTION}"() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    ${merge(completedMinutes('new_rows', 1))};
  elsif tg_op = 'UPDATE' then
    ${merge(`${completedMinutes('new_rows', 1)} union all ${completedMinutes('old_rows', -1)}`)};
  elsif tg_op = 'DELETE' then
    ${merge(completedMinutes('old_rows', -1))};
  else
    delete from ${MINUTES_TABLE};
  end if;
  return null;
end
$fn$;`,
  ...OPERATIONS.map((op) => {
    const transition =
      op === 'insert'
        ? 'referencing new table as new_rows '
        : op === 'update'
          ? 'referencing old table as old_rows new table as new_rows '
          : op === 'delete'
            ? 'referencing old table as old_rows '
            : '';
    return `create trigger "service_requests_minutes_${op}" after ${op} on "services"."service_requests" ${transition}for each statement execute function "services"."${TRIGGER_FUNCTION}"();`;
  }),
  `${merge(completedMinutes('"services"."service_requests"', 1))};`,
];

export const minutesHistogramDown = (): string[] => [
  ...OPERATIONS.map((op) => `drop trigger "service_requests_minutes_${op}" on "services"."service_requests";`),
  `drop function "services"."${TRIGGER_FUNCTION}"();`,
  `drop table ${MINUTES_TABLE};`,
];
