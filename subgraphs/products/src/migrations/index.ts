import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000200_products } from './Migration20261201000200_products.js';
import { Migration20261201000300_catalog } from './Migration20261201000300_catalog.js';
import { Migration20261201000400_search_price } from './Migration20261201000400_search_price.js';
import { Migration20261201000500_search_words } from './Migration20261201000500_search_words.js';
import { Migration20261207200000_seller_status_owner_version } from './Migration20261207200000_seller_status_owner_version.js';
import { Migration20261201130000_stock_reservations } from './Migration20261201130000_stock_reservations.js';
import { Migration20261208010410_seller_village_code } from './Migration20261208010410_seller_village_code.js';
import { Migration20261209030200_stock_low } from './Migration20261209030200_stock_low.js';
import { Migration20261209040100_outbox_wake } from './Migration20261209040100_outbox_wake.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000200_products', class: Migration20261201000200_products },
  { name: 'Migration20261201000300_catalog', class: Migration20261201000300_catalog },
  { name: 'Migration20261201000400_search_price', class: Migration20261201000400_search_price },
  { name: 'Migration20261201000500_search_words', class: Migration20261201000500_search_words },
  { name: 'Migration20261201130000_stock_reservations', class: Migration20261201130000_stock_reservations },
  {
    name: 'Migration20261207200000_seller_status_owner_version',
    class: Migration20261207200000_seller_status_owner_version,
  },
  { name: 'Migration20261208010410_seller_village_code', class: Migration20261208010410_seller_village_code },
  { name: 'Migration20261209030200_stock_low', class: Migration20261209030200_stock_low },
  { name: 'Migration20261209040100_outbox_wake', class: Migration20261209040100_outbox_wake },
];
