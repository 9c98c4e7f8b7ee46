import { defineConfig } from 'vite';

/** Compiles the HTTP server (server/index.ts) to build/server.js; its packages stay imports. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'server/index.ts',
    outDir: 'build',
    emptyOutDir: false,
    target: 'node20',
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'server.js' } },
  },
});
