import { describe, expect, it } from 'vitest';
import { requireFields, toFormErrors } from './forms.server';

const FIELDS = ['email', 'password'] as const;

describe('toFormErrors', () => {
  const badInput = {
    kind: 'graphql' as const,
    code: 'BAD_USER_INPUT',
    message: 'Email tidak valid / Email is not valid',
    fields: [
      { field: 'input.email', message: 'Email tidak valid', messageEn: 'Email is not valid' },
      { field: 'captcha', message: 'Captcha salah', messageEn: 'Wrong captcha' },
    ],
  };

  it('maps API field errors by locale, keeping unknown fields as a form error', () => {
    expect(toFormErrors(badInput, FIELDS, 'id')).toEqual({
      fields: { email: 'Email tidak valid' },
      form: 'Captcha salah',
    });
    expect(toFormErrors(badInput, FIELDS, 'en').fields.email).toBe('Email is not valid');
  });

  it('picks the half of a bilingual message when there are no fields', () => {
    const error = { ...badInput, fields: [] };
    expect(toFormErrors(error, FIELDS, 'en')).toEqual({ fields: {}, form: 'Email is not valid' });
  });

  it('explains network failures and wrong credentials', () => {
    expect(toFormErrors({ kind: 'network' }, FIELDS, 'en').form).toMatch(/cannot be reached/);
    const unauth = { ...badInput, code: 'UNAUTHENTICATED', fields: [] };
    expect(toFormErrors(unauth, FIELDS, 'id').form).toBe('Email atau kata sandi salah.');
  });
});

describe('requireFields', () => {
  it('flags empty required fields only', () => {
    expect(requireFields({ email: '', password: 'x' }, FIELDS, 'id')).toEqual({ fields: { email: 'Wajib diisi.' } });
    expect(requireFields({ email: 'a@b.id', password: 'x' }, FIELDS, 'id')).toBeNull();
  });
});
