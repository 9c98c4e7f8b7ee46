import type { ReferenceResolver } from '@kampung/shared';
import type { AccountsContext } from '../env.js';
import { UserService } from './user.service.js';

export const resolveUserReference: ReferenceResolver = (reference, context) =>
  new UserService(context as AccountsContext).reference(reference.id);
