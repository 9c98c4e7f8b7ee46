import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, sellers } from '@kampung/seed';
import { scanPostgresLog, scanText, secretPatterns } from './support/log-scan.js';

// The NIK and family card number the services tests submit (support/services.ts).
const NIK = '3510014507900001';
const KK = '3510010101900002';
const literals = {
  password: [DEMO_PASSWORD],
  'seeded shop address': sellers.map((s) => s.address),
  'JWT secret': ['integration-test-secret-0123456789abcdef'],
};
const patterns = secretPatterns(literals);
const values = Object.values(literals).flat();
const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    level: 30,
    time: 1764590000000,
    pid: 42,
    name: 'services',
    requestId: '0b7c2a8e-4d1f-4f7e-9a51-3c1e2f4a5b6c',
    ...fields,
    msg: 'request',
  });

describe('the log scanner', () => {
  it('passes clean request logs: ids, times, paths, hashes, slugs', () => {
    const clean = [
      line({ method: 'POST', path: '/graphql', status: 200, ms: 12 }),
      line({ path: '/files/services/letters/7d7f1f0e-3a7c-4c1b-9a5e-2f7b1c0d9e8a.pdf', sha256: 'a'.repeat(64) }),
      line({ slug: 'kain-batik-tulis-gajah-oling-sembulung-edisi-khusus', orderCode: 'KPG-20261201-7QX2' }),
      line({ msg2: 'redacted', nik: '[redacted]', password: '[redacted]' }),
      // What notifications log: ids, channel, status, counts; times and uuids are no phone numbers.
      line({
        deliveryId: '0b7c2a8e-4d1f-4f7e-9a51-628123456789',
        channel: 'WHATSAPP',
        status: 'SENT',
        time: 1765162800123,
      }),
      line({ eventId: '6281234567-0000', type: 'request.needs_documents', count: 3 }),
    ].join('\n');
    expect(scanText(clean, patterns, values)).toMatchObject({ lines: 6, findings: [] });
  });

  it.each([
    [
      'a NIK in an error message',
      line({ err: { message: `NIK ${NIK} sudah dipakai` } }),
      'NIK or family card number (16 digits)',
    ],
    [
      'a family card number in a field',
      line({ answers: [{ key: 'kk', value: KK }] }),
      'NIK or family card number (16 digits)',
    ],
    ['a seeded shop address', line({ address: sellers[0]!.address }), 'seeded shop address'],
    ['the demo password', line({ body: `{"email":"pembeli@kampung.test","pw":"${DEMO_PASSWORD}"}` }), 'password'],
    ['a password field', line({ input: { password: 'rahasia-baru-99' } }), 'password field with a value'],
    ['a JWT', line({ authorization: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXN0cmluZw' }), 'JWT'],
    ['a bearer header', line({ header: 'Bearer sk_live_0123456789abcdefXYZ' }), 'bearer credential'],
    ['a refresh token', line({ refreshToken: 'EPam30jrGX0tKBzqr33YwqPsBDRU0nIRr-UOEB7Cqtk' }), 'refresh token'],
    ['the JWT secret', `[gateway] starting with secret integration-test-secret-0123456789abcdef`, 'JWT secret'],
    ['an RT/RW address', line({ street: 'RT 03 RW 04, Dusun Sumberejo' }), 'Indonesian street address (RT/RW)'],
    ['a one-time code', line({ data: { code: '428193', purpose: 'SIGN_IN' } }), 'one-time code or link token'],
    [
      'a reset link',
      line({ resetUrl: 'http://127.0.0.1:3000/atur-ulang-sandi?token=EPam30jrGX0tKBzqr33YwqPsBDRU0nIRr-UOEB7Cqtk' }),
      'one-time code or link token',
    ],
    [
      'a one-time code in a message',
      line({ msg2: 'Kode masuk Anda: 428193. Jangan berikan' }),
      'one-time code in a message text',
    ],
    ['a phone number', line({ to: '6281234567890' }), 'Indonesian phone number'],
    ['a local phone number', line({ err: { message: 'bad number 081234567891' } }), 'Indonesian phone number'],
    ['an email body', line({ mail: { to: 'x', html: '<p>Permohonan perlu dilengkapi</p>' } }), 'message content field'],
    ['WhatsApp template parameters', line({ template: { parameters: [{ type: 'text' }] } }), 'message content field'],
    ['a Twilio form body', line({ sent: 'To=%2B628123&Body=Kode+428' }), 'message content field'],
    [
      'a letter link in event data',
      line({ event: { data: { letterLink: '/akun/permohonan/1' } } }),
      'notification event data field with a value',
    ],
    [
      'a recipient address in event data',
      line({ data: { toEmail: 'warga@kampung.test' } }),
      'notification event data field with a value',
    ],
  ])('finds %s', (_what, text, pattern) => {
    const result = scanText(`${line({ path: '/graphql' })}\n${text}\n`, patterns, values);
    expect(result.findings.map((f) => f.pattern)).toContain(pattern);
    expect(result.findings[0]!.line).toBe(2);
    // The report shows where, never the secret itself.
    for (const value of [NIK, KK, DEMO_PASSWORD, sellers[0]!.address])
      expect(result.findings.map((f) => f.excerpt).join('\n')).not.toContain(value);
  });

  it("leaves out what log_statement = all writes on purpose, and nothing else, from PostgreSQL's log", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'log-scan-'));
    const file = path.join(dir, 'postgres.log');
    writeFileSync(
      file,
      [
        '[services] LOG:  execute <unnamed>: insert into "services"."service_requests" ("id", "answers")',
        '  values ($1, $2)',
        `[services] DETAIL:  parameters: $1 = 'x', $2 = '[{"key":"nik","value":"${NIK}"}]'`,
        '[accounts] LOG:  statement: select 1',
        `[orders] ERROR:  invalid input syntax for type uuid: "${KK}"`,
        '[orders] STATEMENT:  select * from "orders"."orders" where id = $1',
      ].join('\n'),
    );
    const result = scanPostgresLog(file, patterns, values);
    expect(result.measured).toBe(4);
    expect(result.findings).toEqual([
      expect.objectContaining({ pattern: 'NIK or family card number (16 digits)', line: 1 }),
    ]);
  });
});
