/** The ways a message reaches a person (decision 025). */
export const CHANNELS = ['IN_APP', 'EMAIL', 'WHATSAPP', 'SMS'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One rendered message for one channel, ready to hand to a provider. */
export interface OutgoingMessage {
  /** The delivery's id in notifications: providers get it as an idempotency key / client reference where they take one. */
  deliveryId: string;
  /** Email address, or phone number as +628… for WhatsApp and SMS. */
  to: string;
  language: 'id' | 'en';
  /** Email subject; SMS and WhatsApp ignore it. */
  subject: string;
  /** Plain text body (email text part, SMS text, WhatsApp fallback). */
  text: string;
  /** Email HTML body. */
  html?: string;
  /** WhatsApp Cloud API template name and its body parameters, in order. */
  template?: { name: string; parameters: string[] };
}

export type SendResult =
  /** The provider took it; its id links later delivery-status callbacks to the delivery. */
  | { status: 'ACCEPTED'; providerMessageId: string }
  /** Worth retrying later (timeout, 429, 5xx). */
  | { status: 'RETRY'; reason: string }
  /** Retrying cannot help (4xx other than 429: bad number, unknown template). */
  | { status: 'FAILED'; reason: string };

/** A provider behind one channel. Implementations never throw for provider answers; they return a SendResult. */
export interface ChannelAdapter {
  readonly channel: Exclude<Channel, 'IN_APP'>;
  send(message: OutgoingMessage): Promise<SendResult>;
}
