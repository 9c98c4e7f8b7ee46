import type { ReferenceResolver } from '@kampung/shared';
import type { UserType } from './user.type.js';

/** Any user id is a user here: accounts owns them, and `User.serviceRequests` checks who is asking. */
export const resolveUserReference: ReferenceResolver = (reference): UserType => ({ id: reference.id });
