// Everything that bounds one GraphQL request, assembled for Apollo: static limits (depth, aliases,
// directives, tokens), the list-aware cost estimate before execution, and the execution budget.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import { executionBudgetPlugin } from './budget.js';
import { costLimitPlugin } from './cost.js';
import type { RequestLimits } from './settings.js';

export { DEFAULT_LIMITS, type RequestLimits } from './settings.js';
export { ExecutionBudget, attachBudget, chargeFieldsTo } from './budget.js';

export interface LimitWiring<C extends object> {
  validationRules: ValidationRule[];
  plugins: Array<ApolloServerPlugin<C>>;
  parseOptions: ParseOptions;
}

export function requestLimits<C extends object>(
  limits: RequestLimits,
  options: { suggestFields: boolean },
): LimitWiring<C> {
  // graphql-armor's own cost limit adds fields up without list sizes, and its token limit throws inside
  // Apollo's parsing hook (an HTTP 500 for every syntax error): both are replaced below.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !options.suggestFields },
  }).protect();
  return {
    validationRules: armor.validationRules,
    // graphql-armor's plugin types come from Apollo's CommonJS build; the objects are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as Array<ApolloServerPlugin<C>>),
      costLimitPlugin<C>(limits.maxCost),
      executionBudgetPlugin<C>(),
    ],
    // The parser counts tokens itself, so an over-long document is a syntax error: 400 GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
