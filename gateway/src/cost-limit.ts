import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  isInterfaceType,
  isInputObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '@kampung/shared';

/** Argument names that bound how many items a list field returns, at the field or inside its `input`. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];
/**
 * What a list without a size argument (a product's variants, an order's lines) counts for:
 * such lists are bounded by the data, not by the caller, so they count less than a page.
 */
export const UNPAGED_LIST_SIZE = 5;

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Stops summing as soon as the limit is passed, so a hostile document costs little to refuse. */
  max: number;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
    default:
      return undefined;
  }
}

/** Whether a field takes `first`/`last`/`limit`, as an argument or inside an input-object argument. */
function takesSize(definition: GraphQLField<unknown, unknown>): boolean {
  return definition.args.some((argument) => {
    const named = getNamedType(argument.type);
    return (
      SIZE_ARGUMENTS.includes(argument.name) ||
      (isInputObjectType(named) && SIZE_ARGUMENTS.some((name) => name in named.getFields()))
    );
  });
}

/** The page size a field asks for, variables resolved; the default page size when it says nothing usable. */
function requestedSize(field: FieldNode, variables: Record<string, unknown>): number {
  for (const argument of field.arguments ?? []) {
    const value = valueOf(argument.value, variables);
    const candidates = SIZE_ARGUMENTS.includes(argument.name.value)
      ? [value]
      : typeof value === 'object' && value !== null
        ? SIZE_ARGUMENTS.map((name) => (value as Record<string, unknown>)[name])
        : [];
    for (const candidate of candidates) {
      // A size the subgraph will refuse anyway (negative, fractional) still counts as a page; huge ones count in full.
      if (typeof candidate === 'number' && Number.isFinite(candidate) && candidate >= 1) return Math.ceil(candidate);
    }
  }
  return DEFAULT_PAGE_SIZE;
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/**
 * `inPage`: the selection is a paged field's result (a connection, a search result), whose
 * `edges`/`nodes` lists are that page and are not multiplied again.
 */
function costOf(
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLCompositeType,
  context: CostContext,
  seen: Set<string>,
  inPage: boolean,
): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (total > context.max) return total;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fieldOf(type, selection.name.value);
      if (!field) continue;
      const named = getNamedType(field.type);
      const paged = takesSize(field) || named.name.endsWith('Connection');
      const multiplier = paged
        ? requestedSize(selection, context.variables)
        : isListType(getNullableType(field.type)) && !inPage
          ? UNPAGED_LIST_SIZE
          : 1;
      const childCost =
        isObjectType(named) || isAbstractType(named) ? costOf(selection.selectionSet, named, context, seen, paged) : 0;
      total += 1 + multiplier * childCost;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : type;
      total += costOf(selection.selectionSet, (condition ?? type) as GraphQLCompositeType, context, seen, inPage);
    } else {
      const name = selection.name.value;
      const fragment = context.fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const condition = context.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      total += costOf(fragment.selectionSet, condition ?? type, context, new Set([...seen, name]), inPage);
    }
  }
  return total;
}

/**
 * Estimated cost of an operation: each field 1; a paged field (one taking `first`/`last`/`limit`,
 * or returning a connection) multiplies what it selects by the size asked for (variables
 * resolved) or the default page size; another list by UNPAGED_LIST_SIZE; fragments followed.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> = {},
  max = Number.POSITIVE_INFINITY,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const context: CostContext = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables, max };
  return costOf(operation.selectionSet, root, context, new Set(), false);
}

/**
 * Refuses an operation whose estimated cost is above `maxCost` before anything is planned or
 * sent to a subgraph. A plugin rather than a validation rule: validation never sees the
 * variables, and `products(first: $n)` costs what `$n` says.
 */
export function costLimitPlugin<C extends BaseContext>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = document.definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          );
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, maxCost);
          if (cost > maxCost) {
            const shown = Number.isSafeInteger(cost) ? `${cost} > ${maxCost}` : `> ${maxCost}`;
            throw new GraphQLError(
              `Kueri terlalu berat (${shown}); minta lebih sedikit data / Query is too expensive (${shown}); ask for less data`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
