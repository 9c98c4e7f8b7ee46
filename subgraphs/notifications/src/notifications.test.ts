import { signServiceToken, signUserToken } from '@kampung/shared';
import { startMailCatcher, startSubgraphForTest, TEST_JWT_SECRET, type MailCatcher } from '@kampung/devtools';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from './index.js';
import type { NotificationsEnv } from './env.js';

type Running = Awaited<ReturnType<typeof startSubgraphForTest<NotificationsEnv>>>;
let notifications: Running;
let mail: MailCatcher;
let accounts: Server;
let service: string;
const jwt = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };

const citizen = { id: randomUUID(), email: 'warga@example.test', name: 'Siti' };
const admin = randomUUID();

const PUBLISH = 'mutation($events: [NotificationEventInput!]!) { internalPublishEvents(events: $events) }';

const event = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: 'request.needs_documents',
  recipientUserId: citizen.id,
  occurredAt: new Date().toISOString(),
  link: '/akun/permohonan/42',
  data: JSON.stringify({ trackingCode: 'SK-42', missing: 'KTP' }),
  urgent: true,
  ...over,
});

const sql = <T>(query: string, params: unknown[] = []) =>
  notifications.orm.em.getConnection().execute<T[]>(query, params);

beforeAll(async () => {
  mail = await startMailCatcher();
  // accounts' internalUserContacts, as accounts answers it
  accounts = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const ids = (JSON.parse(body) as { variables: { ids: string[] } }).variables.ids;
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: {
            internalUserContacts: ids
              .filter((id) => id === citizen.id)
              .map(() => ({ ...citizen, phone: null, language: 'id' })),
          },
        }),
      );
    });
  });
  await new Promise<void>((r) => accounts.listen(0, '127.0.0.1', r));
  notifications = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: `http://127.0.0.1:${(accounts.address() as AddressInfo).port}/graphql`,
    SMTP_URL: mail.smtpUrl,
    NOTIFICATION_RETRY_LIMIT: '2',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
    NOTIFICATION_POLL_SECONDS: '0.5',
    NOTIFICATION_QUIET_HOURS: '',
    STOREFRONT_URL: 'http://kampung.test',
  });
  service = await signServiceToken('services', jwt);
}, 120_000);
afterAll(async () => {
  await notifications?.close();
  await mail?.close();
  accounts?.close();
});

describe('notifications', () => {
  it('an event published twice is stored once and gives one inbox item and one email', async () => {
    const e = event();
    for (let i = 0; i < 2; i++) {
      const answer = await notifications.request<{ internalPublishEvents: number }>(
        PUBLISH,
        { events: [e, e] },
        service,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.internalPublishEvents).toBe(i === 0 ? 1 : 0);
    }
    await expect
      .poll(() => mail.messages.filter((m) => m.subject.includes('SK-42')).length, { timeout: 15_000 })
      .toBe(1);
    const [message] = mail.to(citizen.email);
    expect(message!.subject).toBe('Permohonan SK-42 perlu dilengkapi');
    expect(message!.text).toContain('http://kampung.test/akun/permohonan/42');
    expect(message!.text).toContain('/akun/notifikasi/berhenti?token=');
    expect(message!.headers['list-unsubscribe']).toContain('/akun/notifikasi/berhenti');
    const deliveries = await sql<{ channel: string; status: string; attempts: number }>(
      'select channel, status, attempts from notifications.deliveries where event_id = ? order by channel',
      [e.id],
    );
    expect(deliveries).toEqual([
      { channel: 'EMAIL', status: 'SENT', attempts: 1 },
      { channel: 'IN_APP', status: 'DELIVERED', attempts: 0 },
    ]);
    // A third hand-off after it was sent still changes nothing.
    await notifications.request(PUBLISH, { events: [e] }, service);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mail.messages.filter((m) => m.subject.includes('SK-42'))).toHaveLength(1);
  });

  it('refuses an unknown event type and a user token, storing nothing', async () => {
    const bad = event({ type: 'order.teleported' });
    const refused = await notifications.request(PUBLISH, { events: [bad] }, service);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const user = await signUserToken({ userId: citizen.id, roles: ['BUYER'] }, jwt);
    const forbidden = await notifications.request(PUBLISH, { events: [event()] }, user);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sql('select id from notifications.events where id = ?', [bad.id])).toEqual([]);
  });

  it('retries a refusing mail server with backoff, then the delivery is DEAD and the admin can retry it', async () => {
    mail.failNext(3);
    const e = event({ data: JSON.stringify({ trackingCode: 'SK-DEAD', missing: 'KK' }) });
    await notifications.request(PUBLISH, { events: [e] }, service);
    await expect
      .poll(
        async () =>
          (
            await sql<{ status: string }>(
              "select status from notifications.deliveries where event_id = ? and channel = 'EMAIL'",
              [e.id],
            )
          )[0]?.status,
        { timeout: 30_000, interval: 500 },
      )
      .toBe('DEAD');
    const [dead] = await sql<{ id: string; attempts: number; last_error: string }>(
      "select id, attempts, last_error from notifications.deliveries where event_id = ? and channel = 'EMAIL'",
      [e.id],
    );
    expect(dead!.attempts).toBe(3);
    expect(dead!.last_error).toContain('SMTP');
    expect(mail.messages.filter((m) => m.subject.includes('SK-DEAD'))).toHaveLength(0);

    const adminToken = await signUserToken(
      { userId: admin, roles: ['ADMIN'], memberships: [{ role: 'REGENCY_ADMIN', place: '35.10' }] },
      jwt,
    );
    const list = await notifications.request<{
      failedDeliveries: { edges: { node: { id: string; recipient: string } }[] };
    }>(
      '{ failedDeliveries(first: 10) { edges { node { id recipient status eventType attempts lastError } } } }',
      {},
      adminToken,
    );
    const node = list.data?.failedDeliveries.edges.find((edge) => edge.node.id === dead!.id)?.node;
    expect(node?.recipient).toBe('w***@example.test');
    const citizenToken = await signUserToken({ userId: citizen.id, roles: ['BUYER'] }, jwt);
    const notAllowed = await notifications.request('{ failedDeliveries { totalCount } }', {}, citizenToken);
    expect(notAllowed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const retried = await notifications.request(
      'mutation($id: ID!) { retryDelivery(id: $id) { status } }',
      { id: dead!.id },
      adminToken,
    );
    expect(retried.errors).toBeUndefined();
    await expect
      .poll(() => mail.messages.filter((m) => m.subject.includes('SK-DEAD')).length, { timeout: 15_000 })
      .toBe(1);
  });

  it('the inbox: newest first, unread count, mark one and all read, preferences and the unsubscribe link', async () => {
    const token = await signUserToken({ userId: citizen.id, roles: ['BUYER'] }, jwt);
    const unread = async () =>
      (await notifications.request<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token)).data
        ?.unreadNotificationCount;
    const before = (await unread())!;
    await notifications.request(
      PUBLISH,
      {
        events: [event({ type: 'request.completed', data: JSON.stringify({ trackingCode: 'SK-9', letterUrl: 'x' }) })],
      },
      service,
    );
    expect(await unread()).toBe(before + 1);
    const page = await notifications.request<{
      myNotifications: { edges: { node: { id: string; title: string; titleEn: string; readAt: string | null } }[] };
    }>('{ myNotifications(first: 1) { edges { node { id title titleEn readAt link } } totalCount } }', {}, token);
    const newest = page.data!.myNotifications.edges[0]!.node;
    expect(newest.title).toBe('Permohonan SK-9 selesai');
    expect(newest.titleEn).toBe('Request SK-9 completed');
    const read = await notifications.request(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: newest.id },
      token,
    );
    expect(read.errors).toBeUndefined();
    expect(await unread()).toBe(before);
    const other = await signUserToken({ userId: randomUUID(), roles: ['BUYER'] }, jwt);
    const foreign = await notifications.request(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: newest.id },
      other,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await notifications.request('mutation { markAllNotificationsRead }', {}, token);
    expect(await unread()).toBe(0);

    const off = await notifications.request(
      'mutation { setNotificationPreference(channel: EMAIL, group: REQUESTS, enabled: false) { enabled } }',
      {},
      token,
    );
    expect(off.errors).toBeUndefined();
    const whatsapp = await notifications.request(
      'mutation { setNotificationPreference(channel: WHATSAPP, group: REQUESTS, enabled: true) { enabled } }',
      {},
      token,
    );
    expect(whatsapp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const e = event({ data: JSON.stringify({ trackingCode: 'SK-OFF' }) });
    await notifications.request(PUBLISH, { events: [e] }, service);
    expect(await sql('select channel from notifications.deliveries where event_id = ?', [e.id])).toEqual([
      { channel: 'IN_APP' },
    ]);
    const prefs = await notifications.request<{
      myNotificationPreferences: { channel: string; group: string; enabled: boolean }[];
    }>('{ myNotificationPreferences { channel group enabled changeable } }', {}, token);
    expect(prefs.data?.myNotificationPreferences).toContainEqual(
      expect.objectContaining({ channel: 'EMAIL', group: 'REQUESTS', enabled: false }),
    );
    expect(prefs.data?.myNotificationPreferences).toContainEqual(
      expect.objectContaining({ channel: 'EMAIL', group: 'ORDERS', enabled: true }),
    );

    // The unsubscribe link of an earlier email turns that group's email off (here: orders).
    await notifications.request(
      PUBLISH,
      { events: [event({ type: 'order.shipped', data: JSON.stringify({ orderCode: 'ORD-UNSUB' }) })] },
      service,
    );
    await expect
      .poll(() => mail.messages.filter((m) => m.subject.includes('ORD-UNSUB')).length, { timeout: 15_000 })
      .toBe(1);
    const link = /(http:\/\/kampung\.test\/akun\/notifikasi\/berhenti\?token=\S+)/.exec(
      mail.messages.find((m) => m.subject.includes('ORD-UNSUB'))!.text,
    )![1]!;
    const unsubscribeToken = new URL(link).searchParams.get('token')!;
    const forged = await notifications.request<{ unsubscribeEmail: boolean }>(
      'mutation($t: String!) { unsubscribeEmail(token: $t) }',
      { t: `${unsubscribeToken.slice(0, -2)}xx` },
    );
    expect(forged.data?.unsubscribeEmail).toBe(false);
    const done = await notifications.request<{ unsubscribeEmail: boolean }>(
      'mutation($t: String!) { unsubscribeEmail(token: $t) }',
      { t: unsubscribeToken },
    );
    expect(done.data?.unsubscribeEmail).toBe(true);
    const later = event({ type: 'order.delivered', data: JSON.stringify({ orderCode: 'ORD-AFTER' }) });
    await notifications.request(PUBLISH, { events: [later] }, service);
    expect(await sql('select channel from notifications.deliveries where event_id = ?', [later.id])).toEqual([
      { channel: 'IN_APP' },
    ]);
  });
});
