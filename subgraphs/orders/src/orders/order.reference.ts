import type { ReferenceResolver } from '@kampung/shared';
import { OrderService } from './order.service.js';

export const resolveOrderReference: ReferenceResolver = (reference, context) =>
  new OrderService(context).reference(reference.id);
