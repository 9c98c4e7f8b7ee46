import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { createT } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });
});

describe('createT', () => {
  it('translates and fills parameters', () => {
    expect(createT('id')('auth.greeting', { name: 'Sri' })).toBe('Halo, Sri');
    expect(createT('en')('auth.greeting', { name: 'Sri' })).toBe('Hello, Sri');
  });

  it('leaves unknown placeholders visible', () => {
    expect(createT('id')('auth.greeting')).toBe('Halo, {name}');
  });
});
