import { registerEnumType } from 'type-graphql';
import { SELLER_STATUSES } from './seller-status.entity.js';

/** The one declaration of the shop statuses in products' SDL (named as sellers names it). */
export const VerificationStatusEnum = Object.fromEntries(SELLER_STATUSES.map((s) => [s, s])) as {
  [K in (typeof SELLER_STATUSES)[number]]: K;
};
registerEnumType(VerificationStatusEnum, {
  name: 'VerificationStatus',
  description: 'Where a shop is in verification by village staff',
});
