import { ConnectionException, DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, isUnavailableError, ServiceUnavailableError } from './errors.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isUnavailableError', () => {
  it.each([
    ['node: connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['PostgreSQL: admin_shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL: cannot_connect_now', withCode('the database system is starting up', '57P03')],
    ['PostgreSQL: connection_failure (08006)', withCode('connection failure', '08006')],
    ['PostgreSQL: too many connections', withCode('sorry, too many clients already', '53300')],
    ['pg: terminated', new Error('Connection terminated unexpectedly')],
    [
      'knex: pool timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    ['MikroORM: ConnectionException', new ConnectionException(new Error('connection lost'))],
    [
      'MikroORM wrapping ECONNREFUSED',
      new DriverException(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')),
    ],
    [
      'fetch failed, cause ECONNRESET',
      new TypeError('fetch failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
    ],
    [
      'undici: other side closed',
      new TypeError('fetch failed', { cause: withCode('other side closed', 'UND_ERR_SOCKET') }),
    ],
    [
      'a call given up on',
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    ],
    [
      'inside a GraphQLError',
      new GraphQLError('x', { originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }),
    ],
  ])('%s → unavailable', (_what, error) => {
    expect(isUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', null],
  ])('%s → not unavailable', (_what, error) => {
    expect(isUnavailableError(error)).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isUnavailableError(error)).toBe(false);
  });
});

describe('createErrorFormatter', () => {
  const format = createErrorFormatter(pino({ level: 'silent' }));

  it('answers a dead database as SERVICE_UNAVAILABLE, retryable, bilingual, with no host, port or stack', () => {
    const original = new DriverException(withCode('connect ECONNREFUSED 10.1.2.3:5432', 'ECONNREFUSED'));
    const error = new GraphQLError(original.message, { originalError: original, path: ['products'] });
    const formatted = format(
      {
        message: error.message,
        path: ['products'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      error,
    );
    expect(formatted.extensions).toEqual(new ServiceUnavailableError().extensions);
    expect(formatted.extensions?.retryable).toBe(true);
    expect(formatted.message).toMatch(/coba lagi.*try again/);
    expect(JSON.stringify(formatted)).not.toMatch(/10\.1\.2\.3|5432|ECONN|stacktrace/);
    expect(formatted.path).toEqual(['products']);
  });

  it('passes a SERVICE_UNAVAILABLE from a subgraph through the gateway as it is', () => {
    const unavailable = new ServiceUnavailableError();
    const formatted = format(
      { message: unavailable.message, extensions: { ...unavailable.extensions, serviceName: 'orders' } },
      unavailable,
    );
    expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('keeps other unexpected errors INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('boom', { originalError: new TypeError('boom') });
    expect(format({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
