import { z } from 'zod';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel.js';

/**
 * SMS through Twilio's Programmable Messaging REST API (decision 026):
 * `POST {SMS_API_URL}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded, HTTP
 * basic auth (Account SID, Auth Token), answered 201 with the Message resource (`sid: "SM…"`).
 * Twilio posts each later status to the `StatusCallback` URL given here, signed with
 * `X-Twilio-Signature` (webhooks/sms.routes.ts).
 */
export const smsEnvSchema = z.object({
  SMS_API_URL: z.string().url().default('https://api.twilio.com'),
  SMS_ACCOUNT_SID: z.string().min(1).optional(),
  SMS_AUTH_TOKEN: z.string().min(1).optional(),
  /** The sender: a Twilio number (+1…) or an approved alphanumeric sender ID ("KAMPUNG"). */
  SMS_FROM: z.string().min(1).optional(),
  /**
   * The public URL of `POST /webhooks/sms/status` exactly as Twilio will call it: it is sent with
   * each message and is part of what the signature covers.
   */
  SMS_STATUS_CALLBACK_URL: z.string().url().optional(),
  SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});
export type SmsEnv = z.infer<typeof smsEnvSchema>;

/** One SMS segment is 160 GSM-7 characters; Twilio splits longer bodies up to 1,600 characters. */
export const SMS_MAX_LENGTH = 1600;

/** The form Twilio's Messages API takes. */
export function smsRequestForm(message: OutgoingMessage, from: string, statusCallback?: string): URLSearchParams {
  const form = new URLSearchParams({ To: message.to, From: from, Body: message.text.slice(0, SMS_MAX_LENGTH) });
  if (statusCallback) form.set('StatusCallback', statusCallback);
  return form;
}

export class SmsAdapter implements ChannelAdapter {
  readonly channel = 'SMS' as const;

  constructor(
    private readonly config: {
      apiUrl: string;
      accountSid: string;
      authToken: string;
      from: string;
      statusCallbackUrl?: string;
      timeoutMs: number;
    },
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const { apiUrl, accountSid, authToken, from, statusCallbackUrl, timeoutMs } = this.config;
    const url = `${apiUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: smsRequestForm(message, from, statusCallbackUrl).toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      return { status: 'RETRY', reason: name === 'TimeoutError' ? 'sms: timeout' : `sms: network ${name}` };
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON (a proxy's page): the status alone decides.
    }
    if (response.ok) {
      const sid = (body as { sid?: unknown } | null)?.sid;
      if (typeof sid === 'string' && sid.length > 0) return { status: 'ACCEPTED', providerMessageId: sid };
      return { status: 'RETRY', reason: `sms: HTTP ${response.status} without a message sid` };
    }
    // Twilio's error body is { code, message, more_info, status }; only the code is kept (the message can quote the number).
    const code = (body as { code?: unknown } | null)?.code;
    const reason = `sms: HTTP ${response.status}${typeof code === 'number' ? ` code ${code}` : ''}`;
    if (response.status === 429 || response.status >= 500) return { status: 'RETRY', reason };
    return { status: 'FAILED', reason };
  }
}

/** The adapter, or null when SMS is not configured (account, token or sender missing): the channel is then off. */
export function createSmsAdapter(env: Partial<Record<keyof SmsEnv, unknown>>): SmsAdapter | null {
  const parsed = smsEnvSchema.parse(env);
  if (!parsed.SMS_ACCOUNT_SID || !parsed.SMS_AUTH_TOKEN || !parsed.SMS_FROM) return null;
  return new SmsAdapter({
    apiUrl: parsed.SMS_API_URL,
    accountSid: parsed.SMS_ACCOUNT_SID,
    authToken: parsed.SMS_AUTH_TOKEN,
    from: parsed.SMS_FROM,
    statusCallbackUrl: parsed.SMS_STATUS_CALLBACK_URL,
    timeoutMs: parsed.SMS_TIMEOUT_MS,
  });
}
