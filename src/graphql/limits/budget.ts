// The second line behind the cost estimate: while a request executes, count the fields it resolves and
// watch the clock. Past either bound every further field fails at once (no resolver runs, no database
// read starts), and the response is replaced by one coded error instead of a partial, oversized answer.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  defaultFieldResolver,
  isObjectType,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { GraphStore } from '../../graph/store.js';

export type BudgetExceeded = 'RESPONSE_TOO_LARGE' | 'QUERY_TIMEOUT';

/** Database reads one request may have in flight: a wide fan-out queues behind them instead of flooding. */
const READS_IN_FLIGHT = 4;

export class ExecutionBudget {
  private deadline = Infinity;
  private fields = 0;
  tripped: BudgetExceeded | null = null;
  // One error, already located (it has a path), so graphql-js reuses it for every refused field instead of
  // building (and capturing a stack for) a new one per field: refusing stays cheap however wide the query.
  private readonly refusal = new GraphQLError('execution budget exceeded', {
    path: [],
    extensions: { code: 'BUDGET_EXCEEDED' },
  });

  constructor(
    private readonly limits: { maxResolvedFields: number; timeoutMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.deadline = this.now() + this.limits.timeoutMs;
  }

  /** Counts `fields` resolved fields; false once the request is over budget. */
  admit(fields: number): boolean {
    if (this.tripped === null) {
      this.fields += fields;
      if (this.fields > this.limits.maxResolvedFields) this.tripped = 'RESPONSE_TOO_LARGE';
      else if (this.now() > this.deadline) this.tripped = 'QUERY_TIMEOUT';
    }
    return this.tripped === null;
  }

  /**
   * A refused field fails asynchronously: graphql-js 16 abandons the other items of a list when one item
   * throws synchronously, and their later failures would surface as unhandled rejections.
   */
  refuse(): Promise<never> {
    return Promise.reject(this.refusal);
  }

  /** The store as this request sees it: reads wait their turn and are refused once over budget. */
  guard(store: GraphStore): GraphStore {
    let active = 0;
    const waiting: Array<() => void> = [];
    const release = () => {
      active--;
      waiting.shift()?.();
    };
    const read: GraphStore['read'] = async (statement, params) => {
      if (active >= READS_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        if (!this.admit(0)) throw this.refusal;
        return await store.read(statement, params);
      } finally {
        release();
      }
    };
    return new Proxy(store, {
      get(target, prop) {
        if (prop === 'read') return read;
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  formatted(): GraphQLFormattedError {
    const { maxResolvedFields, timeoutMs } = this.limits;
    return this.tripped === 'QUERY_TIMEOUT'
      ? {
          message: `The query did not finish within ${timeoutMs} ms; ask for less or split it into several requests`,
          extensions: { code: 'QUERY_TIMEOUT', timeoutMs },
        }
      : {
          message: `The response would hold more than ${maxResolvedFields} fields; ask for less or split it into several requests`,
          extensions: { code: 'RESPONSE_TOO_LARGE', maxResolvedFields },
        };
  }
}

// Apollo shallow-copies the context per operation, so the budget travels as an (enumerable) symbol property.
const BUDGET = Symbol('executionBudget');

/** Ties a request's budget to its context object (created together in the server's context factory). */
export function attachBudget<C extends object>(context: C, budget: ExecutionBudget): C {
  return Object.assign(context, { [BUDGET]: budget });
}

const budgetOf = (context: object): ExecutionBudget | undefined => (context as { [BUDGET]?: ExecutionBudget })[BUDGET];

const isThenable = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Wraps every field's resolver of `schema` (in place) so it first charges the request's budget. */
export function chargeFieldsTo(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = budgetOf(context as object);
        if (!budget) return resolve(source, args, context, info);
        if (!budget.admit(1)) return budget.refuse();
        const result = resolve(source, args, context, info);
        // A resolver that finishes after the budget ran out must not expand its (possibly long) list.
        return isThenable(result) ? result.then((value) => (budget.admit(0) ? value : budget.refuse())) : result;
      };
    }
  }
  return schema;
}

export function executionBudgetPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const budget = budgetOf(contextValue);
      if (!budget) return {};
      return {
        async executionDidStart() {
          budget.start();
        },
        async willSendResponse({ response }) {
          if (budget.tripped === null || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [budget.formatted()] };
        },
      };
    },
  };
}
