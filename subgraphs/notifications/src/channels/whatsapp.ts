import { z } from 'zod';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel.js';

/**
 * WhatsApp through Meta's WhatsApp Business Cloud API (decision 026): a business-initiated
 * message is a pre-approved template, `POST {WHATSAPP_API_URL}/{phone-number-id}/messages`
 * with a Bearer token, answered `{ messages: [{ id: "wamid…" }] }`. Delivery-status
 * callbacks come to webhooks/whatsapp.routes.ts, matched by that id.
 */
export const whatsappEnvSchema = z.object({
  /** The Graph API base with its version; the local fake's URL in development and tests. */
  WHATSAPP_API_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  WHATSAPP_TOKEN: z.string().min(1).optional(),
  /** The Meta app secret: callbacks carry `X-Hub-Signature-256: sha256=<HMAC of the raw body>`. */
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  /** Echoed handshake when the callback URL is registered (`hub.verify_token`). */
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});
export type WhatsAppEnv = z.infer<typeof whatsappEnvSchema>;

/**
 * Graph error codes worth retrying even when the HTTP status is 400: throughput and pair rate
 * limits (130429, 131056, 80007, 4), temporary service trouble (1, 2, 131000, 131016, 133004).
 */
const RETRYABLE_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004]);

/** `+6281234567890` → `6281234567890`: the Cloud API takes the number with its country code, no `+`. */
export const waRecipient = (to: string) => to.replace(/^\+/, '');

/**
 * A template parameter as the Cloud API takes it: no newlines or tabs, no run of more than
 * four spaces (refused with 132018), never empty (refused as a missing parameter).
 */
export const templateParameter = (text: string) =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim() || '-';

/** The request body of one template message; its body parameters are `{{1}}`, `{{2}}`… in order. */
export function templateRequestBody(message: OutgoingMessage) {
  const template = message.template!;
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: waRecipient(message.to),
    type: 'template',
    // Comes back on every status callback of this message: the delivery, even before the wamid is stored.
    biz_opaque_callback_data: message.deliveryId,
    template: {
      name: template.name,
      language: { code: message.language },
      components:
        template.parameters.length === 0
          ? []
          : [
              {
                type: 'body',
                parameters: template.parameters.map((text) => ({ type: 'text', text: templateParameter(text) })),
              },
            ],
    },
  };
}

interface GraphError {
  error?: { code?: number; type?: string };
}

export class WhatsAppAdapter implements ChannelAdapter {
  readonly channel = 'WHATSAPP' as const;

  constructor(
    private readonly config: {
      apiUrl: string;
      phoneNumberId: string;
      token: string;
      timeoutMs: number;
    },
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    // Outside a 24-hour customer window WhatsApp accepts templates only; free text would bounce.
    if (!message.template) return { status: 'FAILED', reason: 'whatsapp: no template for this message' };
    const url = `${this.config.apiUrl.replace(/\/$/, '')}/${encodeURIComponent(this.config.phoneNumberId)}/messages`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.config.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(templateRequestBody(message)),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      return { status: 'RETRY', reason: name === 'TimeoutError' ? 'whatsapp: timeout' : `whatsapp: network ${name}` };
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // An HTML error page from a proxy: the status alone decides.
    }
    if (response.ok) {
      const id = (body as { messages?: { id?: unknown }[] } | null)?.messages?.[0]?.id;
      if (typeof id === 'string' && id.length > 0) return { status: 'ACCEPTED', providerMessageId: id };
      return { status: 'RETRY', reason: `whatsapp: HTTP ${response.status} without a message id` };
    }
    // Only the status and the Graph code are kept: error texts can quote the number or parameters.
    const code = (body as GraphError | null)?.error?.code;
    const reason = `whatsapp: HTTP ${response.status}${typeof code === 'number' ? ` code ${code}` : ''}`;
    if (response.status === 429 || response.status >= 500 || (typeof code === 'number' && RETRYABLE_CODES.has(code)))
      return { status: 'RETRY', reason };
    return { status: 'FAILED', reason };
  }
}

/** The adapter, or null when WhatsApp is not configured (no phone number id or token): the channel is then off. */
export function createWhatsAppAdapter(env: Partial<Record<keyof WhatsAppEnv, unknown>>): WhatsAppAdapter | null {
  const parsed = whatsappEnvSchema.parse(env);
  if (!parsed.WHATSAPP_PHONE_NUMBER_ID || !parsed.WHATSAPP_TOKEN) return null;
  return new WhatsAppAdapter({
    apiUrl: parsed.WHATSAPP_API_URL,
    phoneNumberId: parsed.WHATSAPP_PHONE_NUMBER_ID,
    token: parsed.WHATSAPP_TOKEN,
    timeoutMs: parsed.WHATSAPP_TIMEOUT_MS,
  });
}
