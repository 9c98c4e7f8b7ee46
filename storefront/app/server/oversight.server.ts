import { OversightChoicesQuery, PublicLeagueQuery, VillageLeagueQuery } from '../graphql/oversight';
import type { OversightFilters } from '../components/oversight/filters';
import { query, querySection } from './graphql.server';

/**
 * The league page's data: the figures (services subgraph) and the villages' online state and the
 * filters' choices (places, services). `open`: the public transparency variant.
 */
export async function loadLeague(request: Request, filters: OversightFilters, open: boolean) {
  const variables = {
    scope: filters.districtCode ? { districtCode: filters.districtCode } : null,
    period: filters.period,
    serviceId: filters.serviceId,
    orderBy: filters.orderBy,
    descending: filters.descending,
  };
  const [figures, choices] = await Promise.all([
    query(request, open ? PublicLeagueQuery : VillageLeagueQuery, variables),
    // A district's villages all come with their state; for the regency, the online ones are enough.
    querySection(request, OversightChoicesQuery, {
      districtCode: filters.districtCode,
      online: filters.districtCode ? null : true,
    }),
  ]);
  return {
    league: figures.villageLeague,
    months: figures.oversightSeries,
    online: choices ? choices.villages.edges.filter((e) => e.node.online).map((e) => e.node.code) : null,
    districts: choices?.districts ?? null,
    services: choices?.services.edges.map((e) => e.node) ?? [],
  };
}

const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  // Quote everything that could break a row or be read as a formula by a spreadsheet.
  return /[",\n\r]|^[=+\-@]/.test(text) ? `"${text.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : text;
};

/** The league as CSV (comma-separated, UTF-8 with BOM so spreadsheets read the names right). */
export function leagueCsv(
  rows: {
    code: string;
    name: string;
    districtName: string | null;
    requests: number;
    completed: number;
    onTime: number;
    onTimeShare: number | null;
    medianHours: number | null;
    p90Hours: number | null;
    ikm: number | null;
    ikmGrade: string | null;
    ikmResponses: number;
    complaints: number;
    complaintsAnswered: number;
    medianComplaintResponseHours: number | null;
  }[],
  online: Set<string> | null,
): string {
  const header = [
    'kode',
    'desa',
    'kecamatan',
    'daring',
    'permohonan',
    'selesai',
    'tepat_waktu',
    'bagian_tepat_waktu',
    'median_jam_kerja',
    'p90_jam_kerja',
    'ikm',
    'mutu_ikm',
    'responden_ikm',
    'pengaduan',
    'pengaduan_ditanggapi',
    'median_jam_tanggapan',
  ];
  const lines = rows.map((r) =>
    [
      r.code,
      r.name,
      r.districtName,
      online === null ? null : online.has(r.code) ? 'ya' : 'belum',
      r.requests,
      r.completed,
      r.onTime,
      r.onTimeShare,
      r.medianHours,
      r.p90Hours,
      r.ikm,
      r.ikmGrade,
      r.ikmResponses,
      r.complaints,
      r.complaintsAnswered,
      r.medianComplaintResponseHours,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
