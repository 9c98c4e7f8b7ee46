import type { ReferenceResolver } from '@kampung/shared';
import { CatalogueService } from './catalogue.service.js';

export const resolveServiceReference: ReferenceResolver = (reference, context) =>
  new CatalogueService(context).reference(reference.id);
