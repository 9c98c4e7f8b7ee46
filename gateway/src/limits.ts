import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { costLimitPlugin } from './cost-limit.js';
import { aliasLimit, depthLimit, fragmentsOf } from './depth-limit.js';
import type { GatewayEnv } from './env.js';

const code = { code: 'GRAPHQL_VALIDATION_FAILED' };

/** Problems with the variables reported at most (as graphql-js does when asked to). */
export const MAX_VARIABLE_ERRORS = 20;

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      count += countRootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
    }
  }
  return count;
}

/** Refuses operations asking for more than `maxRootFields` top-level fields (each is its own subgraph fetch). */
export function rootFieldLimit(maxRootFields: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const count = countRootFields(node.selectionSet, fragments, new Set());
        if (count > maxRootFields) {
          context.reportError(
            new GraphQLError(
              `Terlalu banyak kolom akar (${count} > ${maxRootFields}) / Too many root fields (${count} > ${maxRootFields})`,
              { nodes: [node], extensions: code },
            ),
          );
        }
      },
    };
  };
}

/** Refuses documents carrying more than `maxOperations` operations (only one of them can run anyway). */
export function operationCountLimit(maxOperations: number): ValidationRule {
  return (context: ValidationContext) => ({
    Document(node) {
      const count = node.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (count > maxOperations) {
        context.reportError(
          new GraphQLError(
            `Terlalu banyak operasi dalam satu dokumen (${count} > ${maxOperations}) / Too many operations in one document (${count} > ${maxOperations})`,
            { extensions: code },
          ),
        );
      }
    },
  });
}

/**
 * Refuses bad variables after at most `maxErrors` problems. The gateway's own check lists
 * every problem: a list of 5,000 wrong items, each message quoting its item, made a 400 kB
 * request answer 12 MB after six seconds of work.
 */
export function variableErrorLimitPlugin<C extends BaseContext>(maxErrors: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation?.variableDefinitions?.length) return;
          const { errors } = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, {
            maxErrors,
          });
          if (!errors?.length) return;
          const first = errors[0]!;
          const count = errors.length >= maxErrors ? `≥ ${maxErrors}` : String(errors.length);
          throw new GraphQLError(
            `Nilai variabel tidak valid (${count} masalah) / Invalid variable values (${count} problems): ${first.message}`,
            {
              nodes: first.nodes,
              extensions: {
                code: 'BAD_USER_INPUT',
                problems: errors.map((error) => error.message),
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}

/** Every limit the gateway puts on an operation, from its environment. */
export function gatewayLimits<C extends BaseContext>(
  env: GatewayEnv,
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<C>[] } {
  return {
    validationRules: [
      operationCountLimit(env.MAX_OPERATIONS),
      rootFieldLimit(env.MAX_ROOT_FIELDS),
      depthLimit(env.MAX_QUERY_DEPTH),
      aliasLimit(env.MAX_ALIASES),
    ],
    plugins: [variableErrorLimitPlugin<C>(MAX_VARIABLE_ERRORS), costLimitPlugin<C>(env.MAX_QUERY_COST)],
  };
}
