import { z } from 'zod';
import { bilingual } from './validation.js';

/** What is left of an Indonesian mobile number once spaces and dashes are gone: 08…, 628… or +628…. */
const MOBILE = /^(\+62|62|0)8[1-9]\d{6,11}$/;

/**
 * Indonesian mobile numbers as people type them — `0812 3456 7890`, `0812-3456-7890`,
 * `+62 812 3456 7890`, `62812…` — parsed to the one stored form `+62812…`. `[id, en]` names
 * the number in the message (default `['Nomor HP', 'Phone number']`); use `phoneSchema`
 * unless the field is a different number (a shop's WhatsApp).
 */
export function indonesianMobileSchema([id, en]: [string, string] = ['Nomor HP', 'Phone number']) {
  return z
    .string()
    .trim()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .regex(
          MOBILE,
          bilingual(`${id} tidak valid, contoh 0812 3456 7890`, `${en} is not valid, e.g. 0812 3456 7890`),
        ),
    )
    .transform((value) => value.replace(/^(\+62|62|0)/, '+62'));
}

/** A mobile number ("Nomor HP"), stored as `+628…`: see `indonesianMobileSchema`. */
export const phoneSchema = indonesianMobileSchema();
