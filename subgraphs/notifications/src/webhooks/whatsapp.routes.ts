import { sendError, sendJson, type Logger, type Route } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyDeliveryStatus, type ApplyOutcome, type ReportedStatus } from './delivery-status.js';
import { safeEqual, whatsappSignature } from './signatures.js';

/** Cloud API message statuses and ours; `deleted`, `warning` and the like change nothing. */
const WHATSAPP_STATUS: Record<string, ReportedStatus> = {
  sent: 'SENT',
  delivered: 'DELIVERED',
  read: 'READ',
  failed: 'FAILED',
};

interface WhatsAppStatus {
  id?: unknown;
  status?: unknown;
  biz_opaque_callback_data?: unknown;
  errors?: { code?: unknown }[];
}
interface WhatsAppNotification {
  object?: unknown;
  entry?: { changes?: { field?: unknown; value?: { statuses?: WhatsAppStatus[] } }[] }[];
}

/** Every status in one notification: Meta batches several entries and changes into one POST. */
export function statusesOf(notification: WhatsAppNotification): WhatsAppStatus[] {
  if (!Array.isArray(notification.entry)) return [];
  return notification.entry.flatMap((entry) =>
    (Array.isArray(entry?.changes) ? entry.changes : []).flatMap((change) =>
      Array.isArray(change?.value?.statuses) ? change.value.statuses : [],
    ),
  );
}

export interface WhatsAppWebhookConfig {
  appSecret?: string;
  verifyToken?: string;
}

/**
 * `GET /webhooks/whatsapp`: the subscription handshake (`hub.mode=subscribe`, our verify token,
 * answered with `hub.challenge`). `POST /webhooks/whatsapp`: status notifications, accepted only
 * with a valid `X-Hub-Signature-256` over the raw body; 200 once applied, so Meta does not resend.
 */
export function whatsappWebhookRoutes(
  config: WhatsAppWebhookConfig,
  em: () => EntityManager,
  logger: Logger,
): Record<string, Route> {
  const verify: Route = (req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const token = query.get('hub.verify_token') ?? '';
    const challenge = query.get('hub.challenge') ?? '';
    if (
      !config.verifyToken ||
      query.get('hub.mode') !== 'subscribe' ||
      !safeEqual(token, config.verifyToken) ||
      !/^[\w-]{1,200}$/.test(challenge)
    ) {
      return sendError(res, 403, 'FORBIDDEN', 'Token verifikasi tidak cocok', 'Verify token does not match');
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(challenge);
  };

  const notify: Route = async (req, res, body) => {
    if (!config.appSecret) {
      return sendError(res, 503, 'UNAVAILABLE', 'WhatsApp belum dikonfigurasi', 'WhatsApp is not configured');
    }
    const signature = req.headers['x-hub-signature-256'];
    if (typeof signature !== 'string' || signature.length === 0) {
      return sendError(res, 401, 'UNAUTHENTICATED', 'Tanda tangan tidak ada', 'Signature missing');
    }
    if (!safeEqual(signature, whatsappSignature(config.appSecret, body))) {
      return sendError(res, 403, 'FORBIDDEN', 'Tanda tangan tidak valid', 'Signature is not valid');
    }
    let notification: WhatsAppNotification;
    try {
      notification = JSON.parse(body.toString('utf8')) as WhatsAppNotification;
    } catch {
      return sendError(res, 400, 'BAD_REQUEST', 'Isi permintaan bukan JSON yang valid', 'Body is not valid JSON');
    }
    const counts: Record<ApplyOutcome | 'IGNORED', number> = { UPDATED: 0, UNCHANGED: 0, UNKNOWN: 0, IGNORED: 0 };
    for (const item of statusesOf(notification ?? {})) {
      const status = typeof item.status === 'string' ? WHATSAPP_STATUS[item.status] : undefined;
      if (!status || typeof item.id !== 'string' || item.id.length === 0 || item.id.length > 255) {
        counts.IGNORED++;
        continue;
      }
      const code = Array.isArray(item.errors) ? item.errors[0]?.code : undefined;
      const outcome = await applyDeliveryStatus(em(), {
        channel: 'WHATSAPP',
        providerMessageId: item.id,
        status,
        deliveryId: typeof item.biz_opaque_callback_data === 'string' ? item.biz_opaque_callback_data : undefined,
        error: status === 'FAILED' ? `whatsapp code ${typeof code === 'number' ? code : 'unknown'}` : undefined,
      });
      counts[outcome]++;
    }
    // Counts only: no numbers, ids or texts in the log.
    logger.info({ provider: 'whatsapp', ...counts }, 'delivery statuses');
    sendJson(res, 200, { received: true });
  };

  return { 'GET /webhooks/whatsapp': verify, 'POST /webhooks/whatsapp': notify };
}
