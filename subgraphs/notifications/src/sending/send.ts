import type { Logger, NotificationData, NotificationEventType } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutgoingMessage } from '../channels/channel.js';
import type { NotificationsEnv } from '../env.js';
import {
  absoluteLink,
  isEssential,
  render,
  TEMPLATES,
  whatsappTemplateName,
  type Language,
} from '../templates/templates.js';
import type { Adapters } from './adapters.js';
import { unsubscribeToken } from './unsubscribe.js';

interface Row {
  id: string;
  channel: 'EMAIL' | 'WHATSAPP' | 'SMS' | 'IN_APP';
  recipient: string;
  language: Language;
  status: string;
  type: NotificationEventType;
  recipient_user_id: string;
  link: string | null;
  data: NotificationData;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The message of a delivery in its recipient's language, with the page link and (email, non-essential) the unsubscribe link. */
export function buildMessage(env: NotificationsEnv, row: Row): OutgoingMessage & { headers?: Record<string, string> } {
  const { title, body } = render(row.type, row.data, row.language);
  const link = absoluteLink(env.STOREFRONT_URL, row.link);
  const en = row.language === 'en';
  const text = link ? `${body}\n\n${en ? 'Open' : 'Buka'}: ${link}` : body;
  const message: OutgoingMessage & { headers?: Record<string, string> } = {
    deliveryId: row.id,
    to: row.recipient,
    language: row.language,
    subject: title,
    text,
    template: { name: whatsappTemplateName(row.type), parameters: [title, body, link ?? ''] },
  };
  if (row.channel === 'EMAIL') {
    const parts = [`<p>${escapeHtml(body)}</p>`];
    if (link) parts.push(`<p><a href="${escapeHtml(link)}">${en ? 'Open' : 'Buka'}</a></p>`);
    if (!isEssential(row.type)) {
      const group = TEMPLATES[row.type].group;
      const unsubscribe = new URL('/akun/notifikasi/berhenti', env.STOREFRONT_URL);
      unsubscribe.searchParams.set('token', unsubscribeToken(env.JWT_SECRET, row.recipient_user_id, group));
      const label = en ? 'Stop these emails' : 'Berhenti menerima email ini';
      message.text += `\n\n${label}: ${unsubscribe}`;
      parts.push(
        `<p style="font-size:12px;color:#666"><a href="${escapeHtml(unsubscribe.toString())}">${label}</a></p>`,
      );
      message.headers = { 'List-Unsubscribe': `<${unsubscribe}>` };
    }
    message.html = parts.join('\n');
  }
  return message;
}

/**
 * Sends one delivery (the job of the delivery queue). Idempotent: a delivery that is no longer
 * QUEUED (sent by an earlier run, or dead) is left alone. Returns RETRY when pg-boss should try
 * again later; on the last try a retryable failure makes the delivery DEAD instead.
 */
export async function sendDelivery(
  em: EntityManager,
  env: NotificationsEnv,
  adapters: Adapters,
  logger: Logger,
  deliveryId: string,
  { lastTry }: { lastTry: boolean },
): Promise<'DONE' | 'RETRY'> {
  const connection = em.getConnection();
  const [row] = await connection.execute<Row[]>(
    `select d.id, d.channel, d.recipient, d.language, d.status, e.type, e.recipient_user_id, e.link, e.data
       from "notifications"."deliveries" d join "notifications"."events" e on e.id = d.event_id where d.id = ?`,
    [deliveryId],
  );
  if (!row || row.status !== 'QUEUED') return 'DONE';
  const adapter = row.channel === 'IN_APP' ? undefined : adapters[row.channel];
  const result = adapter
    ? await adapter.send(buildMessage(env, row))
    : ({ status: 'FAILED', reason: `channel ${row.channel} is not configured` } as const);
  if (result.status === 'ACCEPTED') {
    // A status callback may already have matched this delivery by its id: never move it back.
    await connection.execute(
      `update "notifications"."deliveries" set status = case when status = 'QUEUED' then 'SENT' else status end,
         provider_message_id = coalesce(provider_message_id, ?), attempts = attempts + 1, last_error = null, updated_at = now()
       where id = ?`,
      [result.providerMessageId, deliveryId],
    );
    logger.info({ deliveryId, channel: row.channel, type: row.type }, 'notification sent');
    return 'DONE';
  }
  const dead = result.status === 'FAILED' || lastTry;
  const status = result.status === 'FAILED' ? 'FAILED' : dead ? 'DEAD' : 'QUEUED';
  await connection.execute(
    `update "notifications"."deliveries" set status = ?, attempts = attempts + 1, last_error = ?, updated_at = now()
      where id = ? and status = 'QUEUED'`,
    [status, result.reason.slice(0, 300), deliveryId],
  );
  logger.warn({ deliveryId, channel: row.channel, status }, 'notification not sent');
  return dead ? 'DONE' : 'RETRY';
}
