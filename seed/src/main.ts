/**
 * Migrates every subgraph's schema, then loads the Banyuwangi demo data. Idempotent: rows
 * have stable ids and are upserted. `--if-empty` skips the data when users exist already;
 * `--migrate-only` loads none.
 */
import { User } from '@kampung/accounts';
import {
  SUBGRAPH_REGISTRY,
  baseEnvSchema,
  createOrm,
  parseEnv,
  subgraphPackage,
  type MikroORM,
  type SubgraphDefinition,
} from '@kampung/shared';
import { seedAccounts } from './load/accounts.js';
import { seedHistory } from './load/history.js';
import { seedOrders } from './load/orders.js';
import { seedPlaces } from './load/places.js';
import { seedProducts } from './load/products.js';
import { seedSellers } from './load/sellers.js';
import { seedServices } from './load/services.js';

const env = parseEnv(baseEnvSchema);
const started = Date.now();
const orms = new Map<string, MikroORM>();
// Every subgraph in the registry is migrated, a new one included, before any data is loaded.
for (const { name, databaseSchema } of SUBGRAPH_REGISTRY) {
  const { subgraph: definition } = (await import(subgraphPackage(name))) as { subgraph: SubgraphDefinition };
  orms.set(
    definition.name,
    await createOrm({
      schema: databaseSchema,
      databaseUrl: env.DATABASE_URL,
      entities: definition.entities,
      migrations: definition.migrations,
      appName: `seed-${definition.name}`,
      poolMax: 2,
    }),
  );
}
const em = (name: string) => orms.get(name)!.em.fork();

// The cluster's migration Job (deploy/k8s/migrate, decision 036): schemas only, no data.
if (process.argv.includes('--migrate-only')) {
  for (const orm of orms.values()) await orm.close();
  console.log(`[seed] migrated ${orms.size} schemas in ${Date.now() - started} ms; --migrate-only: no data loaded`);
  process.exit(0);
}

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
  // Places on their own: a database seeded before places existed still gets its regions (84k rows, one bulk upsert).
  if (orms.has('places')) {
    const places = await seedPlaces(em('places'), { ifEmpty: process.argv.includes('--if-empty') });
    if (places) {
      console.log(
        `[seed] places: ${places.regions} regions (${places.regionsWritten} written) in ${places.regionsMs} ms, ` +
          `${places.villages} regency villages (${places.online} online), ${places.holidays} holidays`,
      );
    }
  }
  // Twelve months of office history of the online villages (bulk SQL; skipped until the village columns exist).
  const history = await seedHistory(
    { services: em('services'), accounts: em('accounts') },
    { ifEmpty: process.argv.includes('--if-empty') },
  );
  console.log(
    'skipped' in history
      ? `[seed] history: skipped (${history.skipped})`
      : `[seed] history: ${history.requests} requests (${history.requestsWritten} written), ${history.surveys} surveys, ` +
          `${history.complaints} complaints, ${history.citizens} citizens in ${history.ms} ms; seed total ${Date.now() - started} ms`,
  );
} finally {
  for (const orm of orms.values()) await orm.close();
}
