import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUnavailableError, sendJson, type SubgraphServices } from '@kampung/shared';
import { ProductsClient } from '../clients/products.client.js';
import type { OrdersEnv } from '../env.js';
import { Order } from '../orders/order.entity.js';
import { rupiahOf, signatureMatches, snapOf } from './midtrans.js';
import { PaymentNotification } from './payment.entity.js';
import { applyPaymentOutcome, targetOf } from './payment-state.js';

const STATUS_TIMEOUT_MS = 3_500;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/**
 * `POST /payments/midtrans/notification`: verifies the signature (403 and nothing changes
 * when it is wrong), checks the amount against the order, confirms with Midtrans's status
 * API, then applies the outcome forward only. Every notification is stored with what it did.
 */
export function midtransNotificationRoute({ orm, env, logger }: SubgraphServices<OrdersEnv>) {
  const products = new ProductsClient(env);
  return async (_req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    const em = orm.em.fork();
    let body: Record<string, unknown> = {};
    const record = async (outcome: string, signatureValid: boolean) => {
      em.create(PaymentNotification, {
        orderId: typeof body.order_id === 'string' ? body.order_id.slice(0, 64) : null,
        transactionStatus: typeof body.transaction_status === 'string' ? body.transaction_status.slice(0, 30) : null,
        signatureValid,
        outcome,
        payload: body,
        createdAt: new Date(),
      });
      await em.flush();
    };
    const answer = async (status: number, outcome: string, signatureValid: boolean) => {
      await record(outcome, signatureValid).catch((error: unknown) =>
        logger.error({ err: error }, 'could not store notification'),
      );
      sendJson(res, status, { status: outcome });
    };

    const snap = snapOf(env);
    if (!snap || !env.MIDTRANS_SERVER_KEY) return sendJson(res, 404, { status: 'MIDTRANS_DISABLED' });
    try {
      const parsed: unknown = JSON.parse(raw.toString('utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      return answer(400, 'BAD_REQUEST', false);
    }
    if (!signatureMatches(body, env.MIDTRANS_SERVER_KEY)) return answer(403, 'BAD_SIGNATURE', false);

    const orderId = String(body.order_id);
    let order: Order | null;
    try {
      order = /^[0-9a-f-]{36}$/i.test(orderId) ? await em.findOne(Order, { id: orderId }) : null;
    } catch (error) {
      if (!isUnavailableError(error)) throw error;
      // Nothing can be recorded either; Midtrans retries a notification that is not answered 2xx.
      logger.warn({ orderId }, 'Midtrans notification while the database is unreachable');
      return sendJson(res, 503, { status: 'UNAVAILABLE' });
    }
    if (!order) return answer(404, 'UNKNOWN_ORDER', true);
    if (rupiahOf(body.gross_amount) !== order.totalAmount) return answer(400, 'AMOUNT_MISMATCH', true);

    let confirmed: Record<string, unknown>;
    try {
      confirmed = await withTimeout(snap.transaction.status(orderId), STATUS_TIMEOUT_MS);
    } catch (error) {
      logger.warn({ err: error, orderId }, 'Midtrans status check failed');
      return answer(503, 'STATUS_CHECK_FAILED', true);
    }
    if (rupiahOf(confirmed.gross_amount) !== order.totalAmount) return answer(400, 'AMOUNT_MISMATCH', true);
    const transactionStatus = String(confirmed.transaction_status ?? '');
    const target = targetOf(
      transactionStatus,
      typeof confirmed.fraud_status === 'string' ? confirmed.fraud_status : undefined,
    );
    if (!target) return answer(200, 'IGNORED', true);
    try {
      const outcome = await applyPaymentOutcome(em, products, orderId, target, {
        note: `Midtrans: ${transactionStatus}`,
        transactionStatus,
      });
      return answer(200, outcome, true);
    } catch (error) {
      if (isUnavailableError(error)) {
        logger.warn({ orderId }, 'Midtrans notification not applied: a dependency is unreachable');
        return answer(503, 'UNAVAILABLE', true);
      }
      logger.error({ err: error, orderId }, 'could not apply Midtrans notification');
      return answer(500, 'ERROR', true);
    }
  };
}
