/**
 * `npm run db:backup [-- file]`: backs up the `npm start` database (./.data, port 54329) or
 * DATABASE_URL to `file`, by default ./.data/backups/<timestamp>.dump. With a pg_dump of the
 * server's version at hand it writes pg_dump's custom format (-Fc); otherwise the built-in
 * logical format (see db-backup-format.ts). Either one goes back with `npm run db:restore`.
 * The uploaded files of the local default (UPLOADS_DIR: photos, attachments, covers, letters)
 * are copied beside it, to `<file>.files/`; with S3_BUCKET set they live in the bucket instead.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { findPgTool, log, openDatabase, redact, root, writeLogicalBackup } from './db-backup-format.js';

const started = Date.now();
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
const file = path.resolve(process.argv[2] ?? path.join(dataDir, 'backups', `${stamp}.dump`));

/** The uploads folder beside the dump: after it, so no file a backed-up row names is missing. */
function backUpFiles(): void {
  if (process.env.S3_BUCKET) {
    log(
      `files are in the bucket ${process.env.S3_BUCKET}: back it up with the object storage's versioning or replication`,
    );
    return;
  }
  const uploads = path.resolve(process.env.UPLOADS_DIR ?? path.join(dataDir, 'uploads'));
  const target = `${file}.files`;
  rmSync(target, { recursive: true, force: true });
  if (!existsSync(uploads)) {
    log(`no uploads folder at ${uploads}: no files to copy`);
    return;
  }
  cpSync(uploads, target, { recursive: true });
  log(`copied the uploaded files of ${uploads} to ${target}`);
}

try {
  const database = await openDatabase();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const pgDump = process.env.BACKUP_FORMAT === 'logical' ? null : await findPgTool('pg_dump', database.url);
    if (pgDump) {
      log(`pg_dump -Fc of ${redact(database.url)} with ${pgDump}`);
      execFileSync(pgDump, ['--format=custom', '--no-owner', '--file', file, '--dbname', database.url], {
        stdio: 'inherit',
      });
      log(`wrote ${file} (${statSync(file).size} bytes, pg_dump custom format) in ${Date.now() - started} ms`);
    } else {
      log(`no pg_dump for this server's version; writing the built-in logical backup of ${redact(database.url)}`);
      const summary = await writeLogicalBackup(database.url, file);
      log(
        `wrote ${file} (${statSync(file).size} bytes): schemas ${summary.schemas.join(', ')}; ${summary.tables} tables, ` +
          `${summary.rows} rows, ${summary.sequences} sequences in ${Date.now() - started} ms`,
      );
    }
    backUpFiles();
    log(`restore with: npm run db:restore -- ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`[db] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
