export * from './embedded-postgres.js';
export * from './ports.js';
export * from './processes.js';
export * from './system.js';
