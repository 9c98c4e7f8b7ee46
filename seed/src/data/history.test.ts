import { addWorkingHours, isWorkingTime, workingHoursBetween, type WorkingCalendar } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { generateHistory, HISTORY_END, HISTORY_START, type History } from './history.js';
import { holidays } from './places-holidays.js';
import { onlineVillages } from './places.js';
import { services } from './services.js';

const history: History = generateHistory();
// Built here from the raw seed data, not with the generator's own helper.
const calendars = new Map<string, WorkingCalendar>(
  onlineVillages.map((v) => [v.code, { hours: v.hours, holidays: holidays.map((h) => h.date) }]),
);
const completed = history.requests.filter((r) => r.completedAt);
const share = (part: number, whole: number) => part / whole;
const ikm = (scores: number[][]) => (25 * scores.flat().reduce((a, b) => a + b, 0)) / (9 * scores.length);

describe('generateHistory', () => {
  it('is deterministic: two runs give the same rows', () => {
    expect(generateHistory()).toEqual(history);
  });

  it('has thousands of requests, every one in an online village, for a template, inside the twelve months', () => {
    expect(history.requests.length).toBeGreaterThanOrEqual(6000);
    expect(history.requests.length).toBeLessThanOrEqual(10_000);
    const codes = new Set(onlineVillages.map((v) => v.code));
    const slugs = new Set(services.map((s) => s.slug));
    for (const r of history.requests) {
      expect(codes.has(r.villageCode)).toBe(true);
      expect(slugs.has(r.serviceSlug)).toBe(true);
      expect(r.submittedAt.getTime()).toBeGreaterThanOrEqual(HISTORY_START.getTime());
      expect(r.submittedAt.getTime()).toBeLessThan(HISTORY_END.getTime());
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(r.submittedAt.getTime());
    }
    // Every online village has a history, busier ones more.
    const perVillage = new Map<string, number>();
    for (const r of history.requests) perVillage.set(r.villageCode, (perVillage.get(r.villageCode) ?? 0) + 1);
    expect(perVillage.size).toBe(onlineVillages.length);
    expect(Math.max(...perVillage.values())).toBeGreaterThan(2 * Math.min(...perVillage.values()));
    // Every month has requests.
    expect(new Set(history.requests.map((r) => r.submittedAt.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(
      12,
    );
  });

  it('due times are addWorkingHours of the village clock; working minutes and SLA met follow the same clock', () => {
    for (const r of history.requests) {
      const calendar = calendars.get(r.villageCode)!;
      expect(r.dueAt).toEqual(addWorkingHours(calendar, r.submittedAt, r.slaHours));
      expect(r.completedAt === null).toBe(r.slaMet === null);
      expect(r.completedAt === null).toBe(r.workingMinutesTaken === null);
      if (r.completedAt) {
        expect(r.status).toBe('COMPLETED');
        expect(r.completedAt.getTime()).toBeGreaterThan(r.submittedAt.getTime());
        expect(r.completedAt.getTime()).toBeLessThan(HISTORY_END.getTime());
        expect(r.slaMet).toBe(r.completedAt.getTime() <= r.dueAt.getTime());
        expect(r.workingMinutesTaken).toBe(
          Math.round(workingHoursBetween(calendar, r.submittedAt, r.completedAt) * 60),
        );
        expect(r.workingMinutesTaken! <= r.slaHours * 60).toBe(r.slaMet);
      }
    }
  });

  it('completes most requests, some late (10–20%), leaves some open at the end, rejects a few', () => {
    expect(share(completed.length, history.requests.length)).toBeGreaterThan(0.85);
    const late = share(completed.filter((r) => !r.slaMet).length, completed.length);
    expect(late).toBeGreaterThanOrEqual(0.08);
    expect(late).toBeLessThanOrEqual(0.2);
    const statuses = new Set(history.requests.map((r) => r.status));
    for (const status of ['REJECTED', 'INCOMPLETE', 'SUBMITTED', 'IN_PROCESS'])
      expect(statuses.has(status as never)).toBe(true);
    // Villages differ: a league table with a spread.
    const lateBy = onlineVillages.map((v) => {
      const mine = completed.filter((r) => r.villageCode === v.code);
      return share(mine.filter((r) => !r.slaMet).length, mine.length);
    });
    expect(Math.max(...lateBy) - Math.min(...lateBy)).toBeGreaterThan(0.1);
  });

  it('submissions are mostly in office hours; the rest come online in evenings and on days off', () => {
    const inHours = history.requests.filter((r) => isWorkingTime(calendars.get(r.villageCode)!, r.submittedAt));
    expect(share(inHours.length, history.requests.length)).toBeGreaterThan(0.6);
    expect(share(inHours.length, history.requests.length)).toBeLessThan(0.95);
  });

  it('tracking codes are unique and look like the live ones; NIKs are clearly fake', () => {
    const codes = history.requests.map((r) => r.trackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of history.requests) {
      expect(r.trackingCode).toMatch(/^LYN-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(r.answers.nik).toMatch(/^000000\d{10}$/);
    }
  });

  it('about half of the completed requests have a survey with nine scores 1–4; IKM differs by village', () => {
    expect(share(history.surveys.length, completed.length)).toBeGreaterThan(0.35);
    expect(share(history.surveys.length, completed.length)).toBeLessThan(0.65);
    const byId = new Map(history.requests.map((r) => [r.id, r]));
    expect(new Set(history.surveys.map((s) => s.requestId)).size).toBe(history.surveys.length);
    for (const s of history.surveys) {
      const request = byId.get(s.requestId)!;
      expect(request.completedAt).not.toBeNull();
      expect(s.villageCode).toBe(request.villageCode);
      expect(s.createdAt.getTime()).toBeGreaterThanOrEqual(request.completedAt!.getTime());
      expect(s.scores).toHaveLength(9);
      for (const score of s.scores) expect([1, 2, 3, 4]).toContain(score);
    }
    const perVillage = onlineVillages.map((v) =>
      ikm(history.surveys.filter((s) => s.villageCode === v.code).map((s) => s.scores)),
    );
    // Grade A (≥ 88.31) and below B (< 76.61) both occur.
    expect(Math.max(...perVillage)).toBeGreaterThan(88.31);
    expect(Math.min(...perVillage)).toBeLessThan(76.61);
    // Late requests are rated lower on completion time (element 3).
    const onTime = history.surveys.filter((s) => byId.get(s.requestId)!.slaMet);
    const late = history.surveys.filter((s) => !byId.get(s.requestId)!.slaMet);
    const mean = (list: typeof onTime) => list.reduce((a, s) => a + s.scores[2]!, 0) / list.length;
    expect(mean(late)).toBeLessThan(mean(onTime) - 0.5);
  });

  it('complaints are answered after they are made, in working minutes by the village clock', () => {
    expect(history.complaints.length).toBeGreaterThan(150);
    const statuses = new Set(history.complaints.map((c) => c.status));
    expect(statuses.has('RESOLVED')).toBe(true);
    for (const c of history.complaints) {
      expect(c.createdAt.getTime()).toBeLessThan(HISTORY_END.getTime());
      expect(c.respondedAt === null).toBe(c.status === 'WAITING');
      expect(c.resolvedAt === null).toBe(c.status !== 'RESOLVED');
      if (c.respondedAt) {
        expect(c.respondedAt.getTime()).toBeGreaterThan(c.createdAt.getTime());
        expect(c.workingMinutesToResponse).toBe(
          Math.round(workingHoursBetween(calendars.get(c.villageCode)!, c.createdAt, c.respondedAt) * 60),
        );
      }
      if (c.resolvedAt) expect(c.resolvedAt.getTime()).toBeGreaterThan(c.respondedAt!.getTime());
    }
  });

  it('applicants are generated citizens of the village they apply to', () => {
    const citizens = new Map(history.citizens.map((c) => [c.id, c]));
    expect(new Set(history.citizens.map((c) => c.email)).size).toBe(history.citizens.length);
    for (const c of history.citizens) expect(c.email).toMatch(/^warga\.\d+@kampung\.test$/);
    for (const r of history.requests) expect(citizens.get(r.applicantId)?.villageCode).toBe(r.villageCode);
  });

  it("follows a village's adoptions: only the services it offers, with its own fee and promised time", () => {
    const [first, second] = onlineVillages;
    const offered = generateHistory({
      offers: new Map([[first!.code, new Map([['surat-keterangan-usaha', { fee: 5000, slaHours: 16 }]])]]),
    });
    const mine = offered.requests.filter((r) => r.villageCode === first!.code);
    expect(mine.length).toBeGreaterThan(100);
    for (const r of mine) {
      expect(r.serviceSlug).toBe('surat-keterangan-usaha');
      expect(r.fee).toBe(5000);
      expect(r.slaHours).toBe(16);
      expect(r.dueAt).toEqual(addWorkingHours(calendars.get(r.villageCode)!, r.submittedAt, 16));
    }
    // Other villages keep their own stream: the same rows as without the option.
    const theirs = (h: History) => h.requests.filter((r) => r.villageCode === second!.code);
    expect(theirs(offered)).toEqual(theirs(history));
  });
});
