import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel.js';

/** SMTP reply codes worth another try: 4xx (temporary) and connection problems. */
const isTemporary = (error: unknown): boolean => {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return e.responseCode < 500;
  return true;
};

/** Email over SMTP with nodemailer (SMTP_URL, MAIL_FROM). */
export class EmailAdapter implements ChannelAdapter {
  readonly channel = 'EMAIL' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: OutgoingMessage & { headers?: Record<string, string> }): Promise<SendResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        headers: { 'X-Kampung-Delivery': message.deliveryId, ...message.headers },
      });
      return { status: 'ACCEPTED', providerMessageId: info.messageId };
    } catch (error) {
      const reason = `SMTP: ${(error as Error).message}`.slice(0, 300);
      return isTemporary(error) ? { status: 'RETRY', reason } : { status: 'FAILED', reason };
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The adapter, or null when no SMTP server is configured (email is then off). */
export const createEmailAdapter = (env: { SMTP_URL: string; MAIL_FROM: string }): EmailAdapter | null =>
  env.SMTP_URL ? new EmailAdapter(env.SMTP_URL, env.MAIL_FROM) : null;
