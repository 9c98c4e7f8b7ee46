import { buildFederatedSchema } from '@kampung/shared';
import { MarketFiguresResolver } from './figures/figures.resolver.js';
import { ShopOwnersResolver } from './owners/shop-owners.resolver.js';
import { resolveSellerReference } from './sellers/seller.reference.js';
import { SellerResolver } from './sellers/seller.resolver.js';
import { resolveUserReference } from './users/user.reference.js';
import { UserShopResolver } from './users/user.resolver.js';

export const buildSellersSchema = () =>
  buildFederatedSchema({
    resolvers: [SellerResolver, UserShopResolver, MarketFiguresResolver, ShopOwnersResolver],
    referenceResolvers: { Seller: resolveSellerReference, User: resolveUserReference },
  });
