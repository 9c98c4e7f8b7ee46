/** The fake Twilio API itself (packages/devtools), checked here where vitest is a declared dependency. */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSms, type FakeSms } from '@kampung/devtools';

let fake: FakeSms;
let receiver: Server;
let callbackUrl: string;
const received: { signature: string | undefined; form: URLSearchParams }[] = [];

const post = (form: Record<string, string>, token = fake.authToken) =>
  fetch(`${fake.url}/2010-04-01/Accounts/${fake.accountSid}/Messages.json`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${fake.accountSid}:${token}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
  });

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        signature: req.headers['x-twilio-signature'] as string,
        form: new URLSearchParams(Buffer.concat(chunks).toString()),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/status?desa=1`;
  fake = await startFakeSms();
});
afterAll(async () => {
  await fake.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('fake Twilio Messages API', () => {
  it('creates a message (201, queued), records it and posts sent then delivered to its StatusCallback, signed', async () => {
    const response = await post({ To: '+6281234567890', From: 'KAMPUNG', Body: 'Halo', StatusCallback: callbackUrl });
    expect(response.status).toBe(201);
    const message = (await response.json()) as { sid: string; status: string };
    expect(message.status).toBe('queued');
    await fake.settled();
    expect(fake.messages().map((m) => m.sid)).toEqual([message.sid]);
    expect(received.map((r) => [r.form.get('MessageSid'), r.form.get('MessageStatus')])).toEqual([
      [message.sid, 'sent'],
      [message.sid, 'delivered'],
    ]);
    for (const { signature, form } of received) {
      // Twilio's scheme, written out independently: URL, then each parameter name+value sorted by name.
      const data =
        callbackUrl +
        [...form.keys()]
          .sort()
          .map((k) => k + form.get(k))
          .join('');
      expect(signature).toBe(createHmac('sha1', fake.authToken).update(data).digest('base64'));
    }
  });

  it("refuses what Twilio refuses, with Twilio's error codes", async () => {
    const before = fake.messages().length;
    const codes = async (r: Response) => [r.status, ((await r.json()) as { code: number }).code];
    expect(await codes(await post({ To: '+6281234567890', From: 'K', Body: 'x' }, 'salah'))).toEqual([401, 20003]);
    expect(await codes(await post({ To: '0812345', From: 'K', Body: 'x' }))).toEqual([400, 21211]);
    expect(await codes(await post({ To: '+6281234567890', From: 'K', Body: '' }))).toEqual([400, 21602]);
    expect(fake.messages()).toHaveLength(before);
  });

  it('reports an undeliverable number as undelivered with 30003; fails on demand and recovers', async () => {
    fake.undeliverable.add('+6285000000001');
    received.length = 0;
    const r = await post({ To: '+6285000000001', From: 'K', Body: 'x', StatusCallback: callbackUrl });
    const { sid } = (await r.json()) as { sid: string };
    await fake.settled();
    expect(
      received.map((x) => [x.form.get('MessageSid'), x.form.get('MessageStatus'), x.form.get('ErrorCode')]),
    ).toEqual([
      [sid, 'sent', null],
      [sid, 'undelivered', '30003'],
    ]);
    fake.fail('rate-limit', 1);
    expect((await post({ To: '+6281234567890', From: 'K', Body: 'x' })).status).toBe(429);
    expect((await post({ To: '+6281234567890', From: 'K', Body: 'x' })).status).toBe(201);
  });

  it('lists its messages and takes faults over HTTP', async () => {
    const listed = (await (await fetch(`${fake.controlUrl}/messages`)).json()) as { to: string; text: string }[];
    expect(listed[0]).toMatchObject({ to: '+6281234567890', text: 'Halo' });
    await fetch(`${fake.controlUrl}/fail`, { method: 'POST', body: JSON.stringify({ fault: 'server-error' }) });
    expect((await post({ To: '+6281234567890', From: 'K', Body: 'x' })).status).toBe(500);
    await fetch(`${fake.controlUrl}/recover`, { method: 'POST' });
    expect((await post({ To: '+6281234567890', From: 'K', Body: 'x' })).status).toBe(201);
  });
});
