/** The fake Cloud API itself (packages/devtools), checked here where vitest is a declared dependency. */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWhatsApp, type FakeWhatsApp } from '@kampung/devtools';

let fake: FakeWhatsApp;
let receiver: Server;
const received: { signature: string | undefined; body: string }[] = [];

const post = (body: unknown, token = fake.token) =>
  fetch(`${fake.url}/${fake.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const template = (parameters: string[], to = '6281234567890') => ({
  messaging_product: 'whatsapp',
  to,
  type: 'template',
  template: {
    name: 'pesanan_dikirim',
    language: { code: 'id' },
    components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }],
  },
});

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        signature: req.headers['x-hub-signature-256'] as string,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  fake = await startFakeWhatsApp({
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    autoStatuses: ['sent', 'delivered'],
  });
});
afterAll(async () => {
  await fake.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('fake WhatsApp Cloud API', () => {
  it('accepts a template message, records it and posts sent then delivered, signed with the app secret', async () => {
    const response = await post(template(['JNE', 'RESI123']));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { messages: { id: string }[]; contacts: { wa_id: string }[] };
    expect(answer.contacts[0]!.wa_id).toBe('6281234567890');
    const id = answer.messages[0]!.id;
    await fake.settled();
    expect(fake.messages().map((m) => [m.id, m.parameters])).toEqual([[id, ['JNE', 'RESI123']]]);
    const statuses = received.map((r) => {
      const expected = `sha256=${createHmac('sha256', fake.appSecret).update(r.body).digest('hex')}`;
      expect(r.signature).toBe(expected);
      const body = JSON.parse(r.body) as {
        object: string;
        entry: { changes: { value: { statuses: { id: string; status: string }[] } }[] }[];
      };
      expect(body.object).toBe('whatsapp_business_account');
      return body.entry[0]!.changes[0]!.value.statuses[0]!;
    });
    expect(statuses.map((s) => [s.id, s.status])).toEqual([
      [id, 'sent'],
      [id, 'delivered'],
    ]);
    expect(fake.notifications().map((n) => n.answer)).toEqual([200, 200]);
  });

  it('refuses what Meta refuses: a wrong token, newlines or empty parameters, a bad number', async () => {
    const before = fake.messages().length;
    const codes = async (response: Response) => [
      response.status,
      ((await response.json()) as { error: { code: number } }).error.code,
    ];
    expect(await codes(await post(template(['a']), 'salah'))).toEqual([401, 190]);
    expect(await codes(await post(template(['baris\nbaru'])))).toEqual([400, 132018]);
    expect(await codes(await post(template([''])))).toEqual([400, 131008]);
    expect(await codes(await post(template(['a'], '0812-abc')))).toEqual([400, 100]);
    expect(fake.messages()).toHaveLength(before);
  });

  it('fails for a given number of requests, then recovers', async () => {
    fake.fail('server-error', 2);
    expect((await post(template(['a']))).status).toBe(500);
    expect((await post(template(['a']))).status).toBe(500);
    expect((await post(template(['a']))).status).toBe(200);
    fake.fail('rate-limit');
    expect((await post(template(['a']))).status).toBe(429);
    expect((await post(template(['a']))).status).toBe(429);
    fake.recover();
    expect((await post(template(['a']))).status).toBe(200);
    expect(fake.failedRequests()).toBe(4);
  });

  it('serves its control routes over HTTP (for tests and browsers in other processes)', async () => {
    const listed = (await (await fetch(`${fake.controlUrl}/messages`)).json()) as { to: string; text: string }[];
    expect(listed[0]).toMatchObject({ to: '6281234567890', text: '[pesanan_dikirim] JNE | RESI123' });
    const page = await (await fetch(fake.controlUrl)).text();
    expect(page).toContain('[pesanan_dikirim] JNE | RESI123');
    const fail = await fetch(`${fake.controlUrl}/fail`, {
      method: 'POST',
      body: JSON.stringify({ fault: 'rate-limit', times: 1 }),
    });
    expect(fail.status).toBe(204);
    expect((await post(template(['a']))).status).toBe(429);
    expect((await post(template(['a']))).status).toBe(200);
    expect((await fetch(`${fake.controlUrl}/fail`, { method: 'POST', body: '{"fault":"meteor"}' })).status).toBe(400);
    expect((await fetch(`${fake.controlUrl}/recover`, { method: 'POST' })).status).toBe(204);
  });
});
