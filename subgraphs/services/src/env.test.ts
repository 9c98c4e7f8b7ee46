import { parseEnv } from '@kampung/shared';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesEnvSchema } from './env.js';

describe('services configuration', () => {
  it('has defaults for every variable it reads', () => {
    const env = parseEnv(servicesEnvSchema, {});
    expect(env).toMatchObject({
      STOREFRONT_URL: 'http://localhost:3000',
      PLACES_URL: 'http://127.0.0.1:4006/graphql',
    });
    expect(env.UPLOADS_DIR).toBe(path.resolve(import.meta.dirname, '..', '..', '..', '.data', 'uploads'));
  });

  it('has no one-village settings any more: the letterhead comes from the places subgraph', () => {
    const env = parseEnv(servicesEnvSchema, { VILLAGE_NAME: 'Kemiren', LETTER_OFFICE_CODE: '1' }) as Record<
      string,
      unknown
    >;
    expect(env.VILLAGE_NAME).toBeUndefined();
    expect(env.LETTER_OFFICE_CODE).toBeUndefined();
  });

  it('stops at start-up naming a bad variable', () => {
    expect(() => parseEnv(servicesEnvSchema, { STOREFRONT_URL: 'kampung', UPLOADS_DIR: '' })).toThrow(
      /STOREFRONT_URL[\s\S]*UPLOADS_DIR|UPLOADS_DIR[\s\S]*STOREFRONT_URL/,
    );
  });
});
