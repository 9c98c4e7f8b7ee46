import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  isLeafType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A selection for a field's result: its leaf fields and, a couple of levels down, those of
 * the objects it links to (connections and edges do not count as a level), so that field
 * resolvers and entity references are reached too.
 */
export function selectionFor(type: GraphQLNamedType, levels = 2): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) {
    return `{ __typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionFor(member, levels)}`)
      .join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const wrapper = type.name.endsWith('Connection') || type.name.endsWith('Edge');
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (levels > 0 || wrapper) parts.push(`${field.name} ${selectionFor(named, wrapper ? levels : levels - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A value as a GraphQL literal, for arguments written inline; `enumNames` are printed bare. */
export function literal(value: unknown, enumName = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string')
    return enumName && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, enumName)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(key),
  );
  return `{ ${entries.map(([key, item]) => `${key}: ${literal(item, true)}`).join(', ')} }`;
}

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One call of `field` with `args`: as variables (declared with the argument's own types) or
 * written inline. Arguments left out of `args` are left out of the call (a missing required one).
 */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  mode: 'variables' | 'inline',
): FuzzOperation {
  const given = field.args.filter((arg) => arg.name in args);
  const selection = selectionFor(getNamedType(field.type));
  if (mode === 'inline') {
    const written = given.map((arg) => `${arg.name}: ${literal(args[arg.name], isEnumType(getNamedType(arg.type)))}`);
    return {
      query: `${kind} { ${field.name}${written.length ? `(${written.join(', ')})` : ''} ${selection} }`,
      variables: {},
    };
  }
  const declared = given.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const passed = given.map((arg) => `${arg.name}: $${arg.name}`);
  return {
    query: `${kind}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection} }`,
    variables: Object.fromEntries(given.map((arg) => [arg.name, args[arg.name]])),
  };
}

/** The fields of the root types, Mutation first: every one of them gets fuzzed. */
export function rootFields(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((field) => !field.name.startsWith('_'))
    .map((field) => ({ kind: 'query' as const, field }));
  return [...mutations, ...queries];
}
