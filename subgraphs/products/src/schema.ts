import { buildFederatedSchema } from '@kampung/shared';
import { CategoryResolver } from './categories/category.resolver.js';
import { resolveProductReference } from './products/product.reference.js';
import { ProductResolver } from './products/product.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { SellerStatusResolver } from './seller-status/seller-status.resolver.js';
import { resolveSellerReference } from './sellers/seller.reference.js';
import { SellerProductsResolver } from './sellers/seller.resolver.js';
import { resolveVariantReference } from './variants/variant.reference.js';
import { VariantResolver } from './variants/variant.resolver.js';
import { ReservationResolver } from './reservations/reservation.resolver.js';

export const buildProductsSchema = () =>
  buildFederatedSchema({
    resolvers: [
      ReservationResolver,
      CategoryResolver,
      ProductResolver,
      VariantResolver,
      SellerProductsResolver,
      SearchResolver,
      SellerStatusResolver,
    ],
    referenceResolvers: {
      Product: resolveProductReference,
      ProductVariant: resolveVariantReference,
      Seller: resolveSellerReference,
    },
  });
