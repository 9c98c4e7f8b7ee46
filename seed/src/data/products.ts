import type { SeedProduct } from './types.js';
import { batikProducts, fashionProducts } from './products-batik.js';
import { coffeeProducts, produceProducts } from './products-produce.js';
import { craftProducts, foodProducts } from './products-food-craft.js';

export { batikProducts, fashionProducts } from './products-batik.js';
export { coffeeProducts, produceProducts } from './products-produce.js';
export { craftProducts, foodProducts } from './products-food-craft.js';

/** Every seeded product, in the order the loader should insert them. */
export const products: SeedProduct[] = [
  ...batikProducts,
  ...fashionProducts,
  ...coffeeProducts,
  ...produceProducts,
  ...foodProducts,
  ...craftProducts,
];
