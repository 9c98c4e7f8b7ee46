import { createHmac } from 'node:crypto';
import { safeEqual } from '../webhooks/signatures.js';
import { EVENT_GROUPS, type EventGroup } from '../templates/templates.js';

/**
 * The unsubscribe link's token: `<userId>.<group>.<hmac>`, signed with a key derived from
 * JWT_SECRET. It turns one group's email off and nothing else, so it needs no expiry.
 */
const sign = (secret: string, userId: string, group: string) =>
  createHmac('sha256', `unsubscribe:${secret}`).update(`${userId}.${group}`).digest('base64url');

export const unsubscribeToken = (secret: string, userId: string, group: EventGroup): string =>
  `${userId}.${group}.${sign(secret, userId, group)}`;

export function readUnsubscribeToken(secret: string, token: string): { userId: string; group: EventGroup } | null {
  const [userId, group, mac, ...rest] = token.split('.');
  if (!userId || !group || !mac || rest.length) return null;
  if (!(EVENT_GROUPS as readonly string[]).includes(group)) return null;
  if (!safeEqual(mac, sign(secret, userId, group))) return null;
  return { userId, group: group as EventGroup };
}
