import type { SubgraphDefinition } from '@kampung/shared';
import { migrations } from './migrations/index.js';
import { OrderEvent } from './orders/order-event.entity.js';
import { OrderLine } from './orders/order-line.entity.js';
import { Order } from './orders/order.entity.js';
import { SellerOrder } from './orders/seller-order.entity.js';
import { buildOrdersSchema } from './schema.js';

export const subgraph: SubgraphDefinition = {
  name: 'orders',
  defaultPort: 4004,
  entities: [Order, SellerOrder, OrderLine, OrderEvent],
  migrations,
  schema: buildOrdersSchema,
};

export { Order, OrderEvent, OrderLine, SellerOrder };
export { OrderService } from './orders/order.service.js';
export type { PlaceOrderInput, ShippingAddress } from './orders/order.validation.js';
