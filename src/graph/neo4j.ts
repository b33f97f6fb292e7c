// Neo4j runner: neo4j-driver with managed transactions (the driver retries transient failures), reads
// routed to readers, the database named on every call.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  ConstraintViolationError,
  StoreTimeoutError,
  StoreUnavailableError,
  type GraphStore,
  type Params,
  type Row,
  type Statement,
  type WriteTx,
} from './store.js';
import { toNeo4jParams, toPlain } from './values.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function openNeo4jStore(options: Neo4jOptions): GraphStore {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 15_000,
    connectionAcquisitionTimeout: 10_000,
  });
  return new Neo4jStore(driver, options.database);
}

class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  statementCount = 0;
  commitCount = 0;
  // Other processes (replicas, the ingest tool) write to the same database unseen.
  readonly soleWriter = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async read<T extends Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    this.statementCount++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => rows<T>(tx, statement, params));
    } catch (err) {
      throw timedOut(err, statement) ?? unavailable(err);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite((tx) =>
        work({
          run: async <R extends Row>(statement: Statement, params: Params = {}) => {
            this.statementCount++;
            try {
              return await rows<R>(tx, statement, params);
            } catch (err) {
              throw violated(err, statement) ?? err;
            }
          },
        }),
      );
      this.commitCount++;
      return result;
    } catch (err) {
      // A violation is reported by the statement that made it; one found only at commit has no statement.
      throw violated(err, { name: 'commit', text: '' }) ?? unavailable(err);
    } finally {
      await session.close();
    }
  }

  async applySchema(statements: Statement[]): Promise<void> {
    for (const s of statements) {
      this.statementCount++;
      await this.driver.executeQuery(s.text, {}, { database: this.database });
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw unavailable(err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

async function rows<T>(tx: ManagedTransaction, statement: Statement, params: Params): Promise<T[]> {
  const result = await tx.run(statement.text, toNeo4jParams(params) as Params);
  return result.records.map((record) => toPlain(record.toObject()) as T);
}

function unavailable(err: unknown): unknown {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND/.test(String(err))) {
    return new StoreUnavailableError(`Neo4j is not reachable: ${(err as Error).message}`);
  }
  return err;
}

/** The server's or the driver's transaction time limit: the statement's rows are missing, not empty. */
function timedOut(err: unknown, statement: Statement): StoreTimeoutError | null {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
    ? new StoreTimeoutError(statement.name, err)
    : null;
}

/**
 * A write refused by a constraint (Neo.ClientError.Schema.ConstraintValidationFailed, a client error the
 * driver does not retry), whose message names the node: "Node(0) already exists with label `Theme` and
 * property `id` = 'theme-x'".
 */
function violated(err: unknown, statement: Statement): ConstraintViolationError | null {
  if ((err as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') return null;
  const unique = /already exists with label `([^`]+)` and property `([^`]+)` = (.*)$/.exec((err as Error).message);
  if (!unique) return new ConstraintViolationError(statement.name, {}, err);
  const [, label, property, raw] = unique as unknown as [string, string, string, string];
  const value = /^'.*'$/s.test(raw) ? raw.slice(1, -1) : Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return new ConstraintViolationError(statement.name, { label, property, value }, err);
}
