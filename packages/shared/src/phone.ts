import { z } from 'zod';
import { bilingual } from './validation.js';

/**
 * Indonesian mobile numbers, written 08…, 628… or +628… (spaces and dashes allowed);
 * parsed to +628…. `what` names the number in the message: ['Nomor HP', 'Phone number'].
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
          /^(\+62|62|0)8[1-9]\d{6,11}$/,
          bilingual(`${id} tidak valid, contoh 0812 3456 7890`, `${en} is not valid, e.g. 0812 3456 7890`),
        ),
    )
    .transform((value) => value.replace(/^(\+62|62|0)/, '+62'));
}
