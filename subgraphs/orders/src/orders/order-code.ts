import { randomCode } from '@kampung/shared';

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `SK-YYMMDD-XXXXX`: the date in Jakarta (WIB, UTC+7) and 5 random Crockford base32 characters. */
export function newOrderCode(now = new Date()): string {
  const date = new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(2, 10).replaceAll('-', '');
  return `SK-${date}-${randomCode(5)}`;
}
