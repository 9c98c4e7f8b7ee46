import {
  emptyConnection,
  ForbiddenError,
  groupByKeys,
  isUuid,
  keysetPage,
  NotFoundError,
  orderByKeys,
  validate,
  type Connection,
  type RequestContext,
} from '@kampung/shared';
import { isSelfOrStaff, requirePerson } from '@kampung/shared';
import { OrderEvent } from './order-event.entity.js';
import { OrderLine } from './order-line.entity.js';
import { placeOrder } from './order-placement.js';
import { Order } from './order.entity.js';
import { orderArgsSchema, type PlaceOrderInput } from './order.validation.js';
import { SellerOrder } from './seller-order.entity.js';

const ORDER = { id: 'Pesanan', en: 'Order' };

export class OrderService {
  constructor(private readonly context: RequestContext) {}

  /** For the seed (and, later, checkout): see `placeOrder`. */
  static createForSeed(em: RequestContext['em'], input: PlaceOrderInput): Promise<Order> {
    return placeOrder(em, input);
  }

  private get em() {
    return this.context.em;
  }

  myOrders(first?: number | null, after?: string | null): Promise<Connection<Order>> {
    const viewer = requirePerson(this.context.viewer);
    return this.listForBuyer(viewer.userId, first, after);
  }

  /** `User.orders`: only the user themself and staff may list them. */
  async ordersOf(userId: string, first?: number | null, after?: string | null): Promise<Connection<Order>> {
    if (!isSelfOrStaff(this.context.viewer, userId)) throw new ForbiddenError();
    if (!isUuid(userId)) return emptyConnection();
    return this.listForBuyer(userId, first, after);
  }

  /** Another buyer's order is NOT_FOUND, exactly like one that does not exist. */
  async order(id: string): Promise<Order> {
    requirePerson(this.context.viewer);
    const order = await this.byId(validate(orderArgsSchema, { id }).id);
    if (!order || !this.canRead(order)) throw new NotFoundError(ORDER);
    return order;
  }

  async reference(id: string): Promise<Order | null> {
    const order = isUuid(id) ? await this.byId(id) : null;
    return order && this.canRead(order) ? order : null;
  }

  byId(id: string): Promise<Order | null> {
    return this.context.loaders
      .get<string, Order | null>('Order.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(Order, { id: { $in: [...ids] } }), (o) => o.id),
      )
      .load(id);
  }

  sellerOrdersOf(orderId: string): Promise<SellerOrder[]> {
    return this.context.loaders
      .get<string, SellerOrder[]>('SellerOrder.byOrder', async (ids) => {
        const rows = await this.em.find(
          SellerOrder,
          { order: { $in: [...ids] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return groupByKeys(ids, rows, (row) => row.order.id);
      })
      .load(orderId);
  }

  linesOf(sellerOrderId: string): Promise<OrderLine[]> {
    return this.context.loaders
      .get<string, OrderLine[]>('OrderLine.bySellerOrder', async (ids) => {
        const rows = await this.em.find(
          OrderLine,
          { sellerOrder: { $in: [...ids] } },
          { orderBy: { title: 'asc', id: 'asc' } },
        );
        return groupByKeys(ids, rows, (row) => row.sellerOrder.id);
      })
      .load(sellerOrderId);
  }

  eventsOf(orderId: string): Promise<OrderEvent[]> {
    return this.context.loaders
      .get<string, OrderEvent[]>('OrderEvent.byOrder', async (ids) => {
        const rows = await this.em.find(
          OrderEvent,
          { order: { $in: [...ids] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return groupByKeys(ids, rows, (row) => row.order.id);
      })
      .load(orderId);
  }

  private canRead(order: Order): boolean {
    return isSelfOrStaff(this.context.viewer, order.buyerId);
  }

  /** Newest first. */
  private listForBuyer(buyerId: string, first?: number | null, after?: string | null): Promise<Connection<Order>> {
    return keysetPage(this.em, Order, { where: { buyerId }, first, after });
  }
}
