import type { ReferenceResolver } from '@kampung/shared';
import type { SellersContext } from '../env.js';
import { SellerService } from './seller.service.js';

export const resolveSellerReference: ReferenceResolver = (reference, context) =>
  new SellerService(context as SellersContext).reference(reference.id);
