import {
  createTestDatabase,
  startFakeSms,
  startFakeWhatsApp,
  type FakeSms,
  type FakeWhatsApp,
} from '@kampung/devtools';
import {
  baseEnvSchema,
  createLogger,
  createOrm,
  readBody,
  type BaseEnv,
  type MikroORM,
  type Route,
} from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createSmsAdapter, type SmsAdapter } from '../channels/sms.js';
import { createWhatsAppAdapter, type WhatsAppAdapter } from '../channels/whatsapp.js';
import { applyDeliveryStatus } from './delivery-status.js';
import { whatsappSignature } from './signatures.js';
import { webhookRoutes } from './webhooks.routes.js';

/** The two tables the callbacks touch, as decision 025 has them (the subgraph's migration creates the same). */
const DDL = `
create schema if not exists notifications;
create table notifications.events (id uuid primary key, type varchar(60) not null, created_at timestamptz(3) not null default now());
create table notifications.deliveries (
  id uuid primary key, event_id uuid not null references notifications.events (id) on delete cascade,
  channel varchar(10) not null, recipient varchar(254) not null, status varchar(10) not null default 'QUEUED',
  provider_message_id varchar(200) null unique, attempts int not null default 0, last_error varchar(300) null,
  created_at timestamptz(3) not null default now(), updated_at timestamptz(3) not null default now(),
  unique (event_id, channel));`;

const PHONE = '+6281234567890';
const VERIFY_TOKEN = 'token-verifikasi-desa';

let db: { url: string; drop: () => Promise<void> };
let orm: MikroORM;
let server: Server;
let base: string;
let wa: FakeWhatsApp;
let sms: FakeSms;
let whatsapp: WhatsAppAdapter;
let smsAdapter: SmsAdapter;
const logLines: string[] = [];

const sql = <T>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const deliveryRow = async (id: string) =>
  (
    await sql<{ status: string; provider_message_id: string | null; last_error: string | null }>(
      'select status, provider_message_id, last_error from notifications.deliveries where id = ?',
      [id],
    )
  )[0]!;

async function newDelivery(channel: 'WHATSAPP' | 'SMS', status = 'QUEUED', providerMessageId: string | null = null) {
  const eventId = randomUUID();
  const id = randomUUID();
  await sql('insert into notifications.events (id, type) values (?, ?)', [eventId, 'SERVICE_REQUEST_COMPLETED']);
  await sql(
    'insert into notifications.deliveries (id, event_id, channel, recipient, status, provider_message_id) values (?, ?, ?, ?, ?, ?)',
    [id, eventId, channel, PHONE, status, providerMessageId],
  );
  return id;
}

const outgoing = (deliveryId: string) => ({
  deliveryId,
  to: PHONE,
  language: 'id' as const,
  subject: '',
  text: 'Surat Anda sudah selesai: https://kampung.test/l/ABC',
  template: { name: 'layanan_selesai', parameters: ['Surat Domisili', 'https://kampung.test/l/ABC'] },
});

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseUrl'), 'notif_webhooks');
  orm = await createOrm(
    { schema: 'notifications', databaseUrl: db.url, entities: [], migrations: [], appName: 'webhooks-test' },
    { migrate: false },
  );
  await orm.em.getConnection().execute(DDL);
  wa = await startFakeWhatsApp();
  sms = await startFakeSms();
  let routes: Record<string, Route> = {};
  server = createServer((req, res) => {
    const route = routes[`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`];
    if (!route) return void res.writeHead(404).end();
    void readBody(req).then((body) => route(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = {
    ...baseEnvSchema.parse({}),
    WHATSAPP_APP_SECRET: wa.appSecret,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    SMS_AUTH_TOKEN: sms.authToken,
    SMS_STATUS_CALLBACK_URL: `${base}/webhooks/sms/status`,
  } as BaseEnv;
  const logger = createLogger('notifications', 'info', { write: (line: string) => void logLines.push(line) });
  routes = webhookRoutes({ orm, env, logger });
  wa.webhookUrl = `${base}/webhooks/whatsapp`;
  whatsapp = createWhatsAppAdapter({
    WHATSAPP_API_URL: wa.url,
    WHATSAPP_PHONE_NUMBER_ID: wa.phoneNumberId,
    WHATSAPP_TOKEN: wa.token,
  })!;
  smsAdapter = createSmsAdapter({
    SMS_API_URL: sms.url,
    SMS_ACCOUNT_SID: sms.accountSid,
    SMS_AUTH_TOKEN: sms.authToken,
    SMS_FROM: 'KAMPUNG',
    SMS_STATUS_CALLBACK_URL: `${base}/webhooks/sms/status`,
  })!;
});

afterAll(async () => {
  await wa?.close();
  await sms?.close();
  await new Promise((resolve) => server?.close(resolve));
  await orm?.close();
  await db?.drop();
});

beforeEach(() => {
  wa.autoStatuses = ['sent', 'delivered'];
  sms.autoStatuses = ['sent', 'delivered'];
});

describe('WhatsApp webhook', () => {
  it('answers the subscription handshake with the challenge only for our verify token', async () => {
    const ok = await fetch(
      `${base}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${base}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1`);
    expect(wrong.status).toBe(403);
    const noMode = await fetch(`${base}/webhooks/whatsapp?hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`);
    expect(noMode.status).toBe(403);
  });

  it('refuses a notification without a signature (401), with a bad one or over another body (403), changing nothing', async () => {
    const id = await newDelivery('WHATSAPP', 'SENT', `wamid.${randomUUID()}`);
    const wamid = (await deliveryRow(id)).provider_message_id!;
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ changes: [{ field: 'messages', value: { statuses: [{ id: wamid, status: 'read' }] } }] }],
    });
    const post = (headers: Record<string, string>, payload = body) =>
      fetch(`${base}/webhooks/whatsapp`, { method: 'POST', headers, body: payload });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-hub-signature-256': whatsappSignature('rahasia-lain', body) })).status).toBe(403);
    const signedOther = whatsappSignature(wa.appSecret, body.replace('read', 'sent'));
    expect((await post({ 'x-hub-signature-256': signedOther })).status).toBe(403);
    expect((await deliveryRow(id)).status).toBe('SENT');
    expect((await post({ 'x-hub-signature-256': whatsappSignature(wa.appSecret, body) })).status).toBe(200);
    expect((await deliveryRow(id)).status).toBe('READ');
  });

  it('moves a delivery sent through the fake to DELIVERED and READ, even before the worker stored the wamid; late and repeated callbacks change nothing', async () => {
    const id = await newDelivery('WHATSAPP');
    const result = await whatsapp.send(outgoing(id));
    expect(result.status).toBe('ACCEPTED');
    const wamid = (result as { providerMessageId: string }).providerMessageId;
    await wa.settled();
    expect(await deliveryRow(id)).toMatchObject({ status: 'DELIVERED', provider_message_id: wamid });
    expect(await wa.sendStatus(wamid, 'read')).toBe(200);
    expect((await deliveryRow(id)).status).toBe('READ');
    expect(await wa.sendStatus(wamid, 'delivered')).toBe(200);
    expect(await wa.sendStatus(wamid, 'read')).toBe(200);
    expect(await wa.sendStatus(wamid, 'failed')).toBe(200);
    expect(await deliveryRow(id)).toMatchObject({ status: 'READ', last_error: null });
  });

  it('marks an undeliverable message FAILED with the provider code only', async () => {
    wa.undeliverable.add(PHONE.slice(1));
    try {
      const id = await newDelivery('WHATSAPP');
      expect((await whatsapp.send(outgoing(id))).status).toBe('ACCEPTED');
      await wa.settled();
      expect(await deliveryRow(id)).toMatchObject({ status: 'FAILED', last_error: 'whatsapp code 131026' });
    } finally {
      wa.undeliverable.clear();
    }
  });
});

describe('SMS status callback (Twilio)', () => {
  it('moves the delivery to DELIVERED through the signed callbacks; undelivered becomes FAILED with its code', async () => {
    sms.autoStatuses = [];
    const id = await newDelivery('SMS');
    const result = await smsAdapter.send(outgoing(id));
    expect(result.status).toBe('ACCEPTED');
    const sid = (result as { providerMessageId: string }).providerMessageId;
    // What the worker does with an ACCEPTED result; Twilio echoes no reference of ours.
    await sql("update notifications.deliveries set status = 'SENT', provider_message_id = ? where id = ?", [sid, id]);
    expect(await sms.sendStatus(sid, 'sent')).toBe(204);
    expect(await sms.sendStatus(sid, 'delivered')).toBe(204);
    expect(await sms.sendStatus(sid, 'sent')).toBe(204);
    expect((await deliveryRow(id)).status).toBe('DELIVERED');

    const other = await newDelivery('SMS');
    const second = (await smsAdapter.send({ ...outgoing(other), to: '+6285000000001' })) as {
      providerMessageId: string;
    };
    await sql("update notifications.deliveries set status = 'SENT', provider_message_id = ? where id = ?", [
      second.providerMessageId,
      other,
    ]);
    expect(await sms.sendStatus(second.providerMessageId, 'undelivered', 30003)).toBe(204);
    expect(await deliveryRow(other)).toMatchObject({ status: 'FAILED', last_error: 'sms code 30003' });
  });

  it('refuses a callback without a signature (401) or signed for another URL or token (403)', async () => {
    const id = await newDelivery('SMS', 'SENT', `SM${randomUUID().replaceAll('-', '')}`);
    const sid = (await deliveryRow(id)).provider_message_id!;
    const form = new URLSearchParams({ MessageSid: sid, MessageStatus: 'delivered', To: PHONE });
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/webhooks/sms/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: form.toString(),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' })).status).toBe(403);
    // A fake whose callback URL differs from ours signs another URL: refused.
    sms.statusCallbackUrl = `${base}/webhooks/sms/status?x=1`;
    try {
      const fakeSid = (await smsAdapter.send(outgoing(id))) as { providerMessageId: string };
      await sms.settled();
      expect(
        sms
          .callbacks()
          .filter((c) => c.sid === fakeSid.providerMessageId)
          .map((c) => c.answer),
      ).toEqual([403, 403]);
    } finally {
      sms.statusCallbackUrl = null;
    }
    expect((await deliveryRow(id)).status).toBe('SENT');
  });
});

describe('applyDeliveryStatus', () => {
  it('only moves forward; FAILED ends any delivery not yet final; unknown ids and other channels are reported', async () => {
    const em = orm.em.fork();
    const make = async (status: string) => {
      const pid = `wamid.${randomUUID()}`;
      return { id: await newDelivery('WHATSAPP', status, pid), pid };
    };
    const queued = await make('QUEUED');
    expect(await applyDeliveryStatus(em, { channel: 'WHATSAPP', providerMessageId: queued.pid, status: 'READ' })).toBe(
      'UPDATED',
    );
    expect(await applyDeliveryStatus(em, { channel: 'WHATSAPP', providerMessageId: queued.pid, status: 'SENT' })).toBe(
      'UNCHANGED',
    );
    expect((await deliveryRow(queued.id)).status).toBe('READ');

    for (const [from, reported, expected] of [
      ['QUEUED', 'FAILED', 'FAILED'],
      ['SENT', 'FAILED', 'FAILED'],
      ['DELIVERED', 'FAILED', 'FAILED'],
      ['READ', 'FAILED', 'READ'],
      ['FAILED', 'DELIVERED', 'FAILED'],
      ['DEAD', 'DELIVERED', 'DEAD'],
      ['DELIVERED', 'SENT', 'DELIVERED'],
      ['SENT', 'DELIVERED', 'DELIVERED'],
    ] as const) {
      const row = await make(from);
      await applyDeliveryStatus(em, {
        channel: 'WHATSAPP',
        providerMessageId: row.pid,
        status: reported,
        error: 'whatsapp code 131026',
      });
      expect([from, reported, (await deliveryRow(row.id)).status]).toEqual([from, reported, expected]);
    }
    expect(
      await applyDeliveryStatus(em, { channel: 'WHATSAPP', providerMessageId: 'wamid.tidak-ada', status: 'SENT' }),
    ).toBe('UNKNOWN');
    const smsRow = await make('SENT');
    expect(await applyDeliveryStatus(em, { channel: 'SMS', providerMessageId: smsRow.pid, status: 'DELIVERED' })).toBe(
      'UNKNOWN',
    );
    // A delivery id that is not a uuid is ignored, not cast (no SQL error).
    expect(
      await applyDeliveryStatus(em, {
        channel: 'WHATSAPP',
        providerMessageId: 'wamid.x',
        status: 'SENT',
        deliveryId: "x' or 1=1",
      }),
    ).toBe('UNKNOWN');
  });

  it('never logs phone numbers or provider ids', () => {
    const text = logLines.join('');
    expect(text).toContain('delivery status');
    expect(text).not.toContain('6281234567890');
    expect(text).not.toContain('wamid.');
    expect(text).not.toMatch(/SM[0-9a-f]{32}/);
  });
});
