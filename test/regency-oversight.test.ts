import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, rows } from './support/authz/cast.js';
import { tokenWith } from './support/catalog.js';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';

const CLURING = '35.10.06';
const SEMBULUNG = '35.10.06.2003';
const MUNCAR_VILLAGE = '35.10.05.2001';
const DAY = 86_400_000;
const period = {
  from: new Date(Date.now() - 2 * 365 * DAY).toISOString(),
  to: new Date(Date.now() + DAY).toISOString(),
};

const LEAGUE = graphql(`
  query ($scope: OversightScopeInput, $period: OversightPeriodInput!) {
    villageLeague(scope: $scope, period: $period) {
      scopeCode
      total {
        requests
        completed
        ikm
        ikmResponses
      }
      villages {
        code
        requests
        completed
      }
    }
  }
`);
const FIGURES = graphql(`
  query ($code: String!, $period: OversightPeriodInput!) {
    villageFigures(villageCode: $code, period: $period) {
      figures {
        requests
      }
    }
  }
`);
const PUBLIC = graphql(`
  query ($period: OversightPeriodInput!) {
    publicRegencyFigures(period: $period) {
      scopeCode
      total {
        requests
        ikm
        ikmGrade
      }
      villages {
        code
        name
        requests
        completed
        onTime
        onTimeShare
        medianHours
        p90Hours
        ikm
        ikmGrade
        ikmResponses
        complaints
        complaintsAnswered
        medianComplaintResponseHours
      }
    }
    publicVillageFigures(villageCode: "35.10.06.2003", period: $period) {
      figures {
        requests
      }
      months {
        month
        requests
      }
      distribution {
        count
      }
      services {
        name
        requests
      }
    }
  }
`);

const officer = (district: string) =>
  tokenWith(['BUYER', 'STAFF'], undefined, [{ role: 'DISTRICT_OFFICER', place: district }]);

afterAll(() => closeDatabase());

describe('regency oversight through the gateway', () => {
  it('a district officer sees every village of their district, with figures that match the database', async () => {
    const result = await callApi(LEAGUE, { period, scope: null }, { token: await officer(CLURING) });
    expect(result.errors).toBeUndefined();
    const league = result.data!.villageLeague;
    expect(league.scopeCode).toBe(CLURING);
    expect(league.villages.length).toBeGreaterThan(1);
    expect(league.villages.every((v) => v.code.startsWith(`${CLURING}.`))).toBe(true);
    const [counted] = (await rows(
      `select count(*)::int as requests, (count(*) filter (where status = 'COMPLETED'))::int as completed
       from services.service_requests where village_code = $1 and submitted_at >= $2 and submitted_at < $3`,
      [SEMBULUNG, period.from, period.to],
    )) as { requests: number; completed: number }[];
    expect(league.villages.find((v) => v.code === SEMBULUNG)).toMatchObject(counted!);
  });

  it('refuses a district officer another district and its villages (FORBIDDEN)', async () => {
    const token = await officer(CLURING);
    const other = await callApi(LEAGUE, { period, scope: { districtCode: '35.10.05' } }, { token });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.villageLeague ?? null).toBeNull();
    const village = await callApi(FIGURES, { code: MUNCAR_VILLAGE, period }, { token });
    expect(village.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await tokenWith(['BUYER', 'STAFF'], undefined, [{ role: 'VILLAGE_STAFF', place: MUNCAR_VILLAGE }]);
    expect((await callApi(FIGURES, { code: SEMBULUNG, period }, { token: staff })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await callApi(LEAGUE, { period, scope: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the regency admin sees all 217 villages', async () => {
    const admin = await tokenWith(['BUYER', 'STAFF', 'ADMIN'], undefined, [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    const result = await callApi(LEAGUE, { period, scope: null }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.villageLeague.villages).toHaveLength(217);
  });

  it('public figures need no sign-in and carry no personal data', async () => {
    const result = await callApi(PUBLIC, { period });
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    // No NIK or family-card numbers, tracking codes, e-mail addresses, phone numbers or ids of people.
    expect(text).not.toMatch(/\d{16}/);
    expect(text).not.toMatch(/LYN-/);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/\b08\d{8,}/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const applicants = (await rows(
      `select distinct answers->>'fullName' as name from services.service_requests where answers ? 'fullName' limit 20`,
    )) as { name: string }[];
    for (const { name } of applicants) if (name && name.length > 5) expect(text).not.toContain(name);
    // The figure types have aggregate fields only.
    const fields = await callApi(
      graphql(`
        {
          __type(name: "VillageFigures") {
            fields {
              name
            }
          }
        }
      `),
      {},
    );
    const type = (fields.data as { __type?: { fields?: { name: string }[] } } | undefined)?.__type;
    const names = type?.fields?.map((f) => f.name) ?? [];
    if (names.length) {
      expect(names.sort()).toEqual(
        [
          'code',
          'name',
          'districtCode',
          'districtName',
          'requests',
          'completed',
          'onTime',
          'onTimeShare',
          'medianHours',
          'p90Hours',
          'ikm',
          'ikmGrade',
          'ikmResponses',
          'complaints',
          'complaintsAnswered',
          'medianComplaintResponseHours',
        ].sort(),
      );
    }
  });
});
