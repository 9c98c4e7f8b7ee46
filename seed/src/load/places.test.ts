import { subgraph } from '@kampung/places';
import { createTestDatabase } from '@kampung/devtools';
import { addWorkingHours, createOrm, type MikroORM, type OpeningHours } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { holidays2026 } from '../data/places-holidays.js';
import { onlineVillages } from '../data/places.js';
import { seedPlaces, type PlacesSeedResult } from './places.js';

let orm: MikroORM;
let drop: () => Promise<void>;
let first: PlacesSeedResult | null;
let firstMs: number;

const query = <T>(sql: string) => orm.em.getConnection().execute<T[]>(sql);

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseUrl'), 'seed_places');
  drop = database.drop;
  orm = await createOrm({
    schema: 'places',
    databaseUrl: database.url,
    entities: subgraph.entities,
    migrations: subgraph.migrations,
    appName: 'seed-places-test',
    poolMax: 2,
  });
  const started = Date.now();
  first = await seedPlaces(orm.em.fork());
  firstMs = Date.now() - started;
}, 120_000);
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe('seedPlaces', () => {
  it('loads all of Indonesia and every Banyuwangi village: 25 districts, 217 villages (189 desa, 28 kelurahan)', async () => {
    console.log(`[places seed] ${first?.regions} regions in ${first?.regionsMs} ms; whole seed ${firstMs} ms`);
    expect(first?.regions).toBeGreaterThan(91_000);
    const [counts] = await query<Record<string, string>>(`select
      (select count(*) from places.regions)::text as regions,
      (select count(*) from places.regions where level = 'DISTRICT' and parent_code = '35.10')::text as districts,
      (select count(*) from places.villages)::text as villages,
      (select count(*) from places.villages where type = 'DESA')::text as desa,
      (select count(*) from places.villages where type = 'KELURAHAN')::text as kelurahan,
      (select count(*) from places.villages where online)::text as online`);
    expect(counts).toEqual({
      regions: String(first?.regions),
      districts: '25',
      villages: '217',
      desa: '189',
      kelurahan: '28',
      online: String(onlineVillages.length),
    });
    expect(onlineVillages.length).toBe(15);
  });

  it('Sembulung is online with its office, and its hours run the clock', async () => {
    const [sembulung] = await query<{
      name: string;
      online: boolean;
      letter_code: string;
      opening_hours: OpeningHours[];
    }>(`select name, online, letter_code, opening_hours from places.villages where code = '35.10.06.2003'`);
    expect(sembulung).toMatchObject({ name: 'Sembulung', online: true, letter_code: '429.501.01' });
    const holidays = holidays2026.map((holiday) => holiday.date);
    // Sent on Wednesday 23 December 2026 at 14:00: Christmas Eve (joint leave) and Christmas close the office.
    const due = addWorkingHours(
      { hours: sembulung!.opening_hours, holidays },
      new Date('2026-12-23T14:00:00+07:00'),
      8,
    );
    // One hour on Wednesday, seven on Monday 28th (Thursday and Friday closed): due at Monday's closing.
    expect(due).toEqual(new Date('2026-12-28T15:00:00+07:00'));
  });

  it('holds the 2026 decree: 17 holidays and 8 joint leave days', async () => {
    const [row] = await query<{ holidays: string; joint: string }>(
      `select count(*) filter (where not joint_leave)::text as holidays, count(*) filter (where joint_leave)::text as joint
       from places.holidays where date between '2026-01-01' and '2026-12-31'`,
    );
    expect(row).toEqual({ holidays: '17', joint: '8' });
  });

  it('is idempotent: a second run writes no region and changes no count', async () => {
    const again = await seedPlaces(orm.em.fork());
    expect(again?.regionsWritten).toBe(0);
    expect(await seedPlaces(orm.em.fork(), { ifEmpty: true })).toBeNull();
    const [row] = await query<{ n: string }>('select count(*)::text as n from places.holidays');
    expect(Number(row!.n)).toBe(first!.holidays);
  });
});
