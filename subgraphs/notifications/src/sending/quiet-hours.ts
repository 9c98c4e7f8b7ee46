/** WIB (Asia/Jakarta) is UTC+7 all year. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Parses "21-6" (from 21:00 to 06:00 WIB); empty or malformed: no quiet hours. */
export function parseQuietHours(spec: string): { from: number; to: number } | null {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(spec.trim());
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from > 23 || to > 23 || from === to) return null;
  return { from, to };
}

/**
 * When a non-urgent message may go out: null if now is outside the quiet hours, else the end of
 * the quiet hours (the next `to` o'clock WIB).
 */
export function quietUntil(now: Date, spec: string): Date | null {
  const hours = parseQuietHours(spec);
  if (!hours) return null;
  const local = new Date(now.getTime() + WIB_OFFSET_MS);
  const hour = local.getUTCHours();
  const quiet = hours.from < hours.to ? hour >= hours.from && hour < hours.to : hour >= hours.from || hour < hours.to;
  if (!quiet) return null;
  const end = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hours.to));
  if (end.getTime() <= local.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - WIB_OFFSET_MS);
}
