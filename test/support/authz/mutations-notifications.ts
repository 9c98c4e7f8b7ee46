import { createHmac, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { database, type Cast, type Expected } from './cast.js';
import {
  ANY_PERSON,
  EVERYONE,
  F,
  N,
  O,
  one,
  U,
  type CellContext,
  type MutationRow,
  type Target,
} from './mutation-row.js';
import { ADMIN_ONLY } from './mutations-places.js';
import type { QueryRow } from './queries.js';

/**
 * Notifications (decision 025): each person reads and marks their own inbox and sets their own
 * preferences; an unsubscribe link works for whoever holds it; only the regency admin sees and
 * retries failed deliveries. Inbox items and deliveries are inserted straight into PostgreSQL.
 */

const NIL = '00000000-0000-0000-0000-000000000000';
/** Another person's notice is not found. */
const OWN_NOTICE: Expected = { anonymous: U, buyer: O, sellerA: N, sellerB: N, staff: N, admin: N };

const marker = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

/** An order.placed event for the user, with its inbox item (unread); the ids of both. */
export async function insertNotice(userId: string, title = marker('Pesanan Matriks')) {
  const db = await database();
  const eventId = randomUUID();
  const itemId = randomUUID();
  await db.query(
    `insert into notifications.events (id, type, recipient_user_id, occurred_at, data)
     values ($1, 'order.placed', $2, now(), $3)`,
    [eventId, userId, JSON.stringify({ orderCode: 'KMP-MATRIKS', total: 10000 })],
  );
  await db.query(
    `insert into notifications.inbox_items (id, event_id, user_id, title, title_en, body, body_en)
     values ($1, $2, $3, $4, $4, 'Pesanan Anda menunggu pembayaran.', 'Your order is awaiting payment.')`,
    [itemId, eventId, userId, title],
  );
  return { eventId, itemId, title };
}

/** An email that failed for good, with a last error of its own; the delivery's id. */
export async function insertFailedDelivery(lastError = marker('Kotak surat penuh')) {
  const db = await database();
  const eventId = randomUUID();
  const deliveryId = randomUUID();
  await db.query(
    `insert into notifications.events (id, type, recipient_user_id, occurred_at, data)
     values ($1, 'order.placed', $2, now(), $3)`,
    [eventId, randomUUID(), JSON.stringify({ orderCode: 'KMP-MATRIKS', total: 10000 })],
  );
  await db.query(
    `insert into notifications.deliveries (id, event_id, channel, recipient, status, attempts, last_error)
     values ($1, $2, 'EMAIL', $3, 'FAILED', 5, $4)`,
    [deliveryId, eventId, `gagal-${deliveryId.slice(0, 8)}@kampung.test`, lastError],
  );
  return { deliveryId, lastError };
}

/** The unsubscribe link's token (subgraphs/notifications/src/sending/unsubscribe.ts). */
const unsubscribeToken = (userId: string, group: string) =>
  `${userId}.${group}.${createHmac('sha256', `unsubscribe:${inject('system').jwtSecret}`)
    .update(`${userId}.${group}`)
    .digest('base64url')}`;

const MARK_READ = graphql('mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }');
const MARK_ALL_READ = graphql('mutation { markAllNotificationsRead }');
const SET_PREFERENCE = graphql(
  'mutation($channel: NotificationChannel!, $group: NotificationGroup!, $enabled: Boolean!) { setNotificationPreference(channel: $channel, group: $group, enabled: $enabled) { channel group enabled } }',
);
const UNSUBSCRIBE = graphql('mutation($token: String!) { unsubscribeEmail(token: $token) }');
const RETRY = graphql('mutation($id: ID!) { retryDelivery(id: $id) { id status } }');

const inboxItem = (t: Target) => one('select id, read_at from notifications.inbox_items where id = $1', t.itemId);
const preferencesOf = (userId: string | undefined) =>
  one(
    'select channel, event_group, enabled from notifications.preferences where user_id = $1 order by channel, event_group',
    userId ?? NIL,
  );

export const NOTIFICATION_MUTATIONS: MutationRow[] = [
  {
    field: 'markNotificationRead',
    label: "markNotificationRead: the buyer's notice",
    expected: OWN_NOTICE,
    prepare: ({ cast }: CellContext) => insertNotice(cast.buyer.id),
    run: (t, { token }) => callApi(MARK_READ, { id: t.itemId }, { token }),
    written: inboxItem,
  },
  {
    field: 'markAllNotificationsRead',
    label: "markAllNotificationsRead: one's own notices (the buyer's stay unread for anyone else)",
    expected: ANY_PERSON,
    prepare: async ({ cast, userId }: CellContext) => ({
      own: userId ? (await insertNotice(userId)).itemId : undefined,
      buyers: (await insertNotice(cast.buyer.id)).itemId,
    }),
    run: (_t, { token }) => callApi(MARK_ALL_READ, {}, { token }),
    written: async (t) => [await inboxItem({ itemId: t.own ?? NIL }), await inboxItem({ itemId: t.buyers })],
  },
  {
    field: 'setNotificationPreference',
    label: "setNotificationPreference: one's own order emails",
    expected: ANY_PERSON,
    prepare: async ({ userId }: CellContext) => {
      await (
        await database()
      ).query("delete from notifications.preferences where user_id = $1 and channel = 'EMAIL'", [userId ?? NIL]);
      return {};
    },
    run: (_t, { token }) => callApi(SET_PREFERENCE, { channel: 'EMAIL', group: 'ORDERS', enabled: false }, { token }),
    written: (_t, { userId }) => preferencesOf(userId),
  },
  {
    field: 'unsubscribeEmail',
    label: "unsubscribeEmail: whoever holds a person's link",
    expected: EVERYONE,
    prepare: async () => {
      const userId = randomUUID();
      return { userId, token: unsubscribeToken(userId, 'shop') };
    },
    run: async (t, { token }) => {
      const result = await callApi(UNSUBSCRIBE, { token: t.token }, { token });
      if (result.data && result.data.unsubscribeEmail !== true) return 'BAD_USER_INPUT';
      return result;
    },
    written: (t) => preferencesOf(t.userId),
  },
  {
    field: 'retryDelivery',
    label: 'retryDelivery: a failed email',
    expected: ADMIN_ONLY,
    prepare: () => insertFailedDelivery(),
    run: (t, { token }) => callApi(RETRY, { id: t.deliveryId }, { token }),
    written: (t) =>
      one('select status, attempts, last_error from notifications.deliveries where id = $1', t.deliveryId),
  },
];

/** The query rows' data, inserted once (the first cell that needs it). */
const NOTICE_TITLE = marker('Pesanan Rahasia Matriks');
const FAILED_ERROR = marker('Kotak surat rahasia penuh');
let notice: Promise<unknown> | undefined;
let failed: Promise<unknown> | undefined;
const buyerNotice = (cast: Cast) => (notice ??= insertNotice(cast.buyer.id, NOTICE_TITLE));
const failedDelivery = () => (failed ??= insertFailedDelivery(FAILED_ERROR));

/** Notifications' private queries: the buyer's inbox, one's own counts and choices, the admin's failed deliveries. */
export const NOTIFICATION_QUERY_ROWS: QueryRow[] = [
  {
    field: 'myNotifications',
    label: "myNotifications: the buyer's notice",
    expected: {
      anonymous: U,
      buyer: 'VISIBLE',
      sellerA: 'HIDDEN',
      sellerB: 'HIDDEN',
      staff: 'HIDDEN',
      admin: 'HIDDEN',
    },
    prepare: async (_w, cast) => void (await buyerNotice(cast)),
    query: graphql('{ myNotifications(first: 100) { edges { node { id title body } } } }'),
    secrets: () => [NOTICE_TITLE],
  },
  {
    field: 'unreadNotificationCount',
    label: "unreadNotificationCount: one's own",
    expected: { anonymous: U, buyer: O, sellerA: O, sellerB: O, staff: O, admin: O },
    query: graphql('{ unreadNotificationCount }'),
    secrets: () => [],
  },
  {
    field: 'myNotificationPreferences',
    label: "myNotificationPreferences: one's own",
    expected: { anonymous: U, buyer: O, sellerA: O, sellerB: O, staff: O, admin: O },
    query: graphql('{ myNotificationPreferences { channel group enabled changeable } }'),
    secrets: () => [],
  },
  {
    field: 'failedDeliveries',
    label: 'failedDeliveries: a failed email and its error (regency admin)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: 'VISIBLE' },
    prepare: async () => void (await failedDelivery()),
    query: graphql('{ failedDeliveries(first: 100) { edges { node { id recipient lastError } } } }'),
    secrets: () => [FAILED_ERROR],
  },
];
