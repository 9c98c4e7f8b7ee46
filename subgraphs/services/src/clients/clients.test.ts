import { checkClientDocuments, staleClientTypes } from '@kampung/devtools';
import { parseEnv } from '@kampung/shared';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servicesEnvSchema } from '../env.js';
import { calendarOf, DEFAULT_OPENING_HOURS, PlacesClient } from './places.client.js';

describe("internal clients against their owners' committed SDL", () => {
  it('have introspections as `npm run schema` writes them now', async () => {
    expect(await staleClientTypes('services')).toEqual([]);
  });

  it('send only documents that fit the owner’s schema (gql.tada check)', () => {
    checkClientDocuments('services');
  }, 120_000);
});

describe('the places client', () => {
  let server: Server;
  let url: string;
  const asked: string[] = [];
  const VILLAGE = {
    code: '35.10.06.2003',
    name: 'Sembulung',
    type: 'DESA',
    districtCode: '35.10.06',
    district: { name: 'Cluring', head: { name: 'Drs. Hendro Wibowo', title: 'Camat' } },
    officeAddress: 'Jl. Raya Sembulung No. 1',
    openingHours: [{ weekday: 1, opens: '08:00', closes: '15:00' }],
    head: { name: 'Mohammad Arifin', title: 'Kepala Desa' },
    letterCode: '429.501.01',
    logoUrl: null,
    online: true,
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
        asked.push(String(variables.code ?? variables.year));
        res.setHeader('content-type', 'application/json');
        if (query.includes('holidays')) res.end(JSON.stringify({ data: { holidays: [{ date: '2026-12-25' }] } }));
        else if (variables.code === VILLAGE.code) res.end(JSON.stringify({ data: { village: VILLAGE } }));
        else
          res.end(JSON.stringify({ errors: [{ message: 'Desa tidak ditemukan', extensions: { code: 'NOT_FOUND' } }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('maps the village office, answers null for an unknown one, asks once a minute for offices, every 10 s for holidays', async () => {
    let now = 1_000_000;
    const client = new PlacesClient(url, parseEnv(servicesEnvSchema, {}), () => now);
    asked.length = 0;
    expect(await client.village(VILLAGE.code)).toEqual({
      ...VILLAGE,
      district: undefined,
      districtName: 'Cluring',
      districtHead: { name: 'Drs. Hendro Wibowo', title: 'Camat' },
    });
    await client.village(VILLAGE.code);
    expect(await client.village('35.10.06.2999')).toBeNull();
    expect(await client.holidays(2026)).toEqual(['2026-12-25']);
    await client.holidays(2026);
    expect(asked).toEqual([VILLAGE.code, '35.10.06.2999', '2026']);
    // Holidays are kept 10 s (a holiday the regency adds reaches due times soon), offices a minute.
    now += 11_000;
    await client.holidays(2026);
    await client.village(VILLAGE.code);
    expect(asked).toEqual([VILLAGE.code, '35.10.06.2999', '2026', '2026']);
    now += 50_000;
    await client.village(VILLAGE.code);
    expect(asked).toHaveLength(5);
  });

  it('builds a village calendar: its hours (the default week when it has none) and the holidays', async () => {
    const client = new PlacesClient(url, parseEnv(servicesEnvSchema, {}));
    const calendar = await calendarOf(client, { openingHours: [] }, new Date('2026-12-20'), new Date('2027-01-05'));
    expect(calendar.hours).toEqual(DEFAULT_OPENING_HOURS);
    expect([...(calendar.holidays as Set<string>)]).toEqual(['2026-12-25']);
  });
});
