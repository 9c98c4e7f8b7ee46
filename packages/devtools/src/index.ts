export * from './embedded-postgres.js';
export * from './ports.js';
export * from './processes.js';
export * from './system.js';
export * from './test-database.js';
export * from './subgraph-testing.js';
export * from './schema-drift.js';
export * from './client-types.js';
