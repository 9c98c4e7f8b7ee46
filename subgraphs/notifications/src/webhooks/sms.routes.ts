import { sendError, type Logger, type Route } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyDeliveryStatus, type ReportedStatus } from './delivery-status.js';
import { safeEqual, twilioSignature } from './signatures.js';

/**
 * Twilio's MessageStatus values and ours. `queued`, `accepted`, `scheduled`, `sending`,
 * `canceled` are steps before the hand-over or not ours to track: they change nothing.
 */
const TWILIO_STATUS: Record<string, ReportedStatus> = {
  sent: 'SENT',
  delivered: 'DELIVERED',
  read: 'READ',
  undelivered: 'FAILED',
  failed: 'FAILED',
};

export interface SmsWebhookConfig {
  authToken?: string;
  /** The callback URL exactly as given to Twilio (SMS_STATUS_CALLBACK_URL): the signature covers it. */
  callbackUrl?: string;
}

/**
 * `POST /webhooks/sms/status`: Twilio's status callback, form-encoded, accepted only with a valid
 * `X-Twilio-Signature`; answered 204 (Twilio reads no body from a status callback).
 */
export function smsWebhookRoutes(
  config: SmsWebhookConfig,
  em: () => EntityManager,
  logger: Logger,
): Record<string, Route> {
  const status: Route = async (req, res, body) => {
    if (!config.authToken || !config.callbackUrl) {
      return sendError(res, 503, 'UNAVAILABLE', 'SMS belum dikonfigurasi', 'SMS is not configured');
    }
    const signature = req.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || signature.length === 0) {
      return sendError(res, 401, 'UNAUTHENTICATED', 'Tanda tangan tidak ada', 'Signature missing');
    }
    const params = new URLSearchParams(body.toString('utf8'));
    if (!safeEqual(signature, twilioSignature(config.authToken, config.callbackUrl, params))) {
      return sendError(res, 403, 'FORBIDDEN', 'Tanda tangan tidak valid', 'Signature is not valid');
    }
    const sid = params.get('MessageSid') ?? '';
    const reported = TWILIO_STATUS[params.get('MessageStatus') ?? ''];
    let outcome = 'IGNORED';
    if (reported && /^(SM|MM)[0-9a-f]{32}$/i.test(sid)) {
      const code = params.get('ErrorCode');
      outcome = await applyDeliveryStatus(em(), {
        channel: 'SMS',
        providerMessageId: sid,
        status: reported,
        error: reported === 'FAILED' ? `sms code ${code && /^\d+$/.test(code) ? code : 'unknown'}` : undefined,
      });
    }
    logger.info({ provider: 'sms', outcome }, 'delivery status');
    res.writeHead(204);
    res.end();
  };
  return { 'POST /webhooks/sms/status': status };
}
