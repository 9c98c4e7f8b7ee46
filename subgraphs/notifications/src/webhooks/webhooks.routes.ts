import type { BaseEnv, Route, SubgraphServices } from '@kampung/shared';
import { smsEnvSchema } from '../channels/sms.js';
import { whatsappEnvSchema } from '../channels/whatsapp.js';
import { smsWebhookRoutes } from './sms.routes.js';
import { whatsappWebhookRoutes } from './whatsapp.routes.js';

/**
 * The providers' delivery-status callbacks beside /graphql (decision 026):
 * `GET|POST /webhooks/whatsapp` (Meta) and `POST /webhooks/sms/status` (Twilio). The
 * subgraph's env must carry the WHATSAPP_* and SMS_* variables (whatsappEnvSchema, smsEnvSchema).
 */
export function webhookRoutes({ orm, env, logger }: SubgraphServices<BaseEnv>): Record<string, Route> {
  const whatsapp = whatsappEnvSchema.parse(env);
  const sms = smsEnvSchema.parse(env);
  const em = () => orm.em.fork();
  return {
    ...whatsappWebhookRoutes(
      { appSecret: whatsapp.WHATSAPP_APP_SECRET, verifyToken: whatsapp.WHATSAPP_VERIFY_TOKEN },
      em,
      logger,
    ),
    ...smsWebhookRoutes({ authToken: sms.SMS_AUTH_TOKEN, callbackUrl: sms.SMS_STATUS_CALLBACK_URL }, em, logger),
  };
}
