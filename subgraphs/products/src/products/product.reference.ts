import type { ReferenceResolver } from '@kampung/shared';
import type { ProductsContext } from '../env.js';
import { ProductService } from './product.service.js';

export const resolveProductReference: ReferenceResolver<ProductsContext> = (reference, context) =>
  new ProductService(context).reference(reference.id);
