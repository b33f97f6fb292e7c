// The store port: the only way the rest of the service reaches a graph database. Two runners implement
// it (embedded Grafeo, Neo4j); both take the same Cypher and return plain JS values.
import { CodedError } from '../errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A named, parameterised Cypher statement. Names make logs and the lint test readable. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export interface WriteTx {
  run<T extends Row = Row>(statement: Statement, params?: Params): Promise<T[]>;
}

export interface GraphStore {
  readonly backend: 'embedded' | 'neo4j';
  /** One read statement (routed to a reader on a cluster). */
  read<T extends Row = Row>(statement: Statement, params?: Params): Promise<T[]>;
  /** Several statements in one transaction: all commit or none does. */
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
  /** Schema statements (constraints, indexes), each on its own, idempotent. */
  applySchema(statements: Statement[]): Promise<void>;
  /** Throws when the database cannot answer (embedded: or cannot write to its disk). */
  ping(): Promise<void>;
  /** Makes the data file alone hold every committed write (embedded: a WAL checkpoint); absent elsewhere. */
  checkpoint?(): Promise<void>;
  close(): Promise<void>;
  /**
   * True when every write to the graph passes through this store (embedded: this process holds the data
   * directory's lock), so `commitCount` names the graph an answer was computed from and answers may be
   * cached by it. False where other processes write unseen (a shared Neo4j): then nothing may be cached.
   */
  readonly soleWriter: boolean;
  /** Statements sent so far; tests use it to bound database round-trips per request. */
  readonly statementCount: number;
  /**
   * Write transactions committed (or attempted: a failed commit bumps it too) through this store so far.
   * What is derived from the graph (the search index, cached answers) compares it with the count it was
   * built at, so every write invalidates it, whoever made it.
   */
  readonly commitCount: number;
}

const registry = new Map<string, Statement>();

/** Declares a statement; every declared statement is checked by Neo4j's linter in the test suite. */
export function cypher(name: string, text: string): Statement {
  if (registry.has(name)) throw new Error(`duplicate statement name ${name}`);
  const statement = { name, text: text.trim() };
  registry.set(name, statement);
  return statement;
}

export function declaredStatements(): Statement[] {
  return [...registry.values()];
}

/** The database cannot answer (down, unreachable, locked by another process). Not the client's fault. */
export class StoreUnavailableError extends CodedError {
  constructor(message: string, cause?: unknown) {
    super('STORE_UNAVAILABLE', message, {}, false);
    if (cause !== undefined) this.cause = cause;
  }
}

/**
 * A statement the database gave up on (its time limit). Its own code, so a caller never mistakes the missing
 * rows for an empty answer; the statement name is logged, not shown.
 */
export class StoreTimeoutError extends CodedError {
  constructor(
    readonly statement: string,
    cause?: unknown,
  ) {
    super('STORE_TIMEOUT', 'The graph database did not answer in time; no partial answer was returned');
    this.cause = cause;
  }
}

/** What the engine said about a refused write; each part only when its message names it. */
export interface ConstraintDetails {
  label?: string;
  property?: string;
  value?: string | number;
}

/**
 * A write the database refused because it would break a schema constraint (today: a second node of a label
 * with an id that exists already, see schema-setup.ts). The transaction is rolled back, so nothing of it was
 * written. The caller's input (or a concurrent writer that got there first) names an item that exists, so
 * the client is told which one; the statement name is logged, not shown.
 */
export class ConstraintViolationError extends CodedError {
  constructor(
    readonly statement: string,
    details: ConstraintDetails,
    cause?: unknown,
  ) {
    const { label, property, value } = details;
    super(
      'CONSTRAINT_VIOLATION',
      label && property && value !== undefined
        ? `A ${label} with ${property} ${JSON.stringify(value)} exists already; nothing was written`
        : 'The write would break a uniqueness constraint of the graph; nothing was written',
      { ...details },
    );
    this.cause = cause;
  }
}
