import { describe, expect, it } from 'vitest';
import { signInForm, signUpForm } from './form-schemas.server';
import { parseForm, toFormErrors } from './forms.server';

const FIELDS = ['email', 'password'] as const;

describe('toFormErrors', () => {
  const badInput = {
    kind: 'graphql' as const,
    code: 'BAD_USER_INPUT',
    message: 'Email tidak valid / Email is not valid',
    messageId: 'Email tidak valid',
    messageEn: 'Email is not valid',
    fields: [
      { field: 'input.email', message: 'Email tidak valid', messageEn: 'Email is not valid' },
      { field: 'captcha', message: 'Captcha salah', messageEn: 'Wrong captcha' },
    ],
  };

  it('maps API field errors by locale, keeping unknown fields as a form error', () => {
    expect(toFormErrors(badInput, 'id', { known: FIELDS })).toEqual({
      fields: { email: 'Email tidak valid' },
      form: 'Captcha salah',
    });
    expect(toFormErrors(badInput, 'en', { known: FIELDS }).fields.email).toBe('Email is not valid');
  });

  it('reads the message in the reader’s language from the extensions, never from the text', () => {
    const error = { ...badInput, fields: [], message: 'x / y' };
    expect(toFormErrors(error, 'en', { known: FIELDS })).toEqual({ fields: {}, form: 'Email is not valid' });
    expect(toFormErrors(error, 'id', { known: FIELDS })).toEqual({ fields: {}, form: 'Email tidak valid' });
    const conflict = { ...error, code: 'CONFLICT', messageId: 'Slug sudah dipakai', messageEn: 'Slug taken' };
    expect(toFormErrors(conflict, 'en').form).toBe('Slug taken');
  });

  it('prefers a field’s messageId and maps fields under a prefix (application forms)', () => {
    const error = {
      ...badInput,
      fields: [
        { field: 'answers.nik', message: 'NIK salah', messageId: 'NIK harus 16 angka', messageEn: 'NIK: 16 digits' },
        { field: 'serviceSlug', message: 'Layanan tidak ada', messageEn: 'No such service' },
      ],
    };
    expect(toFormErrors(error, 'id', { under: 'answers.' })).toEqual({
      fields: { nik: 'NIK harus 16 angka' },
      form: 'Layanan tidak ada',
    });
  });

  it('explains network failures and wrong credentials', () => {
    expect(toFormErrors({ kind: 'network' }, 'en').form).toMatch(/cannot be reached/);
    const unauth = { kind: 'graphql' as const, code: 'UNAUTHENTICATED', message: 'no', fields: [] };
    expect(toFormErrors(unauth, 'id').form).toBe('Email atau kata sandi salah.');
    expect(toFormErrors({ ...unauth, code: 'FORBIDDEN' }, 'en').form).toBe('Something went wrong. Please try again.');
  });
});

describe('parseForm', () => {
  it('flags empty required fields only, in the reader’s language', () => {
    expect(parseForm(signInForm, { email: '', password: 'x' }, 'id')).toEqual({
      errors: { fields: { email: 'Wajib diisi.' } },
    });
    expect(parseForm(signInForm, { email: ' a@b.id ', password: 'x' }, 'en')).toEqual({
      data: { email: 'a@b.id', password: 'x' },
    });
  });

  it('turns an empty optional field into undefined', () => {
    const parsed = parseForm(signUpForm, { name: 'Sari', email: 'a@b.id', password: 'x', phone: '' }, 'id');
    expect(parsed.data).toEqual({ name: 'Sari', email: 'a@b.id', password: 'x', phone: undefined });
  });
});
