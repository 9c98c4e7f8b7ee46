import { subgraph } from '@kampung/services';
import { createTestDatabase } from '@kampung/devtools';
import { createOrm, type MikroORM } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineVillages } from '../data/places.js';
import { seedServices } from './services.js';

let orm: MikroORM;
let drop: () => Promise<void>;
const query = <T>(sql: string) => orm.em.getConnection().execute<T[]>(sql);

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseUrl'), 'seed_services');
  drop = database.drop;
  orm = await createOrm({
    schema: 'services',
    databaseUrl: database.url,
    entities: subgraph.entities,
    migrations: subgraph.migrations,
    appName: 'seed-services-test',
    poolMax: 2,
  });
  await seedServices(orm.em.fork());
  // Twice: the seed is idempotent.
  await seedServices(orm.em.fork());
}, 120_000);
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe('seeding the services', () => {
  it('loads the 22 services as regency templates, adopted by every online village', async () => {
    const [templates] = await query<{ n: number }>(
      `select count(*)::int as n from "services"."services" where "village_code" is null`,
    );
    expect(templates!.n).toBe(22);
    const perVillage = await query<{ village_code: string; n: number }>(
      `select "village_code", count(*)::int as n from "services"."village_services" where "active" group by 1 order by 1`,
    );
    expect(perVillage).toEqual(
      onlineVillages
        .map((v) => ({ village_code: v.code, n: 22 }))
        .sort((a, b) => a.village_code.localeCompare(b.village_code)),
    );
    const [kemiren] = await query<{ fee: number; office: string }>(
      `select v."fee", v."office" from "services"."village_services" v join "services"."services" s on s."id" = v."service_id"
       where v."village_code" = '35.10.15.2004' and s."slug" = 'kelas-membatik-sanggar-desa'`,
    );
    expect(kemiren).toEqual({ fee: 35_000, office: 'Balai Desa Kemiren, Sanggar Batik Desa' });
  });
});
