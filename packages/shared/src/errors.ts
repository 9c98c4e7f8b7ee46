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

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** Base class for errors that are safe to show to clients as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: Message, extra: Record<string, unknown> = {}) {
    super(`${message.id} / ${message.en}`, { extensions: { code, messageId: message.id, messageEn: message.en, ...extra } });
  }
}

export class UserInputError extends AppError {
  readonly fields: FieldProblem[];
  constructor(fields: FieldProblem[], summary?: Message) {
    const first = fields[0];
    const message = summary ?? (first
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

const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
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
    // MikroORM's DriverException, or node-postgres' own DatabaseError from a raw query.
    const fromDatabase = original instanceof DriverException
      || (typeof original === 'object' && original !== null && 'severity' in original && 'routine' in original);
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
