import { MikroORM, type Options, type EntityClass } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import type { Logger } from 'pino';

export interface OrmConfig {
  /** PostgreSQL schema that this subgraph owns. */
  schema: string;
  databaseUrl: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Shown as `application_name` in PostgreSQL. */
  appName: string;
  logger?: Logger;
  poolMax?: number;
}

export function ormOptions(config: OrmConfig): Options {
  return {
    clientUrl: config.databaseUrl,
    schema: config.schema,
    entities: config.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    // While PostgreSQL is away a request fails within seconds (SERVICE_UNAVAILABLE) instead of
    // queueing for knex's default minute; broken connections are dropped and new ones made
    // when it is back, so no restart is needed.
    pool: {
      min: 0,
      max: config.poolMax ?? 10,
      acquireTimeoutMillis: 10_000,
      createTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    },
    driverOptions: {
      connection: { application_name: config.appName, connectionTimeoutMillis: 3_000, keepAlive: true },
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: config.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: config.logger?.isLevelEnabled('trace') ?? false,
    logger: (message) => config.logger?.trace(message),
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
}

/** Connects and, unless told otherwise, brings this subgraph's schema up to date. */
export async function createOrm(config: OrmConfig, { migrate = true } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config));
  if (migrate) await migrate_(orm, config.schema);
  return orm;
}

/**
 * Runs pending migrations under an advisory lock, so that several replicas starting at
 * once apply each migration exactly once.
 */
async function migrate_(orm: MikroORM, schema: string): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  const lockConnection = await knex.client.acquireConnection();
  const lockKey = `migrate:${schema}`;
  try {
    await knex.raw('select pg_advisory_lock(hashtext(?))', [lockKey]).connection(lockConnection);
    await knex.raw(`create schema if not exists "${schema}"`).connection(lockConnection);
    await orm.migrator.up();
  } finally {
    await knex.raw('select pg_advisory_unlock(hashtext(?))', [lockKey]).connection(lockConnection);
    await knex.client.releaseConnection(lockConnection);
  }
}

export { MikroORM };
