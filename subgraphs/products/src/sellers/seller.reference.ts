import type { ReferenceResolver } from '@kampung/shared';
import type { SellerType } from './seller.type.js';

export const resolveSellerReference: ReferenceResolver = (reference): SellerType => ({ id: reference.id });
