import type { ReferenceResolver } from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { CatalogueService } from './catalogue.service.js';

export const resolveServiceReference: ReferenceResolver<ServicesContext> = (reference, context) =>
  new CatalogueService(context).reference(reference.id);
