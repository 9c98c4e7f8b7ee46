import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { UserInputError, type Message } from './errors.js';

/**
 * A NUL, or half of a UTF-16 surrogate pair (a high surrogate with no low one after it, a low one
 * with no high one before it). PostgreSQL cannot store either: text refuses NUL, and a lone
 * surrogate has no UTF-8 form, so jsonb and text refuse it. JSON over HTTP carries one as `"\ud800"`.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const INVALID_TEXT_MESSAGE: Message = {
  id: 'Teks berisi karakter yang tidak valid',
  en: 'Text contains an invalid character',
};

/** Whether one string holds a character PostgreSQL cannot store (NUL or a lone surrogate). */
export const hasInvalidCharacter = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

const MAX_DEPTH = 64;

/**
 * The dotted path (`input.address.street`, `answers.0.value`) of the first string in `value`,
 * in objects and lists (keys included; up to 64 levels, as the HTTP check it replaced), that holds a NUL or
 * a lone surrogate; null if none.
 */
export function findInvalidText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return hasInvalidCharacter(value) ? path || '_' : null;
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const at = path ? `${path}.${key}` : key;
    if (hasInvalidCharacter(key)) return at;
    const found = findInvalidText(item, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The same for a GraphQL literal, a variable inside it read from `variables`. */
function findInvalidLiteral(node: ValueNode, path: string, variables: Record<string, unknown>): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return hasInvalidCharacter(node.value) ? path || '_' : null;
    case Kind.VARIABLE:
      return findInvalidText(variables[node.name.value], path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = findInvalidLiteral(item, `${path}.${index}`, variables);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = findInvalidLiteral(field.value, `${path}.${field.name.value}`, variables);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/**
 * The path of the first argument value in `document` — inline literals and the variables they
 * use, nested input objects, lists and custom-scalar (JSON) values alike, directive arguments and
 * variable defaults too — that holds a NUL or a lone surrogate; then of any other variable given.
 */
export function findInvalidTextInOperation(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      found ??= findInvalidLiteral(node.value, node.name.value, variables);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= findInvalidLiteral(node.defaultValue, node.variable.name.value, variables);
      return false;
    },
  });
  return found ?? findInvalidText(variables);
}

/**
 * Refuses an operation any of whose argument values holds text PostgreSQL cannot store (see
 * `findInvalidTextInOperation`), as BAD_USER_INPUT naming the field, before any resolver runs.
 * The one place this is checked: the gateway and every subgraph install it. `status` is the HTTP
 * status of the answer: 400 towards clients; a subgraph answers 200, as it does for any
 * UserInputError, so that the gateway passes the error on instead of reporting a failed subgraph.
 */
export function invalidTextPlugin<C extends BaseContext>(options: { status?: number } = {}): ApolloServerPlugin<C> {
  const status = options.status ?? 400;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field = findInvalidTextInOperation(document, request.variables ?? {});
          if (field === null) return;
          const error = UserInputError.field(field, INVALID_TEXT_MESSAGE);
          error.extensions.http = { status };
          throw error;
        },
      };
    },
  };
}
