import { describe, expect, it } from 'vitest';
import { newProductForm, serviceForm, signInForm, signUpForm, surveyForm, transitionForm } from './form-schemas.server';
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

describe('form schemas', () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    return data;
  };

  it('a new listing: whole numbers only, the first variant named after the product when unnamed', () => {
    const fields = { title: ' Batik ', categorySlug: 'batik', description: 'x', sku: 'B-1', price: '150000' };
    const bad = parseForm(newProductForm, form({ ...fields, stock: '2.5', weightGrams: '' }), 'en');
    expect(bad.errors?.fields).toEqual({ stock: 'Enter a whole number', weightGrams: 'Enter a whole number' });
    const good = parseForm(newProductForm, form({ ...fields, stock: '3', weightGrams: '400' }), 'id');
    expect(good.data?.variants).toEqual([
      { sku: 'B-1', name: 'Batik', options: [], price: 150000, stock: 3, weightGrams: 400 },
    ]);
  });

  it('an API enum: only its values pass', () => {
    expect(parseForm(transitionForm, form({ to: 'COMPLETED', note: ' ' }), 'id').data).toEqual({
      to: 'COMPLETED',
      note: null,
    });
    expect(parseForm(transitionForm, form({ to: 'DONE' }), 'en').errors?.fields.to).toBe('Choose one of the options.');
  });

  it('the catalogue editor: lines, numbers, the form definition as JSON', () => {
    const parsed = parseForm(
      serviceForm,
      form({ name: 'SKTM', requirements: 'KTP\n\n KK ', slaHours: '24', fee: '0', formFields: '[{"key":"nik"}]' }),
      'id',
    );
    expect(parsed.data).toMatchObject({ requirements: ['KTP', 'KK'], slaHours: 24, fee: 0, isLetter: false });
    expect(parsed.data?.formFields).toEqual([{ key: 'nik' }]);
    const broken = parseForm(serviceForm, form({ formFields: '[{' }), 'en');
    expect(broken.errors?.fields.formFields).toMatch(/JSON/);
  });

  it('the survey: nine scores from 1 to 4', () => {
    const scores = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`e${i + 1}`, String((i % 4) + 1)]));
    expect(parseForm(surveyForm, form({ ...scores, comment: '' }), 'id').data).toEqual({
      scores: [1, 2, 3, 4, 1, 2, 3, 4, 1],
      comment: null,
    });
    expect(parseForm(surveyForm, form({ ...scores, e5: '5' }), 'id').errors).toBeDefined();
  });
});
