import { GraphQLError, isScalarType, type GraphQLSchema, type ValueNode } from 'graphql';
import { GraphQLISODateTime } from 'type-graphql';

const INVALID_DATE_TIME =
  'Tanggal-waktu tidak valid (ISO 8601, mis. 2026-12-01T08:00:00Z) / Not a valid date-time (ISO 8601, e.g. 2026-12-01T08:00:00Z)';

/**
 * The supergraph knows custom scalars by name only, so the gateway would pass any value on
 * and a subgraph would refuse it with an HTTP 400 that reaches the client as an internal
 * error. Giving the API schema the subgraphs' own parsing makes the gateway refuse a bad
 * value itself, as a validation error naming the argument.
 */
export function parseCustomScalarsLikeSubgraphs(schema: GraphQLSchema): void {
  const dateTime = schema.getType(GraphQLISODateTime.name);
  if (!isScalarType(dateTime)) return;
  dateTime.parseValue = (value: unknown) => {
    try {
      return GraphQLISODateTime.parseValue(value);
    } catch {
      throw new GraphQLError(INVALID_DATE_TIME, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  };
  dateTime.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
    try {
      return GraphQLISODateTime.parseLiteral(node, variables);
    } catch {
      throw new GraphQLError(INVALID_DATE_TIME, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  };
}
