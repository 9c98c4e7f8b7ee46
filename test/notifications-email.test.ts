import { signServiceToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { callApi, postGraphql, signUpFresh } from './support/client.js';

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
}

const mails = async (): Promise<CaughtMail[]> =>
  (await (await fetch(new URL('messages', inject('mail').url))).json()) as CaughtMail[];

/** Hands events to notifications as a producer's relay does (service token, straight to the subgraph). */
async function publish(events: Record<string, unknown>[]) {
  const system = inject('system');
  const token = await signServiceToken('services', { secret: system.jwtSecret, issuer: 'smart-kampung-accounts' });
  return postGraphql<{ internalPublishEvents: number }>(
    system.subgraphUrls.notifications!,
    'mutation($events: [NotificationEventInput!]!) { internalPublishEvents(events: $events) }',
    { events },
    { authorization: `Bearer ${token}` },
  );
}

const UNREAD = '{ unreadNotificationCount }';
const INBOX = '{ myNotifications(first: 5) { totalCount edges { node { id title titleEn body link readAt } } } }';

describe('notifications: email and the in-app inbox through the gateway', () => {
  it('an event published (twice) gives one email at the SMTP server and one unread notice; reading it lowers the count', async () => {
    const citizen = await signUpFresh('notif');
    const code = `SK-${randomUUID().slice(0, 8)}`;
    const event = {
      id: randomUUID(),
      type: 'request.needs_documents',
      recipientUserId: citizen.id,
      occurredAt: new Date().toISOString(),
      link: '/akun/permohonan/123',
      data: JSON.stringify({ trackingCode: code, missing: 'Kartu Keluarga' }),
      urgent: false,
    };
    const first = await publish([event]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.internalPublishEvents).toBe(1);
    const again = await publish([event]);
    expect(again.data?.internalPublishEvents).toBe(0);

    await expect
      .poll(async () => (await mails()).filter((m) => m.subject.includes(code)).length, { timeout: 20_000 })
      .toBe(1);
    const mail = (await mails()).find((m) => m.subject.includes(code))!;
    expect(mail.to).toEqual([citizen.email]);
    expect(mail.subject).toBe(`Permohonan ${code} perlu dilengkapi`);
    expect(mail.text).toContain('Kartu Keluarga');
    expect(mail.text).toContain('/akun/permohonan/123');
    expect(mail.text).toContain('/akun/notifikasi/berhenti?token=');

    const unread = await callApi(UNREAD, {}, { token: citizen.token });
    expect(unread.errors).toBeUndefined();
    expect(unread.data?.unreadNotificationCount).toBe(1);
    const inbox = await callApi(INBOX, {}, { token: citizen.token });
    expect(inbox.data?.myNotifications.totalCount).toBe(1);
    const notice = inbox.data?.myNotifications.edges[0].node;
    expect(notice).toMatchObject({
      title: `Permohonan ${code} perlu dilengkapi`,
      link: '/akun/permohonan/123',
      readAt: null,
    });

    const read = await callApi(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: notice.id },
      {
        token: citizen.token,
      },
    );
    expect(read.errors).toBeUndefined();
    expect((await callApi(UNREAD, {}, { token: citizen.token })).data?.unreadNotificationCount).toBe(0);

    // Still exactly one email a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await mails()).filter((m) => m.subject.includes(code))).toHaveLength(1);
    // Someone else's inbox is their own.
    const other = await signUpFresh('notif-lain');
    expect((await callApi(UNREAD, {}, { token: other.token })).data?.unreadNotificationCount).toBe(0);
    expect((await callApi(UNREAD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
