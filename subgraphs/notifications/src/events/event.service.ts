import {
  NOTIFICATION_EVENT_TYPES,
  UserInputError,
  type Logger,
  type NotificationData,
  type NotificationEventType,
} from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Channel } from '../channels/channel.js';
import type { AccountsClient, UserContact } from '../clients/accounts.client.js';
import type { NotificationsEnv } from '../env.js';
import type { Adapters } from '../sending/adapters.js';
import type { DeliveryQueue, QueuedDelivery } from '../sending/delivery-queue.js';
import { defaultEnabled } from '../preferences/preference.service.js';
import { groupOf, isEssential, render, type EventGroup } from '../templates/templates.js';

const isEventType = (type: string): type is NotificationEventType =>
  (NOTIFICATION_EVENT_TYPES as readonly string[]).includes(type);

const eventSchema = z.object({
  id: z.string().uuid(),
  type: z.string().refine(isEventType, 'unknown event type'),
  recipientUserId: z.string().uuid(),
  occurredAt: z.coerce.date(),
  link: z.string().max(300).startsWith('/').nullable(),
  data: z.string().transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as NotificationData;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'data must be a JSON object' });
    return z.NEVER;
  }),
  urgent: z.boolean(),
});

export type PublishedEvent = {
  id: string;
  type: NotificationEventType;
  recipientUserId: string;
  occurredAt: Date;
  link: string | null;
  data: NotificationData;
  urgent: boolean;
};

/** Checks events from producers; a bad one refuses the call (nothing stored, nothing queued). */
export function parseEvents(input: unknown[]): PublishedEvent[] {
  return input.map((raw, index) => {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw UserInputError.field(`events.${index}.${issue.path.join('.')}`, {
        id: `Peristiwa notifikasi tidak valid: ${issue.message}`,
        en: `Invalid notification event: ${issue.message}`,
      });
    }
    return parsed.data as PublishedEvent;
  });
}

const PHONE = /^\+62\d{8,13}$/;

/** Where one event goes: channel → address, by the event group, the user's choices, verified contacts and configured channels. */
export function chooseChannels(
  event: PublishedEvent,
  contact: UserContact | undefined,
  preferences: Map<string, boolean>,
  adapters: Adapters,
): { channel: Channel; recipient: string }[] {
  const group: EventGroup = groupOf(event.type);
  const chosen: { channel: Channel; recipient: string }[] = [];
  if (isEssential(event.type)) {
    // Account messages: the address may be one not yet confirmed (contact change), the channel named by accounts.
    const email = typeof event.data.toEmail === 'string' ? event.data.toEmail : contact?.email;
    const phone = typeof event.data.toPhone === 'string' ? event.data.toPhone : contact?.phone;
    // A code addressed to a phone (verification, sign-in, reset by phone) must reach that phone, not the inbox of an email.
    const byPhone = typeof event.data.toPhone === 'string' && typeof event.data.toEmail !== 'string';
    const wanted =
      typeof event.data.channel === 'string'
        ? event.data.channel
        : byPhone
          ? adapters.WHATSAPP
            ? 'WHATSAPP'
            : 'SMS'
          : 'EMAIL';
    if (wanted === 'EMAIL' && email && adapters.EMAIL) chosen.push({ channel: 'EMAIL', recipient: email });
    if ((wanted === 'WHATSAPP' || wanted === 'SMS') && phone && PHONE.test(phone) && adapters[wanted])
      chosen.push({ channel: wanted, recipient: phone });
    return chosen;
  }
  chosen.push({ channel: 'IN_APP', recipient: event.recipientUserId });
  if (!contact) return chosen;
  const enabled = (channel: Channel) =>
    preferences.get(`${channel}:${group}`) ?? defaultEnabled(channel, contact.phone !== null);
  if (contact.email && adapters.EMAIL && enabled('EMAIL')) chosen.push({ channel: 'EMAIL', recipient: contact.email });
  if (contact.phone && PHONE.test(contact.phone)) {
    if (adapters.WHATSAPP && enabled('WHATSAPP')) chosen.push({ channel: 'WHATSAPP', recipient: contact.phone });
    if (adapters.SMS && enabled('SMS')) chosen.push({ channel: 'SMS', recipient: contact.phone });
  }
  return chosen;
}

/**
 * Takes events from a producer's relay: each event is stored once (its id is the key; a repeat
 * changes nothing), gets its inbox item and one delivery per chosen channel in one transaction,
 * and the deliveries' jobs are queued after the commit. Returns how many events were new.
 */
export async function publishEvents(
  em: EntityManager,
  env: NotificationsEnv,
  deps: { accounts: AccountsClient; adapters: Adapters; queue: DeliveryQueue | undefined; logger: Logger },
  events: PublishedEvent[],
): Promise<number> {
  if (!events.length) return 0;
  const connection = em.getConnection();
  const known = new Set(
    (
      await connection.execute<{ id: string }[]>(`select id from "notifications"."events" where id in (?)`, [
        events.map((e) => e.id),
      ])
    ).map((r) => r.id),
  );
  const fresh = events.filter((e, i) => !known.has(e.id) && events.findIndex((o) => o.id === e.id) === i);
  if (!fresh.length) return 0;
  const userIds = [...new Set(fresh.map((e) => e.recipientUserId))];
  // Before the transaction: a slow accounts never holds a transaction open. Down: the relay retries.
  const contacts = new Map((await deps.accounts.userContacts(userIds)).map((c) => [c.id, c]));
  const queued: QueuedDelivery[] = [];
  let stored = 0;
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const prefRows = await conn.execute<{ user_id: string; channel: string; event_group: string; enabled: boolean }[]>(
      `select user_id, channel, event_group, enabled from "notifications"."preferences" where user_id in (?)`,
      [userIds],
      'all',
      ctx,
    );
    for (const event of fresh) {
      const inserted = await conn.execute<{ id: string }[]>(
        `insert into "notifications"."events" (id, type, recipient_user_id, occurred_at, link, data, urgent)
         values (?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (id) do nothing returning id`,
        [
          event.id,
          event.type,
          event.recipientUserId,
          event.occurredAt,
          event.link,
          JSON.stringify(event.data),
          event.urgent,
        ],
        'all',
        ctx,
      );
      if (!inserted.length) continue; // published concurrently by another relay pass
      stored++;
      const contact = contacts.get(event.recipientUserId);
      const preferences = new Map(
        prefRows
          .filter((p) => p.user_id === event.recipientUserId)
          .map((p) => [`${p.channel}:${p.event_group}`, p.enabled]),
      );
      const language = contact?.language ?? 'id';
      for (const { channel, recipient } of chooseChannels(event, contact, preferences, deps.adapters)) {
        if (channel === 'IN_APP') {
          const id = render(event.type, event.data, 'id');
          const en = render(event.type, event.data, 'en');
          await conn.execute(
            `insert into "notifications"."inbox_items" (id, event_id, user_id, title, title_en, body, body_en, link, created_at)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
            [
              randomUUID(),
              event.id,
              event.recipientUserId,
              id.title,
              en.title,
              id.body,
              en.body,
              event.link,
              event.occurredAt,
            ],
            'all',
            ctx,
          );
        }
        const rows = await conn.execute<{ id: string }[]>(
          `insert into "notifications"."deliveries" (id, event_id, channel, recipient, language, status)
           values (?, ?, ?, ?, ?, ?) on conflict (event_id, channel) do nothing returning id`,
          [randomUUID(), event.id, channel, recipient, language, channel === 'IN_APP' ? 'DELIVERED' : 'QUEUED'],
          'all',
          ctx,
        );
        if (rows[0] && channel !== 'IN_APP') queued.push({ id: rows[0].id, channel, urgent: event.urgent });
      }
    }
  });
  if (deps.queue) await deps.queue.enqueue(queued);
  deps.logger.info({ events: stored, deliveries: queued.length }, 'notification events published');
  return stored;
}
