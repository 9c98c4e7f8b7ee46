import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DriverException } from '@mikro-orm/core';
import type { Logger } from 'pino';

/** A message a person can act on, Indonesian first. */
export interface Message {
  id: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  message: string;
  messageEn: string;
}

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS';

/** Base class for errors that are safe to show to clients as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: Message, extra: Record<string, unknown> = {}) {
    super(`${message.id} / ${message.en}`, {
      extensions: { code, messageId: message.id, messageEn: message.en, ...extra },
    });
  }
}

export class UserInputError extends AppError {
  readonly fields: FieldProblem[];
  constructor(fields: FieldProblem[], summary?: Message) {
    const first = fields[0];
    const message =
      summary ??
      (first
        ? { id: `${first.message}`, en: `${first.messageEn}` }
        : { id: 'Masukan tidak valid', en: 'Invalid input' });
    super('BAD_USER_INPUT', message, { fields });
    this.fields = fields;
  }

  static field(field: string, message: Message): UserInputError {
    return new UserInputError([{ field, message: message.id, messageEn: message.en }]);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: Message = { id: 'Silakan masuk terlebih dahulu', en: 'Please sign in first' }) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: Message = { id: 'Anda tidak berhak melakukan ini', en: 'You are not allowed to do this' }) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: Message = { id: 'Data', en: 'Item' }) {
    super('NOT_FOUND', { id: `${what.id} tidak ditemukan`, en: `${what.en} not found` });
  }
}

export class ConflictError extends AppError {
  constructor(message: Message) {
    super('CONFLICT', message);
  }
}

/** Too many attempts (sign-in throttling): the caller may try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends AppError {
  constructor(
    retryAfterSeconds: number,
    message: Message = {
      id: 'Terlalu banyak percobaan, coba lagi nanti',
      en: 'Too many attempts, please try again later',
    },
  ) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

/** A dependency (the database, another service) cannot be reached for now: the same request may succeed shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message: Message = {
      id: 'Layanan sedang sibuk atau tidak tersedia, coba lagi sebentar lagi',
      en: 'The service is busy or unavailable, please try again shortly',
    },
  ) {
    super('SERVICE_UNAVAILABLE', message, { retryable: true });
  }
}

// Connection-level failures (node's socket errors, PostgreSQL's 08xxx, shutdown and start-up states, too many connections).
const UNREACHABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // undici (fetch): the peer closed the socket, or did not connect or answer in time.
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const UNREACHABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
// node-postgres and knex say so only in their messages.
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Timeout acquiring a connection|Client has encountered a connection error|Connection ended|ECONNREFUSED/i;

/** Whether `error` (or anything it wraps) says the database or a service could not be reached. */
export function isUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { name, code, sqlState, message } = current as {
      name?: unknown;
      code?: unknown;
      sqlState?: unknown;
      message?: unknown;
    };
    // TimeoutError: a call to another service given up on (AbortSignal.timeout).
    if (name === 'ConnectionException' || name === 'KnexTimeoutError' || name === 'TimeoutError') return true;
    if (typeof code === 'string' && (UNREACHABLE_ERRNO.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
    if (typeof sqlState === 'string' && UNREACHABLE_SQLSTATE.test(sqlState)) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true;
    const inner = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = inner.originalError ?? inner.cause ?? inner.previous;
  }
  return false;
}

const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what clients see: known codes pass with their
 * message, anything else is logged and answered as a plain INTERNAL_SERVER_ERROR.
 * Stack traces never leave the server.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (CLIENT_SAFE_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (isUnavailableError(original)) {
      const { name, code } = original as { name?: string; code?: string };
      logger.warn({ err: { name, code }, path: formatted.path }, 'dependency unavailable');
      const unavailable = new ServiceUnavailableError();
      return {
        message: unavailable.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: unavailable.extensions,
      };
    }
    // MikroORM's DriverException, or node-postgres' own DatabaseError from a raw query.
    const fromDatabase =
      original instanceof DriverException ||
      (typeof original === 'object' && original !== null && 'severity' in original && 'routine' in original);
    if (fromDatabase) {
      // A database error's message carries the statement's values (a citizen's NIK, an address): log only what it was.
      const { name, code, sqlState } = original as { name?: string; code?: string; sqlState?: string };
      logger.error({ err: { name, code, sqlState }, path: formatted.path }, 'database error');
    } else {
      logger.error({ err: error, path: formatted.path }, 'unexpected error');
    }
    return {
      message: 'Terjadi kesalahan pada server, silakan coba lagi / Something went wrong, please try again',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
