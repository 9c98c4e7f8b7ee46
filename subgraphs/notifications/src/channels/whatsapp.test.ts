import { startFakeWhatsApp, type FakeWhatsApp } from '@kampung/devtools';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from './channel.js';
import { createWhatsAppAdapter, type WhatsAppAdapter } from './whatsapp.js';

let fake: FakeWhatsApp;
let adapter: WhatsAppAdapter;

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  deliveryId: '6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f',
  to: '+6281234567890',
  language: 'id',
  subject: '',
  text: 'Surat Anda sudah selesai',
  template: { name: 'layanan_selesai', parameters: ['Surat Keterangan Domisili', 'https://kampung.test/l/ABC123'] },
  ...overrides,
});

beforeAll(async () => {
  fake = await startFakeWhatsApp({ autoStatuses: [] });
  adapter = createWhatsAppAdapter({
    WHATSAPP_API_URL: fake.url,
    WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
    WHATSAPP_TOKEN: fake.token,
    WHATSAPP_TIMEOUT_MS: '1500',
  })!;
});
afterAll(() => fake.close());
beforeEach(() => fake.recover());

describe('WhatsApp Cloud API adapter', () => {
  it('is off (null) without a phone number id or token', () => {
    expect(createWhatsAppAdapter({})).toBeNull();
    expect(createWhatsAppAdapter({ WHATSAPP_TOKEN: 'x' })).toBeNull();
    expect(createWhatsAppAdapter({ WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_TOKEN: 'x' })?.channel).toBe('WHATSAPP');
  });

  it('sends a template message and returns the wamid; the fake got the template, language and parameters in order', async () => {
    const result = await adapter.send(message());
    expect(result.status).toBe('ACCEPTED');
    const id = (result as { providerMessageId: string }).providerMessageId;
    expect(id).toMatch(/^wamid\./);
    const got = fake.messages().find((m) => m.id === id)!;
    expect(got).toMatchObject({
      to: '6281234567890',
      template: 'layanan_selesai',
      language: 'id',
      parameters: ['Surat Keterangan Domisili', 'https://kampung.test/l/ABC123'],
      callbackData: '6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f',
    });
  });

  it('sends multi-line and empty parameters in the form Meta takes (one line, never empty)', async () => {
    const result = await adapter.send(
      message({ template: { name: 'layanan_perlu_dokumen', parameters: ['Perlu dokumen:\n- KTP\n\t- KK', ''] } }),
    );
    expect(result.status).toBe('ACCEPTED');
    expect(fake.messages().at(-1)!.parameters).toEqual(['Perlu dokumen: - KTP - KK', '-']);
  });

  it('answers RETRY on 500 and 429, and sends again once the provider recovers', async () => {
    const before = fake.messages().length;
    fake.fail('server-error', 1);
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'whatsapp: HTTP 500 code 131000' });
    fake.fail('rate-limit', 1);
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'whatsapp: HTTP 429 code 130429' });
    expect(fake.messages()).toHaveLength(before);
    expect((await adapter.send(message())).status).toBe('ACCEPTED');
    expect(fake.messages()).toHaveLength(before + 1);
  });

  it('answers RETRY on a Graph rate-limit code even under HTTP 400', async () => {
    fake.fail(
      { status: 400, body: { error: { code: 131056, message: 'pair rate limit hit', type: 'OAuthException' } } },
      1,
    );
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'whatsapp: HTTP 400 code 131056' });
  });

  it('answers RETRY when the provider does not answer in time', async () => {
    fake.fail('timeout', 1);
    const started = Date.now();
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'whatsapp: timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers FAILED on other 4xx: a bad number, an unknown template, a wrong token; no text of the error kept', async () => {
    expect(await adapter.send(message({ to: '+62abc' }))).toEqual({
      status: 'FAILED',
      reason: 'whatsapp: HTTP 400 code 100',
    });
    expect(await adapter.send(message({ template: { name: 'template_yang_tidak_ada', parameters: [] } }))).toEqual({
      status: 'FAILED',
      reason: 'whatsapp: HTTP 404 code 132001',
    });
    const wrongToken = createWhatsAppAdapter({
      WHATSAPP_API_URL: fake.url,
      WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
      WHATSAPP_TOKEN: 'salah',
    })!;
    expect(await wrongToken.send(message())).toEqual({ status: 'FAILED', reason: 'whatsapp: HTTP 401 code 190' });
  });

  it('refuses a message without a template (WhatsApp starts conversations with templates only), sending nothing', async () => {
    const before = fake.messages().length;
    expect((await adapter.send(message({ template: undefined }))).status).toBe('FAILED');
    expect(fake.messages()).toHaveLength(before);
  });

  it('answers RETRY when nothing listens', async () => {
    const down = createWhatsAppAdapter({
      WHATSAPP_API_URL: 'http://127.0.0.1:9/v21.0',
      WHATSAPP_PHONE_NUMBER_ID: '1',
      WHATSAPP_TOKEN: 'x',
    })!;
    expect((await down.send(message())).status).toBe('RETRY');
  });
});
