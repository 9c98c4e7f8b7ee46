import { createOrm, type BaseEnv, type SubgraphDefinition } from '@kampung/shared';
import { createTestDatabase } from './test-database.js';

/**
 * A statement MikroORM would run that the migrations leave out on purpose: something the
 * entities cannot express (a trigram index, a check constraint, a generated column).
 * `why` is required so that every exception says what it is.
 */
export interface AllowedDrift {
  statement: string | RegExp;
  why: string;
}

const matches = (allowed: AllowedDrift, statement: string) =>
  typeof allowed.statement === 'string' ? allowed.statement === statement : allowed.statement.test(statement);

/**
 * Runs a subgraph's migrations on a fresh database (on the server at `adminUrl`) and returns
 * the statements MikroORM's schema generator would still run to make the database match the
 * entities: empty when the hand-written SQL and the entity metadata agree.
 */
export async function schemaDrift<E extends BaseEnv>(
  definition: SubgraphDefinition<E>,
  adminUrl: string,
): Promise<string[]> {
  const database = await createTestDatabase(adminUrl, `drift_${definition.name}`);
  try {
    const orm = await createOrm({
      schema: definition.name,
      databaseUrl: database.url,
      entities: definition.entities,
      migrations: definition.migrations,
      appName: `drift-${definition.name}`,
      poolMax: 2,
    });
    try {
      const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.name });
      return sql
        .split(/;\s*\n/)
        .map((statement) => statement.trim().replace(/;$/, ''))
        .filter((statement) => statement.length > 0);
    } finally {
      await orm.close();
    }
  } finally {
    await database.drop();
  }
}

/**
 * Fails (with every offending statement listed) when a subgraph's migrations and its entities
 * disagree. Statements in `allow` are expected; an entry that no longer matches anything also
 * fails, so the allow-list cannot outlive the reason for it.
 *
 * ```ts
 * it('migrations match the entities', () => expectNoSchemaDrift(subgraph, inject('databaseUrl')));
 * ```
 */
export async function expectNoSchemaDrift<E extends BaseEnv>(
  definition: SubgraphDefinition<E>,
  adminUrl: string,
  allow: readonly AllowedDrift[] = [],
): Promise<void> {
  const statements = await schemaDrift(definition, adminUrl);
  const unexpected = statements.filter((statement) => !allow.some((allowed) => matches(allowed, statement)));
  const unused = allow.filter((allowed) => !statements.some((statement) => matches(allowed, statement)));
  const problems = [
    ...unexpected.map((statement) => `  drift: ${statement}`),
    ...unused.map((allowed) => `  allow-list entry matches nothing (remove it): ${String(allowed.statement)}`),
  ];
  if (problems.length) {
    throw new Error(
      `${definition.name}: the migrations and the entities disagree. MikroORM would still run:\n${problems.join('\n')}\n` +
        'Fix the entity metadata or add a migration (see docs/decisions/016-subgraph-contracts.md).',
    );
  }
}
