import { bilingual } from '@kampung/shared';
import { z } from 'zod';
import type { RegionLevel } from './region.entity.js';

/** Banyuwangi: the regency whose villages have offices here. */
export const HOME_REGENCY_CODE = '35.10';

const PATTERNS: [RegionLevel, RegExp][] = [
  ['PROVINCE', /^\d{2}$/],
  ['REGENCY', /^\d{2}\.\d{2}$/],
  ['DISTRICT', /^\d{2}\.\d{2}\.\d{2}$/],
  ['VILLAGE', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
];

/** The level a Kemendagri code is written for (`35.10.06` → DISTRICT), or null when it is no such code. */
export function levelOfCode(code: string): RegionLevel | null {
  return PATTERNS.find(([, pattern]) => pattern.test(code))?.[0] ?? null;
}

/** The code one level up (`35.10.06.2003` → `35.10.06`), null for a province. */
export const parentCodeOf = (code: string): string | null =>
  code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;

/** Any region code: `35`, `35.10`, `35.10.06` or `35.10.06.2003`. */
export const regionCodeSchema = z
  .string()
  .trim()
  .refine(
    (code) => levelOfCode(code) !== null,
    bilingual(
      'Kode wilayah tidak valid (contoh: 35.10.06.2003)',
      'Region code is not valid (for example 35.10.06.2003)',
    ),
  );

/** A village code, `35.10.06.2003`. */
export const villageCodeSchema = z
  .string()
  .trim()
  .refine(
    (code) => levelOfCode(code) === 'VILLAGE',
    bilingual('Kode desa tidak valid (contoh: 35.10.06.2003)', 'Village code is not valid (for example 35.10.06.2003)'),
  );

/** A district code, `35.10.06`. */
export const districtCodeSchema = z
  .string()
  .trim()
  .refine(
    (code) => levelOfCode(code) === 'DISTRICT',
    bilingual('Kode kecamatan tidak valid (contoh: 35.10.06)', 'District code is not valid (for example 35.10.06)'),
  );
