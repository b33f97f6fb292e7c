// Errors a client can cause, with stable codes; everything else is reported as INTERNAL_SERVER_ERROR
// without internals (outside development).
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CodedError } from '../errors.js';

export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`No ${kind} with id "${id}"`, { extensions: { code: 'NOT_FOUND', id } });
}

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function unauthenticated(message = 'A valid curator bearer token is required for writes'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Coded faults a client is told about by a public code and message, without the internal details. */
const FAULTS: Record<string, { code: string; message: string }> = {
  STORE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly' },
};

export function formatErrorFor(env: string, log: { error(obj: object, msg: string): void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof CodedError) {
      if (original.exposed) {
        return {
          message: original.message,
          path: formatted.path,
          extensions: { code: original.code, ...original.details },
        };
      }
      const known = FAULTS[original.code];
      if (known) {
        // The cause (ENOSPC, EIO…) is what an operator needs; it is logged, never shown.
        log.error(
          { err: original, cause: original.cause instanceof Error ? original.cause.message : original.cause },
          known.message,
        );
        return { message: known.message, path: formatted.path, extensions: { code: known.code } };
      }
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error({ err: original }, 'unexpected error');
      if (env !== 'development')
        return {
          message: 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
    }
    if (env === 'development') return formatted;
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
