import { isUnavailableError, type SubgraphServices } from '@kampung/shared';
import { sweepStaleAttempts } from '../checkout/checkout-attempts.js';
import { ProductsClient } from '../clients/products.client.js';
import type { OrdersEnv } from '../env.js';
import { applyPaymentOutcome } from '../payments/payment-state.js';
import { autoComplete } from '../fulfilment/completion.js';
import { remindReviews } from '../notifications/review-reminders.js';

const BATCH = 20;

/**
 * Polls the database, so it survives restarts and runs safely on several replicas
 * (`FOR UPDATE SKIP LOCKED`): unpaid orders past their payment window expire and give
 * their stock back; parts delivered AUTO_COMPLETE_DAYS ago complete; checkouts that died
 * between reserving stock and writing their order give it back.
 */
export function startOrderJobs(services: SubgraphServices<OrdersEnv>): () => Promise<void> {
  const { orm, env, logger } = services;
  const products = new ProductsClient(env);
  let running: Promise<void> | null = null;
  let stopped = false;

  const expireDue = async () => {
    const em = orm.em.fork();
    for (;;) {
      const ids = await em.transactional(async (tx) => {
        const rows = await tx.execute<{ id: string }[]>(
          `select id from "orders"."orders" where status = 'PENDING_PAYMENT' and payment_due_at < now()
            order by payment_due_at limit ? for update skip locked`,
          [BATCH],
        );
        // Each order is then expired under its own lock (applyPaymentOutcome re-checks its state).
        return rows.map((row) => row.id);
      });
      for (const id of ids) {
        await applyPaymentOutcome(em, products, id, 'EXPIRED', {
          note: 'Batas waktu pembayaran habis / Payment window ended',
        }).catch((error: unknown) => logger.warn({ err: error, orderId: id }, 'could not expire order'));
      }
      if (ids.length < BATCH || stopped) return;
    }
  };

  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        await sweepStaleAttempts(orm.em.fork(), products, env.CHECKOUT_ATTEMPT_STALE_MS, logger);
        await expireDue();
        await autoComplete(orm.em.fork(), env.AUTO_COMPLETE_DAYS);
        await remindReviews(orm.em.fork(), env.REVIEW_REMINDER_DAYS);
      } catch (error) {
        // The database or products away (a restart): expected, and the next tick retries.
        if (isUnavailableError(error))
          logger.warn(
            { err: { name: (error as Error).name, code: (error as { code?: string }).code } },
            'order job waiting for a dependency',
          );
        else logger.error({ err: error }, 'order job failed');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, env.JOB_INTERVAL_MS);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
