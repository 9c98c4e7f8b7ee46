import type { RequestContext } from '@kampung/shared';

type EntityManager = RequestContext['em'];

/**
 * The next number of a village's `year`, atomically: one upsert inside the completing
 * transaction. Its row lock makes concurrent completions in one village wait for each other
 * (never the same number); two villages have two rows and never clash.
 */
export async function nextLetterNumber(em: EntityManager, villageCode: string, year: number): Promise<number> {
  const rows: { last_number: number }[] = await em.getConnection().execute(
    `insert into "services"."letter_sequences" ("village_code", "year", "last_number") values (?, ?, 1)
     on conflict ("village_code", "year") do update set "last_number" = "letter_sequences"."last_number" + 1
     returning "last_number"`,
    [villageCode, year],
    'all',
    em.getTransactionContext(),
  );
  return rows[0]!.last_number;
}

/** `470/0001/429.501.01/2026`: classification code, the village's sequence, its letter code, year. */
export const formatLetterNumber = (sequence: number, officeCode: string, year: number): string =>
  `470/${String(sequence).padStart(4, '0')}/${officeCode}/${year}`;

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** `1 Desember 2026`, in WIB (Asia/Jakarta, UTC+7). */
export function indonesianDate(at: Date): string {
  const wib = new Date(at.getTime() + 7 * 3_600_000);
  return `${wib.getUTCDate()} ${MONTHS[wib.getUTCMonth()]} ${wib.getUTCFullYear()}`;
}

/** The year of a date in WIB. */
export const wibYear = (at: Date): number => new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear();

/** `Siti Rahayu` → `S. R.`: all the verification page tells about the applicant. */
export const initialsOf = (name: string): string =>
  name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join(' ') || '-';
