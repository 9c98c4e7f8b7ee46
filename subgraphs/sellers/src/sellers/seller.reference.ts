import type { ReferenceResolver } from '@kampung/shared';
import type { SellersContext } from '../env.js';
import { SellerService } from './seller.service.js';

export const resolveSellerReference: ReferenceResolver<SellersContext> = (reference, context) =>
  new SellerService(context).reference(reference.id);
