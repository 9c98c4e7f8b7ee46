// Fails when support/graphql-env.d.ts no longer matches ../gateway/api-schema.graphql.
// `npm run graphql:generate -w test` rewrites it; commit the result with the schema change.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'support/graphql-env.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'test-graphql-env-'));
try {
  const fresh = join(dir, 'graphql-env.d.ts');
  execFileSync('gql.tada', ['generate', 'output', '--output', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      `${committed} is out of date with gateway/api-schema.graphql: run \`npm run graphql:generate -w test\` and commit it.`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
