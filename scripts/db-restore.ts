/**
 * `npm run db:restore -- file`: puts a backup from `npm run db:backup` back into the
 * `npm start` database (./.data, port 54329) or DATABASE_URL, replacing what is there:
 * pg_restore --clean --if-exists for pg_dump's format, the built-in loader for the logical one.
 * Stop the services first (or restart them after): they keep running on the replaced schemas.
 * The uploaded files backed up beside it (`<file>.files/`) are copied back into UPLOADS_DIR
 * (files uploaded since stay; nothing names them once the rows are back).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { findPgTool, formatOf, log, openDatabase, redact, restoreLogicalBackup, root } from './db-backup-format.js';

const started = Date.now();
const given = process.argv[2];
if (!given) {
  console.error('usage: npm run db:restore -- <backup file>   (from npm run db:backup, e.g. .data/backups/…dump)');
  process.exit(2);
}
const file = path.resolve(given);
if (!existsSync(file)) {
  console.error(`[db] no such file: ${file}`);
  process.exit(2);
}

/** The files copied beside the backup go back to the uploads folder, once the database is back. */
function restoreFiles(): void {
  const files = `${file}.files`;
  if (!existsSync(files)) return log(`no ${path.basename(files)} beside the backup: files left as they are`);
  const uploads = path.resolve(
    process.env.UPLOADS_DIR ?? path.join(process.env.DATA_DIR ?? path.join(root, '.data'), 'uploads'),
  );
  cpSync(files, uploads, { recursive: true });
  log(`copied the backed-up files back to ${uploads}`);
}

const database = await openDatabase();
try {
  const format = await formatOf(file);
  if (format === 'pg_dump') {
    const pgRestore = await findPgTool('pg_restore', database.url);
    if (!pgRestore)
      throw new Error(
        `${file} is a pg_dump file but no pg_restore for this server's version was found (set PG_BIN_DIR)`,
      );
    log(`pg_restore --clean --if-exists of ${file} into ${redact(database.url)} with ${pgRestore}`);
    execFileSync(
      pgRestore,
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        '--exit-on-error',
        '--dbname',
        database.url,
        file,
      ],
      { stdio: 'inherit' },
    );
    log(`restored in ${Date.now() - started} ms`);
    restoreFiles();
  } else {
    log(`restoring the logical backup ${file} into ${redact(database.url)}`);
    const summary = await restoreLogicalBackup(database.url, file);
    log(
      `restored schemas ${summary.schemas.join(', ')}: ${summary.tables} tables, ${summary.rows} rows, ${summary.sequences} sequences in ${Date.now() - started} ms`,
    );
    restoreFiles();
  }
} catch (error) {
  console.error(`[db] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
