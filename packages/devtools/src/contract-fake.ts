import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildASTSchema, graphql, parse, validate, type GraphQLSchema } from 'graphql';
import { repositoryRoot } from './client-types.js';

export interface ContractCall {
  field: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
  /** Set by a resolver that refused the call (to tell failed deliveries from taken ones). */
  refused?: boolean;
}

export interface ContractFake {
  /** `http://127.0.0.1:PORT/graphql`: give it to the subgraph under test as `<OWNER>_URL`. */
  url: string;
  /** Every root field called so far, in order, with its arguments (after validation). */
  calls: ContractCall[];
  close: () => Promise<void>;
}

type RootResolver = (args: Record<string, unknown>, call: ContractCall) => unknown;

const schemas = new Map<string, Promise<GraphQLSchema>>();
const schemaOf = (owner: string) => {
  let schema = schemas.get(owner);
  if (!schema) {
    schema = readFile(path.join(repositoryRoot, 'subgraphs', owner, 'schema.graphql'), 'utf8').then((sdl) =>
      buildASTSchema(parse(sdl), { assumeValidSDL: true }),
    );
    schemas.set(owner, schema);
  }
  return schema;
};

/**
 * Stands in for another subgraph in a unit test, from that subgraph's committed SDL (never its
 * code): every request is parsed, validated and executed against `subgraphs/<owner>/schema.graphql`,
 * so a caller whose operation no longer fits the owner's schema fails here as it would in
 * production. Root fields answer from `resolvers`; a resolver that throws becomes a GraphQL error.
 */
export async function startContractFake(owner: string, resolvers: Record<string, RootResolver>): Promise<ContractFake> {
  const schema = await schemaOf(owner);
  const calls: ContractCall[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      try {
        const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
        const errors = validate(schema, parse(query));
        if (errors.length) return send(400, { errors: errors.map((e) => ({ message: e.message })) });
        const rootValue = Object.fromEntries(
          Object.entries(resolvers).map(([field, resolve]) => [
            field,
            (args: Record<string, unknown>) => {
              const call: ContractCall = { field, args: { ...args }, authorization: req.headers.authorization };
              calls.push(call);
              return resolve(args, call);
            },
          ]),
        );
        send(200, await graphql({ schema, source: query, variableValues: variables, rootValue }));
      } catch (error) {
        send(400, { errors: [{ message: (error as Error).message }] });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
