import { MikroORM, type EntityClass } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';

/**
 * For this package's own tests: a fresh database on the unit tests' PostgreSQL (`adminUrl`,
 * from `inject('databaseUrl')`) with `sql` run in it and MikroORM over `entities`.
 * (`@kampung/devtools` has the full harness, but it depends on this package.)
 */
export async function testOrm(
  adminUrl: string,
  entities: EntityClass<unknown>[],
  sql: string,
): Promise<{ orm: MikroORM; close: () => Promise<void> }> {
  const name = `shared_${randomBytes(5).toString('hex')}`;
  const admin = await MikroORM.init({ clientUrl: adminUrl, entities: [], discovery: { warnWhenNoEntities: false } });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await MikroORM.init({
    clientUrl: url.toString(),
    entities,
    allowGlobalContext: false,
    forceUtcTimezone: true,
  });
  await orm.em.getConnection().execute(sql);
  return {
    orm,
    close: async () => {
      await orm.close();
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}
