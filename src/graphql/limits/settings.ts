// The request limits in one place: what a single GraphQL request may ask for and spend.
export interface RequestLimits {
  /** Deepest selection nesting accepted. */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Lexical tokens per document; enforced by graphql-js's parser, so a refusal is a syntax error (400). */
  maxTokens: number;
  /** Estimated values in the response (lists multiply their children), checked before execution. */
  maxCost: number;
  /** Resolved fields per request, counted during execution: the response-size cap behind the estimate. */
  maxResolvedFields: number;
  /** Execution deadline per request. */
  timeoutMs: number;
  /** Requests per client address and minute to /graphql. */
  ratePerMinute: number;
}

// Sized so every saved recipe passes with room to spare; see the README's "Limits" table.
export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxCost: 50_000,
  maxResolvedFields: 100_000,
  timeoutMs: 5_000,
  ratePerMinute: 600,
};
