import { buildFederatedSchema } from '@kampung/shared';
import { resolveOrderReference } from './orders/order.reference.js';
import { OrderEventResolver, OrderResolver } from './orders/order.resolver.js';
import { OrderLineResolver, SellerOrderResolver } from './orders/seller-order.resolver.js';
import { resolveUserReference } from './users/user.reference.js';
import { UserOrdersResolver } from './users/user.resolver.js';

export const buildOrdersSchema = () =>
  buildFederatedSchema({
    resolvers: [OrderResolver, OrderEventResolver, SellerOrderResolver, OrderLineResolver, UserOrdersResolver],
    referenceResolvers: { Order: resolveOrderReference, User: resolveUserReference },
  });
