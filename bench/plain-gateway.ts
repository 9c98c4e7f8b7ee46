/**
 * A plain @apollo/gateway with default settings on the given supergraph file (whose
 * subgraph URLs already point at the running subgraphs): the baseline of the gateway bench.
 * Usage: node --import tsx bench/plain-gateway.ts <supergraph file> <port>
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const [file, port] = process.argv.slice(2);
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: readFileSync(file!, 'utf8') }) });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`plain gateway ready at ${url}`);
