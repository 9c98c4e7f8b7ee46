import 'reflect-metadata';

export * from './auth.js';
export * from './context.js';
export * from './env.js';
export * from './errors.js';
export * from './federation.js';
export * from './http.js';
export * from './logger.js';
export * from './orm.js';
export * from './pagination.js';
export * from './subgraph.js';
export * from './validation.js';
export * from './internal.js';
export * from './codes.js';
export * from './database.js';
export * from './ids.js';
export * from './phone.js';
export * from './slug.js';
