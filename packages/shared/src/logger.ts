import { pino, type Logger } from 'pino';

/** Paths never written to logs: secrets and citizens' personal numbers. */
const REDACT = [
  'password', '*.password', '*.*.password',
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'nik', '*.nik', '*.*.nik', 'familyCardNumber', '*.familyCardNumber', 'address', '*.address',
  'refreshToken', '*.refreshToken', 'cookie', '*.cookie', '*.headers.cookie', 'serverKey', '*.serverKey',
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, redact: { paths: REDACT, censor: '[redacted]' } });
}

export type { Logger };
