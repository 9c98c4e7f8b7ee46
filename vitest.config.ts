import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql: @apollo/subgraph and type-graphql must share it.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'subgraphs/*/src/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'seed/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'storefront/app/**/*.test.ts',
            'storefront/server/**/*.test.ts',
            'test/log-scan.test.ts',
          ],
          globalSetup: ['test/support/setup/postgres.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // The log scanner's own test needs no running system.
          exclude: [...configDefaults.exclude, 'test/log-scan.test.ts'],
          globalSetup: ['test/support/setup/system.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
