// Cost before execution: the estimated number of values a response holds, where a list field multiplies
// its children by how many items it returns (`first` when the field takes one, otherwise the known size of
// such lists in the graph). A static cost that adds fields up misses fan-out: `themes { findings { themes
// { findings … } } }` is small on paper and millions of values in practice.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getNamedType, getNullableType, isListType, type DocumentNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * How many items a list of each element type typically holds in the graph (upper end of what the seeded
 * inspections give, rounded up). Fields whose lists differ from their type's usual size are named.
 */
export const LIST_SIZES: { byType: Record<string, number>; byField: Record<string, number>; otherwise: number } = {
  byType: {
    Finding: 40,
    Recommendation: 20,
    Theme: 8,
    Evidence: 2,
    Holding: 5,
    Action: 10,
    Recurrence: 5,
    Inspection: 10,
    Document: 10,
    Role: 20,
    Organisation: 20,
    Person: 30,
    Owner: 3,
  },
  byField: {
    // An inspection report lists up to ~90 findings; a finding or item concerns at most three leaf themes.
    'Inspection.findings': 100,
    'Finding.themes': 3,
    'Recommendation.themes': 3,
    'Action.themes': 3,
    // A page of the national question holds at most 20 councils.
    'CouncilRecurrenceConnection.edges': 20,
    'CouncilRecurrenceConnection.nodes': 20,
  },
  otherwise: 10,
};

export function listSize(parent: string, field: string, element: string, args: Record<string, unknown>): number {
  const first = args.first;
  if (typeof first === 'number' && Number.isFinite(first)) return Math.max(0, first);
  return LIST_SIZES.byField[`${parent}.${field}`] ?? LIST_SIZES.byType[element] ?? LIST_SIZES.otherwise;
}

/** Each field is one value; a list field is its size times (one value, or its items' selection). */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const nullable = getNullableType(field.type);
  if (!isListType(nullable)) return 1 + childComplexity;
  const size = listSize(type.name, field.name, getNamedType(field.type).name, args);
  return 1 + size * Math.max(1, childComplexity);
};

export function queryTooComplex(maxCost: number, cost: number | null): GraphQLError {
  const size = cost === null ? 'more values than can be estimated' : `about ${Math.round(cost)} values`;
  return new GraphQLError(
    `The query would return ${size}, over the limit of ${maxCost}: ask for fewer nested lists, use \`first\`, ` +
      'or split it into several requests',
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        cost: cost === null ? null : Math.round(cost),
        maxCost,
        http: { status: 400 },
      },
    },
  );
}

/** Refuses an operation whose estimated cost exceeds `maxCost` before any resolver runs. */
export function costLimitPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          // Only the operation that runs (with its fragments) is costed, so operationName is not needed.
          const only: DocumentNode = {
            ...document,
            definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
          };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: only,
              variables: request.variables ?? {},
              estimators: [listAwareEstimator],
            });
          } catch (err) {
            // Variables that do not coerce are reported by execution itself (400) before any resolver runs.
            if (err instanceof GraphQLError && !/maximum allowed number of nodes/.test(err.message)) return;
            throw queryTooComplex(maxCost, null);
          }
          if (cost > maxCost) throw queryTooComplex(maxCost, cost);
        },
      };
    },
  };
}
