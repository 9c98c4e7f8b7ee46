import { startFakeSms, type FakeSms } from '@kampung/devtools';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from './channel.js';
import { createSmsAdapter, type SmsAdapter } from './sms.js';

let fake: FakeSms;
let adapter: SmsAdapter;
const CALLBACK = 'https://kampung.test/webhooks/sms/status';

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  deliveryId: '6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f',
  to: '+6281234567890',
  language: 'id',
  subject: '',
  text: 'Pesanan Anda sudah dikirim. Nomor resi: JNE123',
  ...overrides,
});

beforeAll(async () => {
  fake = await startFakeSms({ autoStatuses: [] });
  adapter = createSmsAdapter({
    SMS_API_URL: fake.url,
    SMS_ACCOUNT_SID: fake.accountSid,
    SMS_AUTH_TOKEN: fake.authToken,
    SMS_FROM: 'KAMPUNG',
    SMS_STATUS_CALLBACK_URL: CALLBACK,
    SMS_TIMEOUT_MS: '1500',
  })!;
});
afterAll(() => fake.close());
beforeEach(() => fake.recover());

describe('SMS adapter (Twilio Messages API)', () => {
  it('is off (null) without account, token or sender', () => {
    expect(createSmsAdapter({})).toBeNull();
    expect(createSmsAdapter({ SMS_ACCOUNT_SID: 'AC1', SMS_AUTH_TOKEN: 't' })).toBeNull();
    expect(createSmsAdapter({ SMS_ACCOUNT_SID: 'AC1', SMS_AUTH_TOKEN: 't', SMS_FROM: 'X' })?.channel).toBe('SMS');
  });

  it('sends the text form-encoded with basic auth and the status callback; returns the message sid', async () => {
    const result = await adapter.send(message());
    expect(result.status).toBe('ACCEPTED');
    const sid = (result as { providerMessageId: string }).providerMessageId;
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(fake.messages().find((m) => m.sid === sid)).toMatchObject({
      to: '+6281234567890',
      from: 'KAMPUNG',
      body: 'Pesanan Anda sudah dikirim. Nomor resi: JNE123',
      statusCallback: CALLBACK,
    });
  });

  it('answers RETRY on 500, 429 and a timeout, then sends once the provider recovers', async () => {
    const before = fake.messages().length;
    fake.fail('server-error', 1);
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'sms: HTTP 500 code 20500' });
    fake.fail('rate-limit', 1);
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'sms: HTTP 429 code 20429' });
    fake.fail('timeout', 1);
    expect(await adapter.send(message())).toEqual({ status: 'RETRY', reason: 'sms: timeout' });
    expect(fake.messages()).toHaveLength(before);
    expect((await adapter.send(message())).status).toBe('ACCEPTED');
    expect(fake.failedRequests()).toBeGreaterThanOrEqual(3);
  });

  it('answers FAILED on other 4xx: a bad number, wrong credentials', async () => {
    expect(await adapter.send(message({ to: '0812' }))).toEqual({
      status: 'FAILED',
      reason: 'sms: HTTP 400 code 21211',
    });
    const wrong = createSmsAdapter({
      SMS_API_URL: fake.url,
      SMS_ACCOUNT_SID: fake.accountSid,
      SMS_AUTH_TOKEN: 'salah',
      SMS_FROM: 'KAMPUNG',
    })!;
    expect(await wrong.send(message())).toEqual({ status: 'FAILED', reason: 'sms: HTTP 401 code 20003' });
  });

  it('cuts a body longer than Twilio takes (1,600 characters) rather than being refused', async () => {
    const result = await adapter.send(message({ text: 'a'.repeat(2000) }));
    expect(result.status).toBe('ACCEPTED');
    expect(fake.messages().at(-1)!.body).toHaveLength(1600);
  });
});
