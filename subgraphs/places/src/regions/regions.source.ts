/**
 * Loads Indonesia's administrative regions from the `idn-area-data` package (Kemendagri codes;
 * data under the ODbL, © its contributors) into `places.regions`, and gives every village of
 * the home regency its office row in `places.villages`. One bulk statement per table, upserting
 * only rows that changed: safe to run again.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HOME_REGENCY_CODE } from './region.codes.js';
import type { RegionLevel } from './region.entity.js';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');

/** Rows of one CSV file as arrays of fields (the files quote nothing: names never hold commas). */
async function readCsv(file: string): Promise<string[][]> {
  const text = await readFile(path.join(dataDir, file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

// Province and regency names come upper-case in this release; districts and villages are already in title case.
const SMALL_WORDS = new Set(['dan']);
const KEEP_UPPER = new Set(['DKI', 'DI']);
export function titleCase(name: string): string {
  return name
    .split(' ')
    .map((word, index) => {
      if (KEEP_UPPER.has(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(
        /(^|[-(/])(\p{L})/gu,
        (_match, before: string, letter: string) => before + letter.toUpperCase(),
      );
    })
    .join(' ');
}

// A few village names carry a double quote where an apostrophe belongs (Soka"an).
const cleanName = (name: string) => name.trim().replace(/"/g, "'");

/**
 * Every region, parents before children. With `regencies`, districts and villages are read for
 * those regencies only (provinces and regencies always in full): tests load a small country.
 */
export async function readRegions(options: { regencies?: readonly string[] } = {}): Promise<RegionRow[]> {
  const only = options.regencies ? new Set(options.regencies) : null;
  const inScope = (code: string) => !only || only.has(code.slice(0, 5));
  const [provinces, regencies, districts, villages] = await Promise.all(
    ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'].map(readCsv),
  );
  return [
    ...provinces!.map(([code, name]) => ({
      code: code!,
      name: titleCase(cleanName(name!)),
      level: 'PROVINCE' as const,
      parentCode: null,
    })),
    ...regencies!.map(([code, parent, name]) => ({
      code: code!,
      name: titleCase(cleanName(name!)),
      level: 'REGENCY' as const,
      parentCode: parent!,
    })),
    ...districts!
      .filter(([code]) => inScope(code!))
      .map(([code, parent, name]) => ({
        code: code!,
        name: cleanName(name!),
        level: 'DISTRICT' as const,
        parentCode: parent!,
      })),
    ...villages!
      .filter(([code]) => inScope(code!))
      .map(([code, parent, ...name]) => ({
        code: code!,
        name: cleanName(name.join(',')),
        level: 'VILLAGE' as const,
        parentCode: parent!,
      })),
  ];
}

export interface ImportResult {
  /** Region rows in the source. */
  regions: number;
  /** Rows inserted or changed. */
  regionsWritten: number;
  /** Village office rows of the home regency. */
  villages: number;
  villagesWritten: number;
}

/**
 * Upserts regions and the home regency's village rows in one transaction (two bulk statements
 * over `json_to_recordset`, no per-row round trips); office fields already set are kept.
 */
export async function importRegions(
  em: EntityManager,
  options: { regencies?: readonly string[]; homeRegency?: string } = {},
): Promise<ImportResult> {
  const rows = await readRegions(options);
  const home = options.homeRegency ?? HOME_REGENCY_CODE;
  const json = JSON.stringify(rows.map((row) => [row.code, row.name, row.level, row.parentCode]));
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    // Row-level FK checks run at the end of the statement, so parents and children may arrive together.
    const regions = await connection.execute<{ count: string }[]>(
      `with source as (
         select value->>0 as code, value->>1 as name, value->>2 as level, value->>3 as parent_code
         from json_array_elements(cast(? as json))
       ), written as (
         insert into "places"."regions" ("code", "name", "level", "parent_code")
         select code, name, level, parent_code from source
         on conflict ("code") do update
           set "name" = excluded."name", "level" = excluded."level", "parent_code" = excluded."parent_code"
           where ("regions"."name", "regions"."level", "regions"."parent_code")
             is distinct from (excluded."name", excluded."level", excluded."parent_code")
         returning 1
       )
       select count(*)::text as count from written`,
      [json],
    );
    const villages = await connection.execute<{ count: string; total: string }[]>(
      `with source as (
         select "code", "parent_code" as district_code, "name",
           case when split_part("code", '.', 4) like '1%' then 'KELURAHAN' else 'DESA' end as type
         from "places"."regions"
         where "level" = 'VILLAGE' and "code" like ?
       ), written as (
         insert into "places"."villages" ("code", "district_code", "name", "type")
         select code, district_code, name, type from source
         on conflict ("code") do update
           set "district_code" = excluded."district_code", "name" = excluded."name", "type" = excluded."type",
               "updated_at" = now()
           where ("villages"."district_code", "villages"."name", "villages"."type")
             is distinct from (excluded."district_code", excluded."name", excluded."type")
         returning 1
       )
       select (select count(*) from written)::text as count, (select count(*) from source)::text as total`,
      [`${home}.%`],
    );
    return {
      regions: rows.length,
      regionsWritten: Number(regions[0]?.count ?? 0),
      villages: Number(villages[0]?.total ?? 0),
      villagesWritten: Number(villages[0]?.count ?? 0),
    };
  });
}
