import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';
import { smsEnvSchema } from './channels/sms.js';
import { whatsappEnvSchema } from './channels/whatsapp.js';

export const notificationsEnvSchema = baseEnvSchema
  .extend({
    ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
    /** Links in messages point here (`${STOREFRONT_URL}/akun/permohonan/<id>`). */
    STOREFRONT_URL: z.string().url().default('http://127.0.0.1:3000'),
    /** smtp://user:pass@host:port; `npm start` starts a local mail catcher when it is unset. Empty: email off. */
    SMTP_URL: z.string().default(''),
    MAIL_FROM: z.string().default('Smart Kampung <no-reply@smartkampung.local>'),
    /** Attempts per delivery after the first (pg-boss retryLimit); then the delivery is DEAD. */
    NOTIFICATION_RETRY_LIMIT: z.coerce.number().int().min(0).default(5),
    /** First retry delay in seconds; doubles each time (pg-boss retryBackoff). */
    NOTIFICATION_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(10),
    /** Quiet hours (WIB, UTC+7) for non-urgent messages on email, WhatsApp and SMS: "21-6"; empty: none. */
    NOTIFICATION_QUIET_HOURS: z.string().default('21-6'),
    /** The queue's polling interval (pg-boss workers). */
    NOTIFICATION_POLL_SECONDS: z.coerce.number().min(0.5).default(1),
  })
  .extend(whatsappEnvSchema.shape)
  .extend(smsEnvSchema.shape);

export type NotificationsEnv = z.infer<typeof notificationsEnvSchema>;
export type NotificationsContext = RequestContext<NotificationsEnv>;
