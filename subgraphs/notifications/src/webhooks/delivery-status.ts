import type { EntityManager } from '@mikro-orm/postgresql';

/** What a provider can tell us about a message it took (decision 026). */
export type ReportedStatus = 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';

/**
 * The delivery statuses each reported one may replace: statuses only move forward
 * (QUEUED → SENT → DELIVERED → READ), and FAILED ends any delivery not yet final. A repeated
 * or late callback (delivered after read) therefore changes nothing.
 */
export const REPLACES: Record<ReportedStatus, readonly string[]> = {
  SENT: ['QUEUED'],
  DELIVERED: ['QUEUED', 'SENT'],
  READ: ['QUEUED', 'SENT', 'DELIVERED'],
  FAILED: ['QUEUED', 'SENT', 'DELIVERED'],
};

export interface StatusReport {
  channel: 'WHATSAPP' | 'SMS';
  providerMessageId: string;
  status: ReportedStatus;
  /** The delivery's own id when the provider echoes it back (WhatsApp's biz_opaque_callback_data). */
  deliveryId?: string;
  /** Provider error code only, never its text (it can quote the number). */
  error?: string;
}

export type ApplyOutcome = 'UPDATED' | 'UNCHANGED' | 'UNKNOWN';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Moves the delivery the provider's message id belongs to (or, when the worker has not stored
 * that id yet, the echoed delivery id) to the reported status if that is a step forward; one
 * statement, so concurrent callbacks for one message cannot move it backwards.
 */
export async function applyDeliveryStatus(em: EntityManager, report: StatusReport): Promise<ApplyOutcome> {
  const connection = em.getConnection();
  const from = REPLACES[report.status];
  const byDelivery = report.deliveryId && UUID.test(report.deliveryId) ? report.deliveryId : null;
  const match = byDelivery
    ? '(provider_message_id = ? or (provider_message_id is null and id = ?::uuid))'
    : 'provider_message_id = ?';
  const matchParams = byDelivery ? [report.providerMessageId, byDelivery] : [report.providerMessageId];
  const updated = await connection.execute<{ id: string }[]>(
    `update "notifications"."deliveries"
        set status = ?,
            provider_message_id = coalesce(provider_message_id, ?),
            last_error = case when ? = 'FAILED' then ? else last_error end,
            updated_at = now()
      where ${match} and channel = ? and status in (${from.map(() => '?').join(', ')})
      returning id`,
    [
      report.status,
      report.providerMessageId,
      report.status,
      report.error ?? null,
      ...matchParams,
      report.channel,
      ...from,
    ],
  );
  if (updated.length > 0) return 'UPDATED';
  const known = await connection.execute<{ id: string }[]>(
    `select id from "notifications"."deliveries" where ${match} and channel = ? limit 1`,
    [...matchParams, report.channel],
  );
  return known.length > 0 ? 'UNCHANGED' : 'UNKNOWN';
}
