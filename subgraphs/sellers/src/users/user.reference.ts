import type { ReferenceResolver } from '@kampung/shared';
import type { UserType } from './user.type.js';

export const resolveUserReference: ReferenceResolver = (reference): UserType => ({ id: reference.id });
