import { randomUUID } from 'node:crypto';
import { ConflictError, UserInputError, requirePerson, validate } from '@kampung/shared';
import { CartLine } from '../carts/cart.entity.js';
import { CartService, type CartView } from '../carts/cart.service.js';
import { ProductsClient } from '../clients/products.client.js';
import type { OrdersContext } from '../env.js';
import { placeOrder } from '../orders/order-placement.js';
import { Order } from '../orders/order.entity.js';
import type { PaymentMethod } from '../orders/order.status.js';
import { snapOf } from '../payments/midtrans.js';
import { Payment } from '../payments/payment.entity.js';
import { applyPaymentOutcome } from '../payments/payment-state.js';
import { snapParameters } from '../payments/snap-request.js';
import { CheckoutAttempts } from './checkout-attempts.js';
import { checkoutSchema } from './checkout.validation.js';
import { shippingOptionOf } from './shipping.js';

export interface CheckoutOutcome {
  order: Order;
  redirectUrl: string | null;
}

/**
 * Cart → order: prices re-read from products, stock reserved in products (all or none,
 * under the new order's id), then the order, its parts per shop and its payment in one
 * transaction; a failure after the reservation gives the stock back.
 */
export class CheckoutService {
  private readonly products: ProductsClient;
  constructor(private readonly context: OrdersContext) {
    this.products = new ProductsClient(context.env);
  }

  paymentMethods(): PaymentMethod[] {
    return snapOf(this.context.env) ? ['MIDTRANS', 'COD'] : ['COD'];
  }

  async checkout(input: unknown): Promise<CheckoutOutcome> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(checkoutSchema, input);
    if (!this.paymentMethods().includes(data.paymentMethod)) {
      throw UserInputError.field('paymentMethod', {
        id: 'Metode pembayaran tidak tersedia',
        en: 'Payment method is not available',
      });
    }
    const attempts = new CheckoutAttempts(this.context.em);
    const key = data.idempotencyKey ?? null;
    if (key) {
      const earlier = await attempts.orderIdFor(viewer.userId, key);
      if (earlier) return this.earlierOutcome(earlier);
    }
    const carts = new CartService(this.context);
    const cart = await carts.view(await carts.find(null));
    if (!cart || cart.lines.length === 0)
      throw UserInputError.field('cart', { id: 'Keranjang kosong', en: 'The cart is empty' });
    if (cart.hasProblems) {
      throw new ConflictError({
        id: 'Periksa keranjang: ada barang yang berubah harga, habis, atau tidak tersedia',
        en: 'Check the cart: some items changed price, ran out or are unavailable',
      });
    }
    const sellerOrders = this.parts(cart, data.shipping);
    const orderId = randomUUID();
    const window = this.context.env.PAYMENT_WINDOW_MINUTES * 60_000;

    await attempts.begin(orderId, viewer.userId, key);
    try {
      await this.products.reserve(
        orderId,
        cart.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
      );
    } catch (error) {
      // Nothing may be held, or products holds it and did not say: either way the attempt row stays for the sweeper unless released.
      await this.releaseAndForget(attempts, orderId);
      throw error;
    }
    let order: Order;
    try {
      order = await placeOrder(
        this.context.em,
        {
          buyerId: viewer.userId,
          paymentMethod: data.paymentMethod,
          shippingAddress: data.shippingAddress,
          sellerOrders,
        },
        {
          id: orderId,
          paymentDueAt: new Date(Date.now() + window),
          alsoWrite: async (tx, placed) => {
            tx.create(Payment, {
              orderId: placed.id,
              method: placed.paymentMethod,
              status: 'PENDING',
              amount: placed.totalAmount,
            });
            // The cart empties with the order; if another checkout of the same cart got there first, this one stops.
            const removed = await tx.nativeDelete(CartLine, {
              cart: cart.id,
              id: { $in: cart.lines.map((line) => line.id) },
            });
            if (removed !== cart.lines.length)
              throw new ConflictError({
                id: 'Keranjang sudah berubah, coba lagi',
                en: 'The cart changed, please try again',
              });
            await attempts.completeIn(tx, placed.id, key);
          },
        },
      );
    } catch (error) {
      await this.releaseAndForget(attempts, orderId);
      throw error;
    }
    if (data.paymentMethod === 'COD') return { order, redirectUrl: null };
    return { order, redirectUrl: await this.startSnap(order) };
  }

  /** Gives the stock back; if products cannot be reached, the attempt stays and the order jobs release it later. */
  private async releaseAndForget(attempts: CheckoutAttempts, orderId: string): Promise<void> {
    try {
      await this.products.release(orderId);
      await attempts.forget(orderId);
    } catch (error) {
      this.context.logger.error({ err: error, orderId }, 'could not release stock; the order jobs will');
    }
  }

  /** A retry of a checkout that placed its order: that order, and where to pay it. */
  private async earlierOutcome(orderId: string): Promise<CheckoutOutcome> {
    const order = await this.context.em.findOneOrFail(Order, { id: orderId });
    const payment = await this.context.em.findOne(Payment, { orderId });
    return {
      order,
      redirectUrl:
        order.paymentMethod === 'MIDTRANS' && order.status === 'PENDING_PAYMENT'
          ? (payment?.redirectUrl ?? null)
          : null,
    };
  }

  /** Creates the Snap transaction; if Midtrans refuses, the order is cancelled and its stock released. */
  private async startSnap(order: Order): Promise<string> {
    const snap = snapOf(this.context.env)!;
    try {
      const parts = await this.context.em.find(Payment, { orderId: order.id });
      const parameters = await snapParameters(this.context.em, order, this.context.env.STOREFRONT_URL);
      const transaction = await snap.createTransaction(parameters);
      const payment = parts[0]!;
      payment.snapToken = transaction.token;
      payment.redirectUrl = transaction.redirect_url;
      await this.context.em.flush();
      return transaction.redirect_url;
    } catch (error) {
      this.context.logger.error({ err: error, orderId: order.id }, 'Midtrans did not create the transaction');
      await applyPaymentOutcome(this.context.em, this.products, order.id, 'CANCELLED', {
        note: 'Midtrans menolak transaksi / Midtrans refused the transaction',
      });
      throw new ConflictError({
        id: 'Pembayaran online sedang tidak bisa dibuat, coba lagi',
        en: 'Online payment could not be started, please try again',
      });
    }
  }

  private parts(cart: CartView, shipping: { sellerId: string; option: string }[]) {
    const bySeller = new Map<string, CartView['lines']>();
    for (const line of cart.lines) {
      const list = bySeller.get(line.sellerId!) ?? [];
      list.push(line);
      bySeller.set(line.sellerId!, list);
    }
    return [...bySeller].map(([sellerId, lines], index) => {
      const chosen = shipping.find((entry) => entry.sellerId === sellerId);
      const option = chosen && shippingOptionOf(chosen.option);
      if (!option)
        throw UserInputError.field(`shipping.${index}`, {
          id: 'Pilih cara pengiriman untuk setiap toko',
          en: 'Choose a shipping option for every shop',
        });
      return {
        sellerId,
        shippingOption: option.label,
        shippingFee: option.fee,
        lines: lines.map((line) => {
          const variant = cart.variants.get(line.variantId)!;
          return {
            productId: variant.productId,
            variantId: variant.id,
            title: line.title.slice(0, 200),
            sku: variant.sku,
            unitPrice: variant.price,
            quantity: line.quantity,
          };
        }),
      };
    });
  }
}
