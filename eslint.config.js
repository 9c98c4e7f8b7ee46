// ESLint over the whole tree: typescript-eslint's recommended rules (syntax only, no type
// information: fast on two cores), tuned below to this codebase. Formatting is Prettier's job
// (`npm run format`); architecture rules are dependency-cruiser's (.dependency-cruiser.cjs).
// Why these rules: docs/decisions/018-lint-and-architecture-rules.md.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/build/',
    '**/dist/',
    '**/.cache/',
    '.data/',
    'storefront/public/build/',
    // Written by `npm run schema` (gql.tada): the API's and each internal client's introspection.
    '**/graphql-env.d.ts',
    '**/*.introspection.ts',
  ]),
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Services log through pino (request ids, redaction); console output is for command-line tools.
      'no-console': 'error',
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, long names).
      'max-len': [
        'error',
        {
          code: 140,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `value!` after a check the compiler cannot follow is common and readable here.
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'object-shorthand': 'error',
      'no-throw-literal': 'error',
      'no-return-await': 'off',
    },
  },
  {
    // Browser code: the storefront's routes and components run on both sides.
    files: ['storefront/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The storefront has no structured logger: its server-side warnings and errors are its log.
    files: ['storefront/**/*.{ts,tsx}'],
    rules: { 'no-console': ['error', { allow: ['info', 'warn', 'error'] }] },
  },
  {
    // Command-line tools and their figures: printing is what they are for.
    files: [
      'scripts/**',
      'bench/**',
      'seed/src/main.ts',
      'seed/src/load/**',
      'gateway/src/write-supergraph.ts',
      'subgraphs/*/src/**/reindex.ts',
      'packages/devtools/src/**',
      'test/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.config.{ts,js,cjs}',
      'storefront/scripts/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS configuration files (dependency-cruiser reads .cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Hand-written declarations for untyped packages.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
]);
