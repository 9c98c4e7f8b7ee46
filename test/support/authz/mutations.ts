import { MARKETPLACE_MUTATIONS, SESSION_MUTATIONS } from './mutations-marketplace.js';
import { MEMBERSHIP_MUTATIONS } from './mutations-memberships.js';
import { NOTIFICATION_MUTATIONS } from './mutations-notifications.js';
import { PLACES_MUTATIONS } from './mutations-places.js';
import { RECOVERY_MUTATIONS } from './mutations-recovery.js';
import { SERVICES_MUTATIONS } from './mutations-services.js';
import { REGENCY_MUTATIONS } from './regency-rows.js';
import { ESCALATION_MUTATIONS } from './rows-escalation.js';
import type { MutationRow } from './mutation-row.js';

export type { CellContext, MutationRow } from './mutation-row.js';

/** Every row of the mutation matrix, in the order the cells run. */
export const MUTATIONS: MutationRow[] = [
  ...MARKETPLACE_MUTATIONS,
  ...SERVICES_MUTATIONS,
  ...PLACES_MUTATIONS,
  ...MEMBERSHIP_MUTATIONS,
  ...SESSION_MUTATIONS,
  ...NOTIFICATION_MUTATIONS,
  ...RECOVERY_MUTATIONS,
  ...REGENCY_MUTATIONS,
  ...ESCALATION_MUTATIONS,
];
