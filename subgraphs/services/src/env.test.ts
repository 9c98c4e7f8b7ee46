import { parseEnv } from '@kampung/shared';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesEnvSchema } from './env.js';

describe('services configuration', () => {
  it('has defaults for every variable it reads', () => {
    const env = parseEnv(servicesEnvSchema, {});
    expect(env).toMatchObject({
      STOREFRONT_URL: 'http://localhost:3000',
      VILLAGE_NAME: 'Sembulung',
      DISTRICT_NAME: 'Cluring',
      VILLAGE_HEAD: 'Mohammad Arifin',
      LETTER_OFFICE_CODE: '429.501.01',
    });
    expect(env.UPLOADS_DIR).toBe(path.resolve(import.meta.dirname, '..', '..', '..', '.data', 'uploads'));
  });

  it('stops at start-up naming a bad variable', () => {
    expect(() => parseEnv(servicesEnvSchema, { STOREFRONT_URL: 'kampung', UPLOADS_DIR: '' })).toThrow(
      /STOREFRONT_URL[\s\S]*UPLOADS_DIR|UPLOADS_DIR[\s\S]*STOREFRONT_URL/,
    );
  });
});
