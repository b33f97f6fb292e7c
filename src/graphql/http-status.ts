// GraphQL over HTTP status codes: a request that is well-formed JSON but whose document does not parse or
// validate, or whose variables do not coerce, is answered 400 when the client accepts
// application/graphql-response+json, and 200 when it only accepts application/json (or says nothing),
// as the GraphQL-over-HTTP specification says for that media type. The coded errors are the same.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
]);

export function acceptsGraphQLResponse(accept: string | undefined): boolean {
  return /application\/graphql-response\+json/i.test(accept ?? '');
}

export function statusByMediaTypePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (acceptsGraphQLResponse(request.http?.headers.get('accept'))) return;
          const { errors, data } = response.body.singleResult;
          if (
            data === undefined &&
            errors?.length &&
            errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

/** The schema has no subscriptions: say so before execution instead of failing inside it. */
export function noSubscriptionsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('This API has no subscriptions; poll a query instead', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
