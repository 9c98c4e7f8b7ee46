import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import { createStorefrontApp } from './app.js';
import { parseServerEnv } from './env.js';
import { pageCache } from './page-cache.js';

/**
 * The storefront's HTTP server. `npm run build` compiles this file to `build/server.js`
 * beside Remix's `build/server/index.js` and `build/client/`, so it runs with plain node.
 */
installGlobals({ nativeFetch: true });

const env = parseServerEnv(process.env);
const buildDir = path.dirname(fileURLToPath(import.meta.url));
const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild;
const app = createStorefrontApp({
  build,
  clientDir: path.join(buildDir, 'client'),
  env,
  beforeRemix: [pageCache({ ttlMs: env.pageCacheTtlMs, maxEntries: 1_000 })],
});

const server = app.listen(env.port, env.host, () => console.info(`storefront http://${env.host}:${env.port}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Streaming responses and keep-alive sockets get a few seconds, then go.
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  });
}
