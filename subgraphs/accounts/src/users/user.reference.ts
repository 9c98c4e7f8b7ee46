import type { ReferenceResolver } from '@kampung/shared';
import { UserService } from './user.service.js';

export const resolveUserReference: ReferenceResolver = (reference, context) =>
  new UserService(context).reference(reference.id);
