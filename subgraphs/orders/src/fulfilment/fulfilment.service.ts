import { LockMode, type FilterQuery } from '@mikro-orm/core';
import {
  ConflictError,
  type Connection,
  isUuid,
  keysetPage,
  NotFoundError,
  requirePerson,
  UserInputError,
} from '@kampung/shared';
import { ProductsClient } from '../clients/products.client.js';
import { shopIdOf } from '../clients/sellers.client.js';
import type { OrdersContext } from '../env.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import type { SellerOrderStatus } from '../orders/order.status.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { moveSellerOrder, requireState } from '../orders/transitions.js';
import { Payment } from '../payments/payment.entity.js';
import { notifyBuyer, notifyRefund } from '../notifications/order-notifications.js';
import { syncOrderStatus } from './completion.js';

const PART = { id: 'Pesanan toko', en: 'Shop order' };
const HIDDEN_FROM_SELLER: SellerOrderStatus[] = ['PENDING_PAYMENT', 'EXPIRED'];
/** What the buyer hears of each step of a shop's part (decision 028). */
const BUYER_EVENT: Partial<
  Record<SellerOrderStatus, 'order.accepted' | 'order.shipped' | 'order.delivered' | 'order.cancelled'>
> = {
  ACCEPTED: 'order.accepted',
  SHIPPED: 'order.shipped',
  DELIVERED: 'order.delivered',
  CANCELLED: 'order.cancelled',
};
const eventData = (part: SellerOrder) => ({
  courier: part.courier,
  trackingNumber: part.trackingNumber,
  reason: part.status === 'CANCELLED' || part.cancelReason ? part.cancelReason : null,
});

/** A seller's side of orders: only their own shop's parts, found through the sellers subgraph. */
export class FulfilmentService {
  constructor(private readonly context: OrdersContext) {}

  private async shopId(): Promise<string> {
    const viewer = requirePerson(this.context.viewer);
    const shopId = await this.context.loaders
      .get<string, string | null>('Shop.byOwner', async (ids) =>
        Promise.all(ids.map((id) => shopIdOf(this.context.env, id))),
      )
      .load(viewer.userId);
    if (!shopId) throw new NotFoundError({ id: 'Toko Anda', en: 'Your shop' });
    return shopId;
  }

  async inbox(
    first?: number | null,
    after?: string | null,
    status?: SellerOrderStatus | null,
  ): Promise<Connection<SellerOrder>> {
    const sellerId = await this.shopId();
    const where: FilterQuery<SellerOrder> = { sellerId, status: status ?? { $nin: HIDDEN_FROM_SELLER } };
    return keysetPage(this.context.em, SellerOrder, { where, first, after, populate: ['order'] });
  }

  /** Another shop's part is NOT_FOUND, exactly like one that does not exist. */
  async get(id: string): Promise<SellerOrder> {
    const sellerId = await this.shopId();
    const part = isUuid(id)
      ? await this.context.em.findOne(SellerOrder, { id, sellerId }, { populate: ['order'] })
      : null;
    if (!part || HIDDEN_FROM_SELLER.includes(part.status)) throw new NotFoundError(PART);
    return part;
  }

  accept(id: string) {
    return this.step(id, ['PAID', 'PROCESSING'], 'ACCEPTED', { id: 'menerima pesanan', en: 'accept the order' });
  }

  ship(id: string, courier: string, trackingNumber: string) {
    const clean = (value: string, field: string) => {
      const text = value.trim();
      if (text.length < 1 || text.length > 60)
        throw UserInputError.field(field, {
          id: 'Wajib diisi (maks. 60 karakter)',
          en: 'Required (at most 60 characters)',
        });
      return text;
    };
    const c = clean(courier, 'courier');
    const t = clean(trackingNumber, 'trackingNumber');
    return this.step(id, ['ACCEPTED'], 'SHIPPED', { id: 'mengirim pesanan', en: 'ship the order' }, (part) => {
      part.courier = c;
      part.trackingNumber = t;
      return `${c} ${t}`;
    });
  }

  async deliver(id: string) {
    const part = await this.step(id, ['SHIPPED'], 'DELIVERED', { id: 'menandai diterima', en: 'mark delivered' });
    if (part.order.paymentMethod === 'COD') {
      // Cash collected on delivery: the stock is sold and the payment is in.
      await new ProductsClient(this.context.env).commit(part.order.id);
      await this.context.em.nativeUpdate(Payment, { orderId: part.order.id }, { status: 'PAID' });
    }
    return part;
  }

  async cancel(id: string, reason: string) {
    const text = reason.trim();
    if (text.length < 3 || text.length > 500)
      throw UserInputError.field('reason', {
        id: 'Alasan wajib diisi (3–500 karakter)',
        en: 'A reason is required (3–500 characters)',
      });
    const products = new ProductsClient(this.context.env);
    return this.step(
      id,
      ['PAID', 'PROCESSING', 'ACCEPTED'],
      'CANCELLED',
      { id: 'membatalkan pesanan', en: 'cancel the order' },
      async (part, tx) => {
        const lines = await tx.find(OrderLine, { sellerOrder: part });
        await products.release(
          part.order.id,
          lines.map((line) => line.variantId),
        );
        part.cancelReason = text;
        if (part.order.paymentMethod === 'MIDTRANS') {
          part.refundStatus = 'PENDING';
          notifyRefund(tx, part.order, part, 'PENDING', part.itemsTotal + part.shippingFee);
        }
        return `Dibatalkan penjual / Cancelled by the seller: ${text}`;
      },
    );
  }

  private async step(
    id: string,
    from: SellerOrderStatus[],
    to: SellerOrderStatus,
    what: { id: string; en: string },
    apply?: (part: SellerOrder, tx: OrdersContext['em']) => string | void | Promise<string | void>,
  ): Promise<SellerOrder> {
    const sellerId = await this.shopId();
    const actorId = this.context.viewer!.userId;
    if (!isUuid(id)) throw new NotFoundError(PART);
    const partId = await this.context.em.transactional(async (tx) => {
      const part = await tx.findOne(SellerOrder, { id, sellerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!part || HIDDEN_FROM_SELLER.includes(part.status)) throw new NotFoundError(PART);
      await tx.findOne(Order, { id: part.order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      requireState(part, from, what);
      const note = (await apply?.(part, tx)) ?? null;
      moveSellerOrder(tx, part, to, actorId, note);
      const event = BUYER_EVENT[to];
      if (event) notifyBuyer(tx, part.order, event, eventData(part), part);
      await tx.flush();
      await syncOrderStatus(tx, part.order, actorId);
      return part.id;
    });
    this.context.em.clear();
    const fresh = await this.context.em.findOne(SellerOrder, { id: partId }, { populate: ['order'] });
    if (!fresh) throw new ConflictError({ id: 'Pesanan berubah', en: 'The order changed' });
    return fresh;
  }
}
