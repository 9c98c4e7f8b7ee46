import { VILLAGE_CODE_PATTERN } from '@kampung/shared';

/**
 * A SQL condition keeping rows whose `column` (a village code) lies inside a place scope
 * (`oversightScope`/`actingScope`): 'ALL' keeps every row, an empty scope none. Parameters
 * are bound, never spliced.
 */
export function scopeCondition(scope: 'ALL' | string[], column: string): { sql: string; params: string[] } {
  if (scope === 'ALL') return { sql: 'true', params: [] };
  if (!scope.length) return { sql: 'false', params: [] };
  const villages = scope.filter((place) => VILLAGE_CODE_PATTERN.test(place));
  const areas = scope.filter((place) => !VILLAGE_CODE_PATTERN.test(place));
  const parts: string[] = [];
  const params: string[] = [];
  if (villages.length) {
    parts.push(`${column} in (${villages.map(() => '?').join(', ')})`);
    params.push(...villages);
  }
  for (const area of areas) {
    parts.push(`${column} like ?`);
    params.push(`${area}.%`);
  }
  return { sql: `(${parts.join(' or ')})`, params };
}
