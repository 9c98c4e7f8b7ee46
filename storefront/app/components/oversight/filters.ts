/**
 * The oversight pages' filters live in the URL (links and a GET form, no client JS):
 * `dari`/`sampai` months (YYYY-MM, inclusive, WIB), `layanan` (service id), `kecamatan`
 * (district code), `urut` (column) and `turun=1` (descending).
 */
export const LEAGUE_ORDERS = [
  'CODE',
  'NAME',
  'REQUESTS',
  'ON_TIME',
  'MEDIAN_HOURS',
  'P90_HOURS',
  'IKM',
  'COMPLAINTS',
  'COMPLAINT_RESPONSE',
] as const;
export type LeagueOrder = (typeof LEAGUE_ORDERS)[number];

export interface OversightFilters {
  fromMonth: string;
  toMonth: string;
  serviceId: string | null;
  districtCode: string | null;
  orderBy: LeagueOrder;
  descending: boolean;
  /** [from, to) for the API, at WIB month boundaries. */
  period: { from: string; to: string };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const monthOf = (date: Date): string => {
  const wib = new Date(date.getTime() + 7 * 3_600_000);
  return `${wib.getUTCFullYear()}-${String(wib.getUTCMonth() + 1).padStart(2, '0')}`;
};
const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const startOf = (month: string) => `${month}-01T00:00:00+07:00`;

export function parseFilters(url: URL, now = new Date()): OversightFilters {
  const params = url.searchParams;
  const current = monthOf(now);
  let toMonth = MONTH.test(params.get('sampai') ?? '') ? params.get('sampai')! : current;
  let fromMonth = MONTH.test(params.get('dari') ?? '') ? params.get('dari')! : addMonths(toMonth, -11);
  if (fromMonth > toMonth) [fromMonth, toMonth] = [toMonth, fromMonth];
  if (fromMonth < addMonths(toMonth, -35)) fromMonth = addMonths(toMonth, -35);
  const order = params.get('urut');
  const service = params.get('layanan');
  const district = params.get('kecamatan');
  return {
    fromMonth,
    toMonth,
    serviceId: service && UUID.test(service) ? service : null,
    districtCode: district && DISTRICT.test(district) ? district : null,
    orderBy: (LEAGUE_ORDERS as readonly string[]).includes(order ?? '') ? (order as LeagueOrder) : 'CODE',
    descending: params.get('turun') === '1',
    period: {
      from: new Date(startOf(fromMonth)).toISOString(),
      to: new Date(startOf(addMonths(toMonth, 1))).toISOString(),
    },
  };
}

/** The query string of `filters` with some of them changed (for sort links and the CSV link). */
export function filterQuery(filters: OversightFilters, changes: Partial<OversightFilters> = {}): string {
  const f = { ...filters, ...changes };
  const params = new URLSearchParams({ dari: f.fromMonth, sampai: f.toMonth });
  if (f.serviceId) params.set('layanan', f.serviceId);
  if (f.districtCode) params.set('kecamatan', f.districtCode);
  if (f.orderBy !== 'CODE') params.set('urut', f.orderBy);
  if (f.descending) params.set('turun', '1');
  return `?${params.toString()}`;
}

/** The last twelve months up to now, for pages without filters. */
export const lastTwelveMonths = (now = new Date()) => parseFilters(new URL('http://x/'), now).period;
