import type { SubgraphDefinition } from '@kampung/shared';
import { Category } from './categories/category.entity.js';
import { productsEnvSchema, type ProductsEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { Product } from './products/product.entity.js';
import { buildProductsSchema } from './schema.js';
import { ProductVariant } from './variants/variant.entity.js';

export const subgraph: SubgraphDefinition<ProductsEnv> = {
  name: 'products',
  defaultPort: 4003,
  envSchema: productsEnvSchema,
  entities: [Category, Product, ProductVariant],
  migrations,
  schema: buildProductsSchema,
};

export { Category, Product, ProductVariant };
export { ProductService } from './products/product.service.js';
