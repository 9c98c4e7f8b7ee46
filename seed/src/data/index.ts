export type {
  SeedCategory,
  SeedProduct,
  SeedRole,
  SeedSeller,
  SeedService,
  SeedServiceCategory,
  SeedUser,
  SeedVariant,
  SeedVariantOption,
  SeedVerificationStatus,
} from './types.js';
export type { ServiceCategoryCode } from './service-categories.js';

export { DEMO_PASSWORD, users } from './users.js';
export { sellers } from './sellers.js';
export { categories } from './categories.js';
export {
  batikProducts,
  coffeeProducts,
  craftProducts,
  fashionProducts,
  foodProducts,
  produceProducts,
  products,
} from './products.js';
export { serviceCategories, serviceCategoryCodes } from './service-categories.js';
export { SLA, services } from './services.js';
