import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';

export const ordersEnvSchema = baseEnvSchema.extend({
  PRODUCTS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  SELLERS_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /** Where the notification relay hands events (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
  /** Where the buyer returns after paying (the storefront). */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  MIDTRANS_SERVER_KEY: z.string().min(1).optional(),
  MIDTRANS_CLIENT_KEY: z.string().min(1).optional(),
  MIDTRANS_IS_PRODUCTION: z.stringbool().default(false),
  /** Tests only: point the Midtrans client at a local fake. */
  MIDTRANS_API_BASE_URL: z.string().url().optional(),
  PAYMENT_WINDOW_MINUTES: z.coerce.number().positive().default(60),
  AUTO_COMPLETE_DAYS: z.coerce.number().positive().default(7),
  /** Days after delivery when the buyer is asked once to review (`order.review_reminder`). */
  REVIEW_REMINDER_DAYS: z.coerce.number().positive().default(3),
  JOB_INTERVAL_MS: z.coerce.number().int().min(100).default(3000),
  /** A checkout that reserved stock and wrote no order for this long died: its stock is given back. */
  CHECKOUT_ATTEMPT_STALE_MS: z.coerce.number().int().min(1000).default(120_000),
});

export type OrdersEnv = z.infer<typeof ordersEnvSchema>;
export type OrdersContext = RequestContext<OrdersEnv>;
