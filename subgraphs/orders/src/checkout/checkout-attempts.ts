import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError, type RequestContext } from '@kampung/shared';
import type { Logger } from 'pino';
import type { ProductsClient } from '../clients/products.client.js';

type EntityManager = RequestContext['em'];

const A = '"orders"."checkout_attempts"';
const O = '"orders"."orders"';
const SWEEP_BATCH = 50;

export const inProgress = () =>
  new AppError(
    'CONFLICT',
    {
      id: 'Checkout ini sedang diproses, coba lagi sebentar lagi',
      en: 'This checkout is in progress, please try again shortly',
    },
    { retryable: true },
  );

/**
 * A checkout's promise to either write its order or give its stock back. The row is written
 * (committed) before stock is reserved and deleted in the order's own transaction, so a row
 * that outlives CHECKOUT_ATTEMPT_STALE_MS belongs to a checkout that died in between; the
 * order jobs then release its stock (`sweepStaleAttempts`).
 */
export class CheckoutAttempts {
  constructor(private readonly em: EntityManager) {}

  /** The order an earlier checkout with this key placed, if any. */
  async orderIdFor(buyerId: string, key: string): Promise<string | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from ${O} where buyer_id = ? and idempotency_key = ?`,
      [buyerId, key],
    );
    return rows[0]?.id ?? null;
  }

  /** Records the attempt; with a key already in use by a live attempt, refuses (retryable). */
  async begin(orderId: string, buyerId: string, key: string | null): Promise<void> {
    try {
      await this.em.execute(`insert into ${A} (order_id, buyer_id, idempotency_key) values (?, ?, ?)`, [
        orderId,
        buyerId,
        key,
      ]);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw inProgress();
      throw error;
    }
  }

  /** Inside the order's transaction: the attempt ends with its order, or the sweeper had given up on it. */
  async completeIn(tx: EntityManager, orderId: string, key: string | null): Promise<void> {
    const removed = await tx.execute<{ order_id: string }[]>(`delete from ${A} where order_id = ? returning order_id`, [
      orderId,
    ]);
    if (removed.length === 0) throw inProgress();
    if (key) await tx.execute(`update ${O} set idempotency_key = ? where id = ?`, [key, orderId]);
  }

  /** The order was not written and its stock was given back. */
  async forget(orderId: string): Promise<void> {
    await this.em.execute(`delete from ${A} where order_id = ?`, [orderId]);
  }
}

/** Gives back the stock of checkouts that died between reserving and writing their order. */
export async function sweepStaleAttempts(
  em: EntityManager,
  products: ProductsClient,
  staleMs: number,
  logger: Logger,
): Promise<number> {
  const stale = await em.execute<{ order_id: string }[]>(
    `select order_id from ${A} where created_at < now() - (? * interval '1 millisecond') order by created_at limit ${SWEEP_BATCH}`,
    [staleMs],
  );
  let released = 0;
  for (const { order_id: orderId } of stale) {
    await em
      .transactional(async (tx) => {
        // Locked, so the checkout (if it still runs) cannot write its order while the stock goes back.
        const locked = await tx.execute(`select order_id from ${A} where order_id = ? for update skip locked`, [
          orderId,
        ]);
        if (locked.length === 0) return;
        const order = await tx.execute(`select id from ${O} where id = ?`, [orderId]);
        if (order.length === 0) {
          await products.release(orderId);
          released++;
        }
        await tx.execute(`delete from ${A} where order_id = ?`, [orderId]);
      })
      .catch((error: unknown) => logger.warn({ err: error, orderId }, 'could not settle a stale checkout attempt'));
  }
  return released;
}
