/**
 * Migrates every subgraph's schema, then loads the Banyuwangi demo data. Idempotent: rows
 * have stable ids and are upserted. `--if-empty` skips the data when users exist already.
 */
import { subgraph as accounts, User } from '@kampung/accounts';
import { subgraph as orders } from '@kampung/orders';
import { subgraph as products } from '@kampung/products';
import { subgraph as sellers } from '@kampung/sellers';
import { subgraph as services } from '@kampung/services';
import { baseEnvSchema, createOrm, parseEnv, type MikroORM } from '@kampung/shared';
import { seedAccounts } from './load/accounts.js';
import { seedOrders } from './load/orders.js';
import { seedProducts } from './load/products.js';
import { seedSellers } from './load/sellers.js';
import { seedServices } from './load/services.js';

const env = parseEnv(baseEnvSchema);
const started = Date.now();
const definitions = [accounts, sellers, products, orders, services];
const orms = new Map<string, MikroORM>();
for (const definition of definitions) {
  orms.set(
    definition.name,
    await createOrm({
      schema: definition.name,
      databaseUrl: env.DATABASE_URL,
      entities: definition.entities,
      migrations: definition.migrations,
      appName: `seed-${definition.name}`,
      poolMax: 2,
    }),
  );
}
const em = (name: string) => orms.get(name)!.em.fork();

try {
  if (process.argv.includes('--if-empty') && (await em('accounts').count(User)) > 0) {
    console.log('[seed] migrated; data already present, not seeding');
  } else {
    const users = await seedAccounts(em('accounts'));
    const shops = await seedSellers(em('sellers'));
    const catalogue = await seedProducts(em('products'));
    const placed = await seedOrders(em('orders'));
    const villageServices = await seedServices(em('services'));
    console.log(
      `[seed] ${users} users, ${shops} shops, ${catalogue.products} products (${catalogue.variants} variants), ` +
        `${placed} orders, ${villageServices} village services in ${Date.now() - started} ms`,
    );
  }
} finally {
  for (const orm of orms.values()) await orm.close();
}
