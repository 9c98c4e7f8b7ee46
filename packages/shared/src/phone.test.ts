import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { indonesianMobileSchema, phoneSchema } from './phone.js';
import { UserInputError } from './errors.js';
import { validate } from './validation.js';

describe('phoneSchema', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['  0812 3456-7890 ', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    // shortest and longest numbers the old validators took
    ['081234567', '+6281234567'],
    ['08123456789012', '+628123456789012'],
  ])('accepts %j as %s', (typed, stored) => {
    expect(phoneSchema.parse(typed)).toBe(stored);
  });

  it.each([
    '',
    '12',
    '0212345678', // a Jakarta landline
    '0802345678', // 080… is no mobile prefix
    '08123456',
    '081234567890123',
    '+1 812 3456 7890',
    '0812.3456.7890',
    '0812 3456 789O',
  ])('refuses %j with the bilingual message', (typed) => {
    let error: unknown;
    try {
      validate(z.object({ phone: phoneSchema }), { phone: typed });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields).toEqual([
      {
        field: 'phone',
        message: 'Nomor HP tidak valid, contoh 0812 3456 7890',
        messageEn: 'Phone number is not valid, e.g. 0812 3456 7890',
      },
    ]);
  });

  it('names another number in its message when asked', () => {
    const result = indonesianMobileSchema(['Nomor WhatsApp', 'WhatsApp number']).safeParse('12');
    expect(result.error?.issues[0]?.message).toContain('Nomor WhatsApp tidak valid');
    expect(indonesianMobileSchema(['Nomor WhatsApp', 'WhatsApp number']).parse('0812 3456 7890')).toBe(
      '+6281234567890',
    );
  });
});
