import { randomInt } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so codes survive being read aloud or written by hand. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code of `length` Crockford characters, e.g. for order and tracking codes. */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CROCKFORD[randomInt(CROCKFORD.length)];
  return code;
}
