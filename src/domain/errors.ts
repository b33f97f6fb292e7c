// Errors of the domain with stable codes; the GraphQL layer maps them to error responses in one place.
import { CodedError } from '../errors.js';

export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND';

export class DomainError extends CodedError {
  constructor(
    override readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(code, message, field ? { field } : {});
  }
}

export const invalid = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);
export const missing = (message: string, field?: string) => new DomainError('NOT_FOUND', message, field);
