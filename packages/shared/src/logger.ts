import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

/** The request being served (http.ts runs each request in it): every line logged meanwhile names it. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Paths never written to logs: secrets and citizens' personal numbers. */
const REDACT = [
  'password',
  '*.password',
  '*.*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'nik',
  '*.nik',
  '*.*.nik',
  'familyCardNumber',
  '*.familyCardNumber',
  'address',
  '*.address',
  'refreshToken',
  '*.refreshToken',
  'cookie',
  '*.cookie',
  '*.headers.cookie',
  'serverKey',
  '*.serverKey',
];

export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    name: service,
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
