import { MarketFiguresQuery, OversightChoicesQuery, PublicLeagueQuery, VillageLeagueQuery } from '../graphql/oversight';
import type { OversightFilters } from '../components/oversight/filters';
import { execute, query, querySection } from './graphql.server';

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
  const [figures, choices, market] = await Promise.all([
    query(request, open ? PublicLeagueQuery : VillageLeagueQuery, variables),
    // A district's villages all come with their state; for the regency, the online ones are enough.
    querySection(request, OversightChoicesQuery, {
      districtCode: filters.districtCode,
      online: filters.districtCode ? null : true,
    }),
    // Shops and sales come from sellers, for officers only; a failure leaves the two columns out.
    // Sellers answers for at most a year: a longer period leaves the two columns out.
    open || Date.parse(filters.period.to) - Date.parse(filters.period.from) > 366 * 86_400_000
      ? null
      : // Village staff are refused (FORBIDDEN): expected, so not logged as querySection would.
        execute(request, MarketFiguresQuery, filters.period).then((result) => result.data ?? null),
  ]);
  return {
    league: figures.villageLeague,
    months: figures.oversightSeries,
    online: choices ? choices.villages.edges.filter((e) => e.node.online).map((e) => e.node.code) : null,
    districts: choices?.districts ?? null,
    services: choices?.services.edges.map((e) => e.node) ?? [],
    market: marketOf(figures.villageLeague, market?.marketplaceFiguresByVillage ?? null),
  };
}

type MarketRow = { villageCode: string; activeShops: number; salesRupiah: number };
export type Market = Record<string, { activeShops: number; salesRupiah: number }>;

/** Shops and sales of the league's villages, and their sum under the scope's code; null when unavailable. */
function marketOf(
  league: { total: { code: string }; villages: { code: string }[] },
  rows: MarketRow[] | null,
): Market | null {
  if (!rows) return null;
  const inLeague = new Set(league.villages.map((v) => v.code));
  const market: Market = {};
  const total = { activeShops: 0, salesRupiah: 0 };
  for (const row of rows) {
    if (!inLeague.has(row.villageCode)) continue;
    market[row.villageCode] = { activeShops: row.activeShops, salesRupiah: row.salesRupiah };
    total.activeShops += row.activeShops;
    total.salesRupiah += row.salesRupiah;
  }
  market[league.total.code] = total;
  return market;
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
  market: Market | null = null,
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
    ...(market ? ['toko_aktif', 'penjualan_rupiah'] : []),
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
      ...(market ? [market[r.code]?.activeShops ?? 0, market[r.code]?.salesRupiah ?? 0] : []),
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
