import {
  createJobPool,
  HOME_REGENCY_CODE,
  inJobTransaction,
  isUnavailableError,
  notificationEventId,
  type NotificationData,
  type NotificationEventType,
  type PlaceRole,
  type SubgraphServices,
} from '@kampung/shared';
import { AccountsClient } from '../clients/accounts.client.js';
import { calendarOf, placesDirectory, type PlacesDirectory, type VillageOffice } from '../clients/places.client.js';
import type { ServicesEnv } from '../env.js';
import { complaintCode } from '../notifications/request-notifications.js';
import {
  complaintStage,
  DEFAULT_COMPLAINT_THRESHOLDS,
  isRequestDueSoon,
  type ComplaintThresholds,
} from './thresholds.js';

/**
 * The check's own connections (`services-alerts-jobs` in PostgreSQL's activity view and log),
 * apart from the ones that serve requests.
 */
export type AlertsPool = ReturnType<typeof createJobPool>;

/**
 * Staff reminders and the complaint escalation chain (issue 13, decision 031), checked on a
 * timer: a new request in a village's queue, a request at 75 % of its promised working time,
 * a complaint unanswered after N working hours (village staff) and after N + M (the district
 * officer). Each (subject, step) is announced once: a `staff_alerts` row and the group event
 * (`notification_fanout`, expanded per staff member by accounts' `internalMembersOf`) are
 * written in one transaction, the row's key stops a second announcement. Plain SQL on a job
 * pool of its own: nothing of it runs on the connections that serve requests.
 */

const OPEN = `('SUBMITTED', 'VERIFIED', 'IN_PROCESS')`;
const BATCH = 200;

/** The audience of a step: a village's staff, or the officer of the village's district. */
export const villageStaff = (villageCode: string): string => `place:${villageCode}:VILLAGE_STAFF`;
export const districtOfficer = (villageCode: string): string =>
  `place:${villageCode.split('.').slice(0, 3).join('.')}:DISTRICT_OFFICER`;

/** Staff pages (storefront/app/routes/staf.permohonan.$id.tsx, staf.pengaduan.tsx). */
export const staffRequestLink = (requestId: string): string => `/staf/permohonan/${requestId}`;
export const STAFF_COMPLAINTS_LINK = '/staf/pengaduan';

interface Alert {
  subjectId: string;
  step: Extract<NotificationEventType, `staff.${string}`>;
  audience: string;
  link: string;
  data: NotificationData;
}

/** Writes the alerts not written before, in one transaction; returns how many were new. */
async function announce(pool: AlertsPool, alerts: Alert[], now: Date): Promise<number> {
  if (!alerts.length) return 0;
  return inJobTransaction(pool, async (tx) => {
    let written = 0;
    for (const alert of alerts) {
      const inserted = await tx.query(
        `insert into "services"."staff_alerts" (subject_id, step, created_at) values ($1, $2, $3) on conflict do nothing`,
        [alert.subjectId, alert.step, now],
      );
      if (!inserted.rowCount) continue;
      // The group event (notification_fanout, decision 031), expanded per staff member by the fan-out job.
      await tx.query(
        `insert into "services"."notification_fanout" (id, type, audience, occurred_at, link, data, urgent, created_at)
          values ($1, $2, $3, $4, $5, $6, false, now())`,
        [
          notificationEventId(alert.subjectId, alert.step),
          alert.step,
          alert.audience,
          now,
          alert.link,
          JSON.stringify(alert.data),
        ],
      );
      written += 1;
    }
    return written;
  });
}

/** The regency's thresholds (the defaults until its admin sets them). */
async function thresholdsOf(pool: AlertsPool): Promise<ComplaintThresholds> {
  const { rows } = await pool.query<{ unanswered_hours: number; escalate_after_hours: number }>(
    'select unanswered_hours, escalate_after_hours from "services"."escalation_settings" where regency_code = $1',
    [HOME_REGENCY_CODE],
  );
  const row = rows[0];
  return row
    ? { unansweredHours: row.unanswered_hours, escalateAfterHours: row.escalate_after_hours }
    : DEFAULT_COMPLAINT_THRESHOLDS;
}

const wib = (at: Date): string =>
  `${new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(at)} WIB`;

/** One pass over every kind of reminder; returns the alerts written. */
export async function checkStaffAlerts(pool: AlertsPool, places: PlacesDirectory, now = new Date()): Promise<number> {
  const offices = new Map<string, Promise<VillageOffice | null>>();
  const office = (code: string) => {
    let found = offices.get(code);
    if (!found) offices.set(code, (found = places.village(code)));
    return found;
  };
  let written = 0;

  const { rows: fresh } = await pool.query<{
    id: string;
    tracking_code: string;
    village_code: string;
    service_name: string;
  }>(
    `select r.id, r.tracking_code, r.village_code, s.name as service_name
       from "services"."service_requests" r join "services"."services" s on s.id = r.service_id
      where r.status in ${OPEN} and r.submitted_at > $1::timestamptz - interval '1 day'
        and not exists (select 1 from "services"."staff_alerts" a where a.subject_id = r.id and a.step = 'staff.new_request')
      order by r.submitted_at limit ${BATCH}`,
    [now],
  );
  const newAlerts: Alert[] = [];
  for (const row of fresh) {
    const village = await office(row.village_code);
    newAlerts.push({
      subjectId: row.id,
      step: 'staff.new_request',
      audience: villageStaff(row.village_code),
      link: staffRequestLink(row.id),
      data: {
        trackingCode: row.tracking_code,
        serviceName: row.service_name,
        villageName: village?.name ?? row.village_code,
      },
    });
  }
  written += await announce(pool, newAlerts, now);

  // Working hours never outrun the wall clock: a request whose wall time is below 75 % of its promise is not due soon.
  const { rows: dueSoon } = await pool.query<{
    id: string;
    tracking_code: string;
    village_code: string;
    submitted_at: Date;
    due_at: Date;
  }>(
    `select r.id, r.tracking_code, r.village_code, r.submitted_at, r.due_at from "services"."service_requests" r
      where r.status in ${OPEN} and r.due_at > $1::timestamptz
        and r.submitted_at + r.sla_hours * interval '45 minutes' <= $1::timestamptz
        and not exists (select 1 from "services"."staff_alerts" a where a.subject_id = r.id and a.step = 'staff.request_due_soon')
      order by r.due_at limit ${BATCH}`,
    [now],
  );
  const dueAlerts: Alert[] = [];
  for (const row of dueSoon) {
    const village = await office(row.village_code);
    if (!village) continue;
    const submittedAt = new Date(row.submitted_at);
    const dueAt = new Date(row.due_at);
    if (!isRequestDueSoon(await calendarOf(places, village, submittedAt, dueAt), submittedAt, dueAt, now)) continue;
    dueAlerts.push({
      subjectId: row.id,
      step: 'staff.request_due_soon',
      audience: villageStaff(row.village_code),
      link: staffRequestLink(row.id),
      data: { trackingCode: row.tracking_code, dueAt: wib(dueAt) },
    });
  }
  written += await announce(pool, dueAlerts, now);

  const thresholds = await thresholdsOf(pool);
  const steps = [
    { step: 'staff.complaint_unanswered', hours: thresholds.unansweredHours, stages: ['UNANSWERED', 'ESCALATED'] },
    {
      step: 'staff.complaint_escalated',
      hours: thresholds.unansweredHours + thresholds.escalateAfterHours,
      stages: ['ESCALATED'],
    },
  ] as const;
  for (const { step, hours, stages } of steps) {
    const { rows: waiting } = await pool.query<{ id: string; village_code: string; created_at: Date }>(
      `select c.id, c.village_code, c.created_at from "services"."complaints" c
        where c.status = 'WAITING' and c.responded_at is null
          and c.created_at > $1::timestamptz - interval '60 days' and c.created_at + $2 * interval '1 hour' <= $1::timestamptz
          and not exists (select 1 from "services"."staff_alerts" a where a.subject_id = c.id and a.step = $3)
        order by c.created_at limit ${BATCH}`,
      [now, hours, step],
    );
    const alerts: Alert[] = [];
    for (const row of waiting) {
      const village = await office(row.village_code);
      if (!village) continue;
      const filedAt = new Date(row.created_at);
      const stage = complaintStage(await calendarOf(places, village, filedAt, now), filedAt, now, thresholds);
      if (!(stages as readonly string[]).includes(stage)) continue;
      const escalated = step === 'staff.complaint_escalated';
      alerts.push({
        subjectId: row.id,
        step,
        audience: escalated ? districtOfficer(row.village_code) : villageStaff(row.village_code),
        link: STAFF_COMPLAINTS_LINK,
        data: { complaintCode: complaintCode(row.id), villageName: village.name, workingHours: hours },
      });
    }
    written += await announce(pool, alerts, now);
  }
  return written;
}

/** Who is in an audience: `place:<code>:<ROLE>` asked of accounts, one call per audience. */
export function staffAudiences(env: ServicesEnv) {
  const accounts = new AccountsClient(env);
  return async (audiences: string[]): Promise<Map<string, string[]>> => {
    const members = new Map<string, string[]>();
    for (const audience of audiences) {
      const [kind, placeCode, role] = audience.split(':');
      if (kind !== 'place' || !placeCode || !role) continue;
      members.set(audience, await accounts.membersOf(placeCode, [role as PlaceRole]));
    }
    return members;
  };
}

/**
 * The places directory as the check uses it: answers kept for ten minutes, so that a check every
 * few seconds asks places about an office or a year's holidays seldom (offices change rarely).
 */
export function slowChanging(places: PlacesDirectory, ttlMs = 600_000, now: () => number = Date.now): PlacesDirectory {
  const kept = new Map<string, { until: number; value: Promise<unknown> }>();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = kept.get(key);
    if (hit && hit.until > now()) return hit.value as Promise<T>;
    const value = load();
    kept.set(key, { until: now() + ttlMs, value });
    value.catch(() => kept.delete(key));
    return value;
  };
  return {
    village: (code) => cached(`village:${code}`, () => places.village(code)),
    holidays: (year) => cached(`holidays:${year}`, () => places.holidays(year)),
  };
}

/** Runs the check every JOB_INTERVAL_MS; the returned function stops it after the pass in progress. */
export function startStaffAlerts(services: SubgraphServices<ServicesEnv>): () => Promise<void> {
  const { env, logger } = services;
  const pool = createJobPool(env.DATABASE_URL, 'services-alerts', logger);
  const places = slowChanging(placesDirectory(env));
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        await checkStaffAlerts(pool, places);
      } catch (error) {
        if (isUnavailableError(error))
          logger.warn({ err: { name: (error as Error).name } }, 'staff alerts waiting for a dependency');
        else logger.error({ err: error }, 'staff alerts check failed');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, env.JOB_INTERVAL_MS);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await pool.end();
  };
}
