export * from './compose.js';
export * from './env.js';
export * from './server.js';
