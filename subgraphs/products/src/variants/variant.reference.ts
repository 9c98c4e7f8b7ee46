import type { ReferenceResolver } from '@kampung/shared';
import { VariantService } from './variant.service.js';

export const resolveVariantReference: ReferenceResolver = (reference, context) =>
  new VariantService(context).reference(reference.id);
