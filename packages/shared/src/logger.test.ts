import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { closeServer, createGraphqlHttpServer, listen } from './http.js';
import { createLogger } from './logger.js';

/** A logger writing into an array, one parsed JSON object per line. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('test', 'info', stream), lines };
}

describe('logger', () => {
  it('names the request in every line logged while serving it, and only then', async () => {
    const { logger, lines } = memoryLogger();
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: {
        Query: {
          hello: async () => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            logger.warn({ nik: '3510012345678901' }, 'inside the resolver');
            return 'halo';
          },
        },
      },
    });
    await apollo.start();
    const server = createGraphqlHttpServer({ apollo, context: async () => ({}) });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'uji-request-0001' },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      expect((await response.json()) as unknown).toEqual({ data: { hello: 'halo' } });
      logger.info('outside any request');
    } finally {
      await closeServer(server);
      await apollo.stop();
    }
    const inside = lines.find((line) => line.msg === 'inside the resolver');
    expect(inside?.requestId).toBe('uji-request-0001');
    expect(inside?.nik).toBe('[redacted]');
    expect(lines.find((line) => line.msg === 'outside any request')).not.toHaveProperty('requestId');
  });
});
