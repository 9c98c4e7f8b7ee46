/**
 * Notifications under faults, on a system of its own with the WhatsApp and SMS fakes (issue 13,
 * "Bad input and faults"; decisions 025, 026, 032):
 * a) the WhatsApp provider answers 5xx, then times out, then recovers: every message arrives
 *    exactly once and the retries show in the deliveries;
 * b) an SMS provider that keeps hanging dead-letters its deliveries while WhatsApp and email of the
 *    same events go out at once; the regency admin sees them in failedDeliveries and retryDelivery
 *    sends each once after the provider is back;
 * c) the services process SIGKILLed after a citizen's application committed and before its relay
 *    handed the event over (NOTIFICATION_RELAY_STALL_MS holds the claimed row): after the restart
 *    the WhatsApp message goes out exactly once.
 */
import { randomUUID } from 'node:crypto';
import {
  fakeSmsEnv,
  fakeWhatsAppEnv,
  startFakeSms,
  startFakeWhatsApp,
  type FakeSms,
  type FakeWhatsApp,
} from '@kampung/devtools';
import { signServiceToken } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql } from './support/client.js';
import { crash, eventually, gqlAt, subgraphBase, tokenFor } from './support/faults.js';
import { graphql } from './support/graphql.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';

let running: IsolatedSystem;
let whatsapp: FakeWhatsApp;
let sms: FakeSms;
const timings: Record<string, number> = {};

/** Retries after 1–2 s, 2–4 s and 4–8 s (pg-boss backoff with jitter), then DEAD. */
const RETRY_LIMIT = 3;
const PROVIDER_TIMEOUT_MS = 1_000;
const RELAY_STALL_MS = 2_500;

beforeAll(async () => {
  const started = Date.now();
  whatsapp = await startFakeWhatsApp();
  // Status callbacks of SMS are not under test here (webhooks.test.ts covers them).
  sms = await startFakeSms({ autoStatuses: [] });
  running = await startIsolatedSystem({
    name: 'kampung-notification-faults',
    storefront: false,
    env: {
      ...fakeWhatsAppEnv(whatsapp),
      ...fakeSmsEnv(sms, 'http://127.0.0.1:9/webhooks/sms/status'),
      WHATSAPP_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
      SMS_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
      NOTIFICATION_RETRY_LIMIT: String(RETRY_LIMIT),
      NOTIFICATION_RETRY_DELAY_SECONDS: '1',
      NOTIFICATION_POLL_SECONDS: '0.5',
      NOTIFICATION_RELAY_STALL_MS: String(RELAY_STALL_MS),
    },
  });
  whatsapp.webhookUrl = `${subgraphBase(running, 'notifications')}/webhooks/whatsapp`;
  timings.startSystem = Date.now() - started;
}, 180_000);

afterAll(async () => {
  console.log(`[notification-faults] timings (ms): ${JSON.stringify(timings)}`);
  await running?.stop();
  await whatsapp?.close();
  await sms?.close();
}, 60_000);

interface Person {
  id: string;
  email: string;
  phone: string;
}

/** People with a verified phone (straight into accounts), optionally with SMS turned on for request news. */
async function people(count: number, options: { sms?: boolean } = {}): Promise<Person[]> {
  const list: Person[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const phone = `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const email = `warga-${id.slice(0, 8)}@contoh.id`;
    await running.db.query(
      `insert into accounts.users (id, email, name, phone, password_hash, phone_verified_at)
       values ($1, $2, 'Warga Uji', $3, 'not-a-hash', now())`,
      [id, email, phone],
    );
    if (options.sms)
      await running.db.query(
        `insert into notifications.preferences (user_id, channel, event_group, enabled) values ($1, 'SMS', 'requests', true)`,
        [id],
      );
    list.push({ id, email, phone });
  }
  return list;
}

/** Hands events to notifications as a producer's relay does (service token, straight to the subgraph). */
async function publish(events: { id: string; recipientUserId: string; trackingCode: string }[]) {
  const token = await signServiceToken('services', { secret: running.jwtSecret, issuer: 'smart-kampung-accounts' });
  const answer = await postGraphql<{ internalPublishEvents: number }>(
    running.subgraphUrls.notifications,
    'mutation($events: [NotificationEventInput!]!) { internalPublishEvents(events: $events) }',
    {
      events: events.map((e) => ({
        id: e.id,
        type: 'request.received',
        recipientUserId: e.recipientUserId,
        occurredAt: new Date().toISOString(),
        link: '/akun/permohonan/uji',
        data: JSON.stringify({ trackingCode: e.trackingCode, serviceName: 'Surat Keterangan Tidak Mampu' }),
        urgent: false,
      })),
    },
    { authorization: `Bearer ${token}` },
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.internalPublishEvents).toBe(events.length);
}

const trackingCode = () => `SK-${randomUUID().slice(0, 8).toUpperCase()}`;
const whatsappWith = (code: string) => whatsapp.messages().filter((m) => m.parameters.some((p) => p.includes(code)));
const smsWith = (code: string) => sms.messages().filter((m) => m.body.includes(code));
const mailsWith = (code: string) => running.mail.messages.filter((m) => m.subject.includes(code));

interface DeliveryRow {
  event_id: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
}
const deliveriesOf = async (eventIds: string[]) =>
  (
    await running.db.query<DeliveryRow>(
      `select event_id, channel, status, attempts, last_error from notifications.deliveries where event_id = any($1::uuid[])`,
      [eventIds],
    )
  ).rows;

const FAILED_DELIVERIES = graphql(`
  query {
    failedDeliveries(first: 50) {
      edges {
        node {
          id
          channel
          eventType
          recipient
          status
          attempts
          lastError
        }
      }
    }
  }
`);
const RETRY_DELIVERY = graphql('mutation($id: ID!) { retryDelivery(id: $id) { id status } }');

describe('notifications under provider faults', () => {
  it('a) WhatsApp answers 5xx, then times out, then recovers: every message once, none twice, retries recorded', async () => {
    const started = Date.now();
    const recipients = await people(8);
    const events = recipients.map((p) => ({ id: randomUUID(), recipientUserId: p.id, trackingCode: trackingCode() }));
    const failedBefore = whatsapp.failedRequests();
    whatsapp.fail('server-error', events.length);
    await publish(events);
    // Every first attempt got a 500; then the next four requests (retries) hang past the client's timeout.
    await eventually('every first attempt to fail', async () =>
      whatsapp.failedRequests() >= failedBefore + events.length ? true : undefined,
    );
    whatsapp.fail('timeout', 4);
    await eventually('four retries to time out', async () =>
      whatsapp.failedRequests() >= failedBefore + events.length + 4 ? true : undefined,
    );
    whatsapp.recover();

    await eventually(
      'every WhatsApp message to arrive',
      async () => (events.every((e) => whatsappWith(e.trackingCode).length >= 1) ? true : undefined),
      30_000,
    );
    // Late retries or a second job would show up within a few polls.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const [index, event] of events.entries()) {
      const messages = whatsappWith(event.trackingCode);
      expect(messages, `messages for event ${index}`).toHaveLength(1);
      expect(messages[0]!.to).toBe(recipients[index]!.phone.slice(1));
      expect(messages[0]!.template).toBe('kampung_request_received');
    }
    const rows = (await deliveriesOf(events.map((e) => e.id))).filter((r) => r.channel === 'WHATSAPP');
    expect(rows).toHaveLength(events.length);
    for (const row of rows) {
      expect(['SENT', 'DELIVERED', 'READ']).toContain(row.status);
      expect(row.attempts).toBeGreaterThanOrEqual(2); // the first one always failed
      expect(row.attempts).toBeLessThanOrEqual(RETRY_LIMIT + 1);
      expect(row.last_error).toBeNull();
    }
    // 8 first attempts failed and 4 retries timed out: 8 + 8 + 4 attempts, each recorded.
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(2 * events.length + 4);
    timings.providerRecovers = Date.now() - started;
  }, 60_000);

  it('b) an SMS provider that keeps hanging dead-letters its messages; WhatsApp and email go out meanwhile; the admin retries each once', async () => {
    const started = Date.now();
    const recipients = await people(3, { sms: true });
    const events = recipients.map((p) => ({ id: randomUUID(), recipientUserId: p.id, trackingCode: trackingCode() }));
    sms.fail('timeout');
    await publish(events);

    // The other channels do not wait for the hanging one (one queue and worker per channel).
    await eventually(
      'WhatsApp and email of every event while SMS hangs',
      async () => {
        for (const event of events) {
          if (whatsappWith(event.trackingCode).length !== 1) return undefined;
          if (mailsWith(event.trackingCode).length !== 1) return undefined;
        }
        return true;
      },
      10_000,
    );
    timings.otherChannelsWhileSmsHangs = Date.now() - started;
    expect(events.every((e) => smsWith(e.trackingCode).length === 0)).toBe(true);

    // After the first try and RETRY_LIMIT retries the SMS deliveries are DEAD.
    await eventually(
      'the SMS deliveries to be dead-lettered',
      async () => {
        const rows = (await deliveriesOf(events.map((e) => e.id))).filter((r) => r.channel === 'SMS');
        return rows.length === events.length && rows.every((r) => r.status === 'DEAD') ? rows : undefined;
      },
      45_000,
      250,
    );
    timings.smsDead = Date.now() - started;

    const admin = await tokenFor(running, ['ADMIN']);
    const listed = await gqlAt(running.gatewayUrl, FAILED_DELIVERIES, {}, admin);
    expect(listed.errors).toBeUndefined();
    const dead = listed.data!.failedDeliveries.edges.map((e) => e.node).filter((n) => n.channel === 'SMS');
    expect(dead).toHaveLength(events.length);
    for (const node of dead) {
      expect(node).toMatchObject({ eventType: 'request.received', status: 'DEAD', attempts: RETRY_LIMIT + 1 });
      expect(node.lastError).toMatch(/timeout|timed out|abort/i);
      // The address is masked; the full number never leaves notifications.
      expect(recipients.some((p) => node.recipient === p.phone)).toBe(false);
      expect(node.recipient).toContain('****');
    }
    // Only the regency admin sees or retries them.
    const citizen = await tokenFor(running, ['BUYER'], recipients[0]!.id);
    const refused = await gqlAt(running.gatewayUrl, FAILED_DELIVERIES, {}, citizen);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    sms.recover();
    for (const node of dead) {
      const retried = await gqlAt(running.gatewayUrl, RETRY_DELIVERY, { id: node.id }, admin);
      expect(retried.errors).toBeUndefined();
      expect(retried.data?.retryDelivery.status).toBe('QUEUED');
    }
    await eventually(
      'one SMS per event after the retry',
      async () => (events.every((e) => smsWith(e.trackingCode).length >= 1) ? true : undefined),
      15_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const [index, event] of events.entries()) {
      const messages = smsWith(event.trackingCode);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.to).toBe(recipients[index]!.phone);
      expect(whatsappWith(event.trackingCode)).toHaveLength(1);
    }
    const after = await gqlAt(running.gatewayUrl, FAILED_DELIVERIES, {}, admin);
    const stillDead = after.data!.failedDeliveries.edges.filter((e) => dead.some((d) => d.id === e.node.id));
    expect(stillDead).toEqual([]);
    timings.deadLetterAndRetry = Date.now() - started;
  }, 90_000);
});

describe('a producer killed between its commit and the hand-off', () => {
  it('c) services SIGKILLed right after a citizen’s application commits: after the restart the WhatsApp message goes out exactly once', async () => {
    const started = Date.now();
    const [citizen] = await people(1);
    const answers = Object.entries({
      nik: '3510014507900001',
      kk: '3510010101900002',
      fullName: 'Siti Rahayu',
      address: 'RT 01 RW 02, Dusun Krajan',
      purpose: 'Beasiswa sekolah',
    }).map(([key, value]) => ({ key, value }));
    const submitted = await gqlAt(
      running.gatewayUrl,
      graphql(
        'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id trackingCode } }',
      ),
      { slug: 'surat-keterangan-tidak-mampu', answers },
      await tokenFor(running, ['BUYER'], citizen!.id),
    );
    expect(submitted.errors).toBeUndefined();
    // The relay holds the claimed row for RELAY_STALL_MS before the hand-off: the kill lands in between.
    await crash(running, 'services');
    const code = submitted.data!.submitServiceRequest.trackingCode;

    const waiting = await running.db.query<{ id: string }>(
      `select id from services.notification_outbox where recipient_user_id = $1 and type = 'request.received'`,
      [citizen!.id],
    );
    expect(waiting.rows).toHaveLength(1);
    const eventId = waiting.rows[0]!.id;
    const handedOver = await running.db.query('select 1 from notifications.events where id = $1', [eventId]);
    expect(handedOver.rowCount).toBe(0);
    expect(whatsappWith(code)).toHaveLength(0);

    await running.system.start('services');
    await eventually('the WhatsApp message after the restart', async () =>
      whatsappWith(code).length >= 1 ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, RELAY_STALL_MS + 1_000));
    const messages = whatsappWith(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.to).toBe(citizen!.phone.slice(1));
    const stored = await running.db.query('select 1 from notifications.events where id = $1', [eventId]);
    expect(stored.rowCount).toBe(1);
    expect((await deliveriesOf([eventId])).filter((r) => r.channel === 'WHATSAPP')).toHaveLength(1);
    const left = await running.db.query('select 1 from services.notification_outbox where id = $1', [eventId]);
    expect(left.rowCount).toBe(0);
    timings.killBeforeHandOff = Date.now() - started;
  }, 90_000);
});
