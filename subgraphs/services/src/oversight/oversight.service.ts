import {
  canOverseeVillage,
  districtCodeOf,
  ForbiddenError,
  HOME_REGENCY_CODE,
  isRegencyAdmin,
  isUuid,
  NotFoundError,
  requirePerson,
  UserInputError,
  VILLAGE_CODE_PATTERN,
  type Viewer,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { ikmFraction, ikmGrade, ikmHundredths, IKM_ELEMENTS } from '../feedback/ikm.js';
import {
  completionHistogram,
  emptyFigures,
  HOUR_BUCKETS,
  monthlySeries,
  perService,
  rawFigures,
  type FigureFilter,
  type RawFigures,
} from './figures.sql.js';
import type { LeagueOrder, VillageDrillDownType, VillageFiguresType, VillageLeagueType } from './oversight.type.js';
import { isRegencyVillage, REGENCY_DISTRICTS, REGENCY_VILLAGES } from './regency-villages.js';

const MAX_PERIOD_MS = 3 * 366 * 24 * 3_600_000;
const round2 = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);
const hours = (minutes: number | null): number | null => round2(minutes === null ? null : minutes / 60);
const villageName = new Map(REGENCY_VILLAGES.map(([code, name]) => [code, name]));

export const AGGREGATION_NOTE =
  'IKM kecamatan/kabupaten dihitung langsung dari seluruh jawaban survei di wilayah itu (jumlah nilai tiap unsur ÷ jumlah jawaban), bukan rata-rata IKM desa; median dan persentil 90 juga dari seluruh permohonan. ' +
  '/ District and regency IKM is computed from every survey response in scope (each element’s sum ÷ responses), not as an average of village indexes; the median and 90th percentile likewise come from every request.';

interface Scope {
  code: string;
  name: string;
  /** Villages counted; null: the whole regency. */
  villages: string[] | null;
  /** Villages listed in the league (all of the scope, with or without data). */
  listed: readonly string[];
}

/** Figures for oversight (district and regency) and for the public transparency pages. */
export class OversightService {
  constructor(private readonly context: ServicesContext) {}

  /** The league for the viewer: the regency admin any scope, a district officer their district, village staff their villages. */
  async league(
    districtCode: string | null,
    period: { from: Date; to: Date },
    serviceId: string | null,
    orderBy: LeagueOrder,
    descending: boolean,
  ): Promise<VillageLeagueType> {
    const viewer = requirePerson(this.context.viewer);
    return this.leagueFor(this.scopeFor(viewer, districtCode), period, serviceId, orderBy, descending);
  }

  /** The same figures for anyone: they carry no personal data. */
  publicLeague(
    districtCode: string | null,
    period: { from: Date; to: Date },
    serviceId: string | null,
    orderBy: LeagueOrder,
    descending: boolean,
  ): Promise<VillageLeagueType> {
    return this.leagueFor(areaScope(districtCode), period, serviceId, orderBy, descending);
  }

  /** One village's drill-down, for those who oversee it (its staff, its district officer, the regency admin). */
  village(villageCode: string, period: { from: Date; to: Date }, serviceId: string | null) {
    const viewer = requirePerson(this.context.viewer);
    knownVillage(villageCode);
    if (!canOverseeVillage(viewer, villageCode))
      throw new ForbiddenError({ id: 'Anda tidak mengawasi desa ini', en: 'You do not oversee this village' });
    return this.drillDown(villageCode, period, serviceId);
  }

  publicVillage(villageCode: string, period: { from: Date; to: Date }, serviceId: string | null) {
    knownVillage(villageCode);
    return this.drillDown(villageCode, period, serviceId);
  }

  private scopeFor(viewer: Viewer, districtCode: string | null): Scope {
    if (isRegencyAdmin(viewer)) return areaScope(districtCode);
    const memberships = viewer.memberships ?? [];
    const districts = memberships.filter((m) => m.role === 'DISTRICT_OFFICER').map((m) => m.place);
    if (districtCode) {
      if (!districts.includes(districtCode))
        throw new ForbiddenError({
          id: 'Anda hanya mengawasi kecamatan Anda sendiri',
          en: 'You oversee your own district only',
        });
      return areaScope(districtCode);
    }
    if (districts.length === 1) return areaScope(districts[0]!);
    const villages = [
      ...new Set(
        memberships.filter((m) => m.role === 'VILLAGE_STAFF' || m.role === 'VILLAGE_HEAD').map((m) => m.place),
      ),
    ];
    if (districts.length === 0 && villages.length > 0)
      return {
        code: villages.join(','),
        name: villages.map((v) => villageName.get(v) ?? v).join(', '),
        villages,
        listed: villages,
      };
    throw new ForbiddenError({
      id: 'Hanya untuk pengawas kecamatan dan kabupaten',
      en: 'District and regency oversight only',
    });
  }

  private async leagueFor(
    scope: Scope,
    period: { from: Date; to: Date },
    serviceId: string | null,
    orderBy: LeagueOrder,
    descending: boolean,
  ): Promise<VillageLeagueType> {
    const filter = this.filter(scope.villages, period, serviceId);
    const raw = await rawFigures(this.context.em, filter);
    const byVillage = new Map(raw.filter((r) => r.villageCode !== null).map((r) => [r.villageCode!, r]));
    const total = raw.find((r) => r.villageCode === null) ?? emptyFigures(null);
    const villages = scope.listed.map((code) => shape(byVillage.get(code) ?? emptyFigures(code), code));
    return {
      scopeCode: scope.code,
      scopeName: scope.name,
      total: shape(total, scope.code, scope.name),
      villages: sortLeague(villages, orderBy, descending),
      aggregation: AGGREGATION_NOTE,
    };
  }

  private async drillDown(
    villageCode: string,
    period: { from: Date; to: Date },
    serviceId: string | null,
  ): Promise<VillageDrillDownType> {
    const filter = this.filter([villageCode], period, serviceId);
    const [raw, months, histogram, services] = await Promise.all([
      rawFigures(this.context.em, filter),
      monthlySeries(this.context.em, filter),
      completionHistogram(this.context.em, filter),
      perService(this.context.em, filter),
    ]);
    const figures = raw.find((r) => r.villageCode === villageCode) ?? emptyFigures(villageCode);
    return {
      figures: shape(figures, villageCode),
      months: months.map((m) => ({ ...m, onTimeShare: m.completed ? round2(m.onTime / m.completed) : null })),
      distribution: histogram.map((count, i) => ({
        fromHours: i === 0 ? 0 : HOUR_BUCKETS[i - 1]!,
        toHours: HOUR_BUCKETS[i] ?? null,
        count,
      })),
      services: services.map(({ medianMinutes, ...s }) => ({ ...s, medianHours: hours(medianMinutes) })),
    };
  }

  /** Monthly requests of a scope (the same authorization as the league). */
  async series(
    districtCode: string | null,
    villageCode: string | null,
    period: { from: Date; to: Date },
    serviceId: string | null,
    open: boolean,
  ) {
    let villages: string[] | null;
    if (villageCode) {
      knownVillage(villageCode);
      if (!open && !canOverseeVillage(requirePerson(this.context.viewer), villageCode))
        throw new ForbiddenError({ id: 'Anda tidak mengawasi desa ini', en: 'You do not oversee this village' });
      villages = [villageCode];
    } else {
      villages = (open ? areaScope(districtCode) : this.scopeFor(requirePerson(this.context.viewer), districtCode))
        .villages;
    }
    const months = await monthlySeries(this.context.em, this.filter(villages, period, serviceId));
    return months.map((m) => ({ ...m, onTimeShare: m.completed ? round2(m.onTime / m.completed) : null }));
  }

  private filter(villages: string[] | null, period: { from: Date; to: Date }, serviceId: string | null): FigureFilter {
    const { from, to } = period;
    if (!(from instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to)
      throw UserInputError.field('period', {
        id: 'Periode: tanggal mulai harus sebelum tanggal akhir',
        en: 'Period: the start must come before the end',
      });
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw UserInputError.field('period', {
        id: 'Periode paling lama tiga tahun',
        en: 'The period is at most three years',
      });
    if (serviceId && !isUuid(serviceId)) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    return { villages, from, to, serviceId };
  }
}

function knownVillage(code: string): void {
  if (!VILLAGE_CODE_PATTERN.test(code) || !isRegencyVillage(code))
    throw new NotFoundError({ id: `Desa ${code}`, en: `Village ${code}` });
}

/** The whole regency, or one of its districts. */
function areaScope(districtCode: string | null): Scope {
  if (!districtCode)
    return {
      code: HOME_REGENCY_CODE,
      name: 'Kabupaten Banyuwangi',
      villages: null,
      listed: REGENCY_VILLAGES.map(([code]) => code),
    };
  const name = REGENCY_DISTRICTS[districtCode];
  if (!name)
    throw UserInputError.field('scope.districtCode', {
      id: `Kecamatan ${districtCode} tidak dikenal`,
      en: `Unknown district ${districtCode}`,
    });
  const villages = REGENCY_VILLAGES.filter(([code]) => districtCodeOf(code) === districtCode).map(([code]) => code);
  return { code: districtCode, name: `Kecamatan ${name}`, villages, listed: villages };
}

/** Raw sums → the published figures; IKM from the exact sums, rounded once to hundredths. */
export function shape(raw: RawFigures, code: string, name?: string): VillageFiguresType {
  const isVillage = VILLAGE_CODE_PATTERN.test(code);
  const n = raw.ikmResponses;
  const fraction = n ? ikmFraction({ sums: raw.ikmSums, counts: IKM_ELEMENTS.map(() => n) }) : null;
  const hundredths = fraction ? ikmHundredths(fraction) : null;
  return {
    code,
    name: name ?? villageName.get(code) ?? code,
    districtCode: isVillage ? districtCodeOf(code) : null,
    districtName: isVillage ? (REGENCY_DISTRICTS[districtCodeOf(code)] ?? null) : null,
    requests: raw.requests,
    completed: raw.completed,
    onTime: raw.onTime,
    onTimeShare: raw.slaJudged ? round2(raw.onTime / raw.slaJudged) : null,
    medianHours: hours(raw.medianMinutes),
    p90Hours: hours(raw.p90Minutes),
    ikm: hundredths === null ? null : hundredths / 100,
    ikmGrade: hundredths === null ? null : ikmGrade(hundredths),
    ikmResponses: n,
    complaints: raw.complaints,
    complaintsAnswered: raw.complaintsAnswered,
    medianComplaintResponseHours: hours(raw.medianResponseMinutes),
  };
}

const SORT_KEY: Record<LeagueOrder, (f: VillageFiguresType) => number | string | null> = {
  CODE: (f) => f.code,
  NAME: (f) => f.name,
  REQUESTS: (f) => f.requests,
  ON_TIME: (f) => f.onTimeShare,
  MEDIAN_HOURS: (f) => f.medianHours,
  P90_HOURS: (f) => f.p90Hours,
  IKM: (f) => f.ikm,
  COMPLAINTS: (f) => f.complaints,
  COMPLAINT_RESPONSE: (f) => f.medianComplaintResponseHours,
};

/** Sorted by one column; villages without a value come last either way; ties by code. */
export function sortLeague(
  rows: VillageFiguresType[],
  orderBy: LeagueOrder,
  descending: boolean,
): VillageFiguresType[] {
  const key = SORT_KEY[orderBy];
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string, 'id') : x - (y as number);
    return (descending ? -order : order) || a.code.localeCompare(b.code);
  });
}
