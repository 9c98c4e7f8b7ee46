/**
 * The regency admin's dead-letter screen (/admin/notifikasi), without JavaScript, on the shared
 * system: a delivery that ran out of retries is listed (channel, event, when, last error; no
 * address, no text), its retry button queues it again and the message reaches the SMTP catcher
 * once; everyone else is refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeDatabase, database, rows } from './support/authz/cast.js';
import { DEMO, signUpFresh } from './support/client.js';

/** Signs in through the storefront's own form (no JavaScript) and returns its session cookie. */
async function storefrontSession(email: string, password = 'kampung123'): Promise<string> {
  const { storefrontUrl } = inject('system');
  const response = await fetch(`${storefrontUrl}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, redirectTo: '/' }),
  });
  expect(response.status).toBe(302);
  return response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('__session='))!
    .split(';')[0]!;
}

const mailsTo = async (address: string) =>
  ((await (await fetch(new URL('messages', inject('mail').url))).json()) as { to: string[]; subject: string }[]).filter(
    (m) => m.to.includes(address),
  );

afterAll(closeDatabase);

describe('/admin/notifikasi', () => {
  it('lists a dead-lettered email without its address, and its retry button sends it once', async () => {
    const { storefrontUrl } = inject('system');
    const citizen = await signUpFresh('surat-mati');
    const code = `SK-${randomUUID().slice(0, 8).toUpperCase()}`;
    const eventId = randomUUID();
    const deliveryId = randomUUID();
    // As the queue leaves a delivery after its last retry (decision 025).
    const db = await database();
    await db.query(
      `insert into notifications.events (id, type, recipient_user_id, occurred_at, link, data, urgent)
       values ($1, 'request.received', $2, now(), '/akun/permohonan/uji', $3, false)`,
      [eventId, citizen.id, JSON.stringify({ trackingCode: code, serviceName: 'Surat Keterangan Domisili' })],
    );
    await db.query(
      `insert into notifications.deliveries (id, event_id, channel, recipient, language, status, attempts, last_error)
       values ($1, $2, 'EMAIL', $3, 'id', 'DEAD', 6, 'smtp: 451 4.3.0 try again later')`,
      [deliveryId, eventId, citizen.email],
    );

    const cookie = await storefrontSession(DEMO.admin);
    const listed = await fetch(`${storefrontUrl}/admin/notifikasi`, { headers: { cookie }, redirect: 'manual' });
    expect(listed.status).toBe(200);
    const html = await listed.text();
    expect(html).toContain('data-testid="failed-deliveries"');
    expect(html).toContain(`value="${deliveryId}"`);
    expect(html).toContain('request.received');
    expect(html).toContain('smtp: 451 4.3.0 try again later');
    expect(html).toContain('Habis percobaan');
    expect(html).not.toContain(citizen.email);
    expect(html).not.toContain(code);

    const retried = await fetch(`${storefrontUrl}/admin/notifikasi`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'retry', id: deliveryId }),
    });
    expect(retried.status).toBe(302);
    expect(retried.headers.get('location')).toBe('/admin/notifikasi?ok=retried');
    await expect
      .poll(async () => (await mailsTo(citizen.email)).filter((m) => m.subject.includes(code)).length, {
        timeout: 20_000,
      })
      .toBe(1);
    await expect
      .poll(async () => (await rows('select status from notifications.deliveries where id = $1', [deliveryId]))[0])
      .toEqual({ status: 'SENT' });
    const after = await (await fetch(`${storefrontUrl}/admin/notifikasi?ok=retried`, { headers: { cookie } })).text();
    expect(after).toContain('Pesan masuk antrean lagi.');
    expect(after).not.toContain(`value="${deliveryId}"`);

    // Retrying what is no longer failed is refused with the API's message; nothing is sent again.
    const again = await fetch(`${storefrontUrl}/admin/notifikasi`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'retry', id: deliveryId }),
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Hanya pengiriman yang gagal yang bisa diulang');
    expect((await mailsTo(citizen.email)).filter((m) => m.subject.includes(code))).toHaveLength(1);

    const staff = await storefrontSession(DEMO.staff);
    const refused = await fetch(`${storefrontUrl}/admin/notifikasi`, {
      headers: { cookie: staff },
      redirect: 'manual',
    });
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${storefrontUrl}/admin/notifikasi`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
  }, 60_000);
});
