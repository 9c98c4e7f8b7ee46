import { buildFederatedSchema } from '@kampung/shared';
import { CartResolver } from './carts/cart.resolver.js';
import { CheckoutResolver } from './checkout/checkout.resolver.js';
import { FulfilmentResolver } from './fulfilment/fulfilment.resolver.js';
import { resolveOrderReference } from './orders/order.reference.js';
import { OrderEventResolver, OrderResolver } from './orders/order.resolver.js';
import { OrderLineResolver, SellerOrderResolver } from './orders/seller-order.resolver.js';
import { OrderLineReviewResolver, ProductRatingResolver, ReviewResolver } from './reviews/review.resolver.js';
import { ProductType } from './reviews/review.type.js';
import { SalesResolver } from './sales/sales.resolver.js';
import { resolveUserReference } from './users/user.reference.js';
import { UserOrdersResolver } from './users/user.resolver.js';

export const buildOrdersSchema = () =>
  buildFederatedSchema({
    resolvers: [
      OrderResolver,
      OrderEventResolver,
      SellerOrderResolver,
      OrderLineResolver,
      UserOrdersResolver,
      CartResolver,
      CheckoutResolver,
      FulfilmentResolver,
      ReviewResolver,
      ProductRatingResolver,
      OrderLineReviewResolver,
      SalesResolver,
    ],
    // Product is reached only through the gateway (`Product.rating`), so it is listed here.
    orphanedTypes: [ProductType],
    referenceResolvers: {
      Order: resolveOrderReference,
      User: resolveUserReference,
      Product: (reference: { id: string }) => ({ id: reference.id }),
    },
  });
