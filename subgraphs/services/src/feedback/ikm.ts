/** The nine elements of the public satisfaction survey (Permenpan RB 14/2017), each scored 1–4. */
export const IKM_ELEMENTS = [
  'REQUIREMENTS',
  'PROCEDURE',
  'COMPLETION_TIME',
  'COST',
  'PRODUCT',
  'COMPETENCE',
  'CONDUCT',
  'COMPLAINTS',
  'FACILITIES',
] as const;

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

export interface IkmTotals {
  /** Sum of the scores given to each element, in IKM_ELEMENTS order. */
  sums: number[];
  /** Number of answers to each element. */
  counts: number[];
}

/**
 * IKM = 25 × mean over elements of NRR (element average). With every element answered by
 * the same n respondents this is 25 × Σsums / (9 n); in general it is the rational
 * 25 × Σ(sum_i / count_i) / 9, kept as numerator/denominator in bigints: no float drift.
 */
export function ikmFraction({ sums, counts }: IkmTotals): { numerator: bigint; denominator: bigint } | null {
  if (counts.length === 0 || counts.some((c) => c === 0)) return null;
  let numerator = 0n;
  let denominator = 1n;
  for (let i = 0; i < counts.length; i++) {
    // numerator/denominator + sums[i]/counts[i]
    numerator = numerator * BigInt(counts[i]!) + BigInt(sums[i]!) * denominator;
    denominator *= BigInt(counts[i]!);
  }
  return { numerator: numerator * 25n, denominator: denominator * BigInt(counts.length) };
}

/** The index in hundredths, rounded half up: 8830 means 88.30. */
export function ikmHundredths(fraction: { numerator: bigint; denominator: bigint }): number {
  return Number((fraction.numerator * 200n + fraction.denominator) / (fraction.denominator * 2n));
}

/** Grades on the index as published with two decimals (Permenpan RB 14/2017, table of intervals). */
export function ikmGrade(hundredths: number): IkmGrade {
  if (hundredths >= 8831) return 'A';
  if (hundredths >= 7661) return 'B';
  if (hundredths >= 6500) return 'C';
  return 'D';
}
