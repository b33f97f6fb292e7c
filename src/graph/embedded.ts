// Embedded runner: Grafeo in-process, persistent in one file under the data directory.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import { StoreTimeoutError, StoreUnavailableError, type GraphStore, type Params, type Row, type Statement, type WriteTx } from './store.js';
import { toPlain } from './values.js';

const { GrafeoDB } = grafeo;
type Db = InstanceType<typeof GrafeoDB>;

export const EMBEDDED_FILE = 'graph.grafeo';

export function openEmbeddedStore(dataDir: string | null): GraphStore {
  let db: Db;
  try {
    if (dataDir === null) db = GrafeoDB.create();
    else {
      mkdirSync(dataDir, { recursive: true });
      const file = path.join(dataDir, EMBEDDED_FILE);
      db = existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file);
    }
  } catch (err) {
    const message = (err as Error).message;
    const hint = /lock/i.test(message)
      ? ' Another process (a running server, a seed or ingest run) has the data directory open; stop it or go through its API.'
      : '';
    throw new StoreUnavailableError(`cannot open the embedded graph in ${dataDir}: ${message}.${hint}`);
  }
  return new EmbeddedStore(db);
}

class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  statementCount = 0;
  commitCount = 0;
  // This process holds the data directory's lock, so every write to the graph passes through runWrite.
  version = 0;
  private closed = false;
  // Grafeo rejects concurrent writers to the same node (status 40000) instead of queueing them, and
  // concurrent MERGEs can duplicate: one write transaction at a time.
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db) {}

  async read<T extends Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    this.assertOpen();
    this.statementCount++;
    const result = await this.db.executeCypher(statement.text, params).catch((err: unknown) => Promise.reject(named(err, statement)));
    return result.toArray().map((row) => toPlain(row) as T);
  }

  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(() => this.runWrite(work));
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  private async runWrite<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    this.assertOpen();
    const tx = this.db.beginTransaction();
    try {
      const result = await work({
        run: async <R extends Row>(statement: Statement, params: Params = {}) => {
          this.statementCount++;
          const res = await tx.executeCypher(statement.text, params).catch((err: unknown) => Promise.reject(named(err, statement)));
          return res.toArray().map((row) => toPlain(row) as R);
        },
      });
      try {
        tx.commit();
        this.commitCount++;
      } finally {
        // Bumped whatever the commit's outcome: an answer cached before it must never be served after it.
        this.version++;
      }
      return result;
    } catch (err) {
      // Grafeo keeps a transaction usable after a failed statement: roll back or earlier writes commit.
      tx.rollback();
      throw err;
    }
  }

  async applySchema(statements: Statement[]): Promise<void> {
    for (const s of statements) {
      this.statementCount++;
      await this.db.executeCypher(s.text);
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.db.executeCypher('RETURN 1 AS ok');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the embedded graph is closed');
  }
}

/** Grafeo stops a statement after its fixed time limit with this message (no distinct GQLSTATUS). */
const TIMEOUT = /exceeded timeout|transaction timeout/i;

export function named(err: unknown, statement: Statement): unknown {
  return err instanceof Error && TIMEOUT.test(err.message) ? new StoreTimeoutError(statement.name, err) : err;
}
