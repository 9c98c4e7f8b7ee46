import type { ReferenceResolver } from '@kampung/shared';
import type { ProductsContext } from '../env.js';
import { ProductService } from './product.service.js';

export const resolveProductReference: ReferenceResolver = (reference, context) =>
  new ProductService(context as ProductsContext).reference(reference.id);
