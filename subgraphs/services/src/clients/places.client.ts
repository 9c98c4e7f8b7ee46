import { InternalClient, jwtConfigOf, type OpeningHours, type WorkingCalendar } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { ServicesEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/places';

/** Documents typed and checked against subgraphs/places/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const VILLAGE = graphql(`
  query VillageOffice($code: String!) {
    village(code: $code) {
      code
      name
      type
      districtCode
      district {
        name
        head {
          name
          title
        }
      }
      officeAddress
      openingHours {
        weekday
        opens
        closes
      }
      head {
        name
        title
      }
      letterCode
      logoUrl
      online
    }
  }
`);

const HOLIDAYS = graphql(`
  query Holidays($year: Int!) {
    holidays(year: $year) {
      date
    }
  }
`);

/** What services needs to know about a village office: its letterhead, signatory, clock, and whether it is online. */
export interface VillageOffice {
  code: string;
  name: string;
  type: 'DESA' | 'KELURAHAN';
  districtCode: string;
  districtName: string;
  /** The district's head (camat), who co-signs letters of services that need the district; null when not recorded. */
  districtHead?: { name: string; title: string } | null;
  officeAddress: string | null;
  openingHours: OpeningHours[];
  head: { name: string; title: string } | null;
  letterCode: string | null;
  logoUrl: string | null;
  online: boolean;
}

/** Where village offices and holidays come from: the places subgraph, or a stand-in in unit tests. */
export interface PlacesDirectory {
  /** The village office with this code, or null when places knows none. */
  village(code: string): Promise<VillageOffice | null>;
  /** The local dates (YYYY-MM-DD) of a year's holidays and joint leave. */
  holidays(year: number): Promise<string[]>;
}

/** A village office that has not set its hours yet counts Monday–Friday 08:00–15:00 WIB (decision 021). */
export const DEFAULT_OPENING_HOURS: OpeningHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '15:00',
}));

const CACHE_MS = 60_000;
/** Holidays change rarely but matter at once (the regency adds a joint leave day): a shorter memory (decision 030). */
export const HOLIDAYS_CACHE_MS = 10_000;

/**
 * The places subgraph's public `village(code)` and `holidays(year)`, called directly with the
 * services token, each answer kept for a minute in this process so that queues and submissions
 * do not ask places once per row. Failures are not kept.
 */
export class PlacesClient implements PlacesDirectory {
  private readonly client: InternalClient;
  private readonly cache = new Map<string, { until: number; value: Promise<unknown> }>();

  constructor(
    private readonly url: string,
    env: ServicesEnv,
    private readonly now: () => number = Date.now,
  ) {
    this.client = new InternalClient('services', jwtConfigOf(env));
  }

  village(code: string): Promise<VillageOffice | null> {
    return this.cached(`village:${code}`, async () => {
      try {
        const { village } = await this.client.send(this.url, VILLAGE, { code });
        return {
          code: village.code,
          name: village.name,
          type: village.type,
          districtCode: village.districtCode,
          districtName: village.district.name,
          districtHead: village.district.head
            ? { name: village.district.head.name, title: village.district.head.title }
            : null,
          officeAddress: village.officeAddress ?? null,
          openingHours: village.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
          head: village.head ? { name: village.head.name, title: village.head.title } : null,
          letterCode: village.letterCode ?? null,
          logoUrl: village.logoUrl ?? null,
          online: village.online,
        } satisfies VillageOffice;
      } catch (error) {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return null;
        throw error;
      }
    });
  }

  holidays(year: number): Promise<string[]> {
    return this.cached(
      `holidays:${year}`,
      async () => (await this.client.send(this.url, HOLIDAYS, { year })).holidays.map((h) => h.date),
      HOLIDAYS_CACHE_MS,
    );
  }

  private cached<T>(key: string, load: () => Promise<T>, ttlMs = CACHE_MS): Promise<T> {
    const now = this.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    this.cache.set(key, { until: now + ttlMs, value });
    value.catch(() => {
      if (this.cache.get(key)?.value === value) this.cache.delete(key);
    });
    return value;
  }
}

const clients = new Map<string, PlacesClient>();
let standIn: PlacesDirectory | null = null;

/** The directory this process uses: one cached client per places URL (or the unit tests' stand-in). */
export function placesDirectory(env: ServicesEnv): PlacesDirectory {
  if (standIn) return standIn;
  let client = clients.get(env.PLACES_URL);
  if (!client) clients.set(env.PLACES_URL, (client = new PlacesClient(env.PLACES_URL, env)));
  return client;
}

/** Unit tests that start services alone answer for places with a stand-in (null: the real client again). */
export function setPlacesDirectoryForTests(directory: PlacesDirectory | null): void {
  standIn = directory;
}

/** The years whose holidays a span from `from` over `days` days may touch. */
const yearsOf = (from: Date, to: Date): number[] => {
  const first = new Date(from.getTime() + 7 * 3_600_000).getUTCFullYear();
  const last = new Date(to.getTime() + 7 * 3_600_000).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= Math.min(last, first + 5); year += 1) years.push(year);
  return years;
};

/**
 * The working calendar of a village office between two instants: its weekly hours (the default
 * when it has none yet) and the holidays of every year the span touches.
 */
export async function calendarOf(
  places: PlacesDirectory,
  village: Pick<VillageOffice, 'openingHours'>,
  from: Date,
  to: Date,
): Promise<WorkingCalendar> {
  const lists = await Promise.all(yearsOf(from, to).map((year) => places.holidays(year)));
  return {
    hours: village.openingHours.length ? village.openingHours : DEFAULT_OPENING_HOURS,
    holidays: new Set(lists.flat()),
  };
}
