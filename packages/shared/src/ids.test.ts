import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { idSchema, isUuid } from './ids.js';
import { UserInputError } from './errors.js';
import { validate } from './validation.js';

describe('idSchema and isUuid', () => {
  it.each([
    '0b5c1f6e-0f6a-4c53-9f53-2d5b5a9b1c11',
    '0B5C1F6E-0F6A-4C53-9F53-2D5B5A9B1C11',
    // any version (the seed's stable ids are not v4)
    '00000000-0000-0000-0000-000000000001',
  ])('accepts %s', (id) => {
    expect(idSchema.parse(id)).toBe(id);
    expect(isUuid(id)).toBe(true);
  });

  it.each([
    '',
    'not-a-uuid',
    '0b5c1f6e0f6a4c539f532d5b5a9b1c11',
    '0b5c1f6e-0f6a-4c53-9f53-2d5b5a9b1c11 ',
    "1' or '1'='1",
  ])('refuses %j, with the bilingual message', (id) => {
    expect(isUuid(id)).toBe(false);
    const error = (() => {
      try {
        validate(z.object({ id: idSchema }), { id });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields).toEqual([
      { field: 'id', message: 'ID tidak valid', messageEn: 'ID is not valid' },
    ]);
  });
});
