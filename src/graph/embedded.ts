// Embedded runner: Grafeo in-process, persistent in one file under the data directory (plus its WAL
// directory and the high-water mark beside it, see durability.ts).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import {
  HighWaterMark,
  MarkUnreadableError,
  isIoFault,
  markPath,
  openHint,
  probeWritable,
  readMark,
  syncWal,
  walDir,
  type Mark,
} from './durability.js';
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
import { toPlain } from './values.js';

const { GrafeoDB } = grafeo;
type Db = InstanceType<typeof GrafeoDB>;

export const EMBEDDED_FILE = 'graph.grafeo';

export interface EmbeddedOptions {
  /** Automatic checkpoint interval (Grafeo's are off by default); also once the WAL holds 16 MiB. */
  checkpointIntervalMs?: number;
}

const WAL_CHECKPOINT_BYTES = 16 * 1024 * 1024;

export function openEmbeddedStore(dataDir: string | null, options: EmbeddedOptions = {}): GraphStore {
  if (dataDir === null) return new EmbeddedStore(GrafeoDB.create(), null);
  const file = path.join(dataDir, EMBEDDED_FILE);
  let db: Db;
  let mark: Mark | null;
  try {
    mkdirSync(dataDir, { recursive: true });
    mark = readMark(file);
    if (mark && !existsSync(file)) throw new StoreUnavailableError(lostWrites(file, null, mark));
    if (mark) {
      // Checked read-only first, so a graph that is refused is left exactly as it was found.
      const probe = GrafeoDB.openReadOnly(file);
      const epoch = probe.currentEpoch();
      probe.close();
      if (epoch < mark.epoch) throw new StoreUnavailableError(lostWrites(file, epoch, mark));
    }
    db = existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file);
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw err;
    const message = (err as Error).message;
    if (err instanceof MarkUnreadableError) throw new StoreUnavailableError(`${message}. ${RECOVERY(file)}`);
    throw new StoreUnavailableError(
      `cannot open the embedded graph in ${dataDir}: ${message}.${openHint(message)}`,
      err,
    );
  }
  const epoch = db.currentEpoch();
  if (mark && epoch < mark.epoch) {
    db.close();
    throw new StoreUnavailableError(lostWrites(file, epoch, mark));
  }
  try {
    db.setCheckpointTriggers({ intervalMs: options.checkpointIntervalMs ?? 60_000, walBytes: WAL_CHECKPOINT_BYTES });
    const hwm = new HighWaterMark(file);
    // A new graph, or one from before the mark existed, starts being tracked at its current epoch.
    if (!mark) hwm.record(epoch);
    return new EmbeddedStore(db, { file, hwm });
  } catch (err) {
    db.close();
    const message = (err as Error).message;
    throw new StoreUnavailableError(
      `cannot prepare the embedded graph in ${dataDir}: ${message}.${openHint(message)}`,
      err,
    );
  }
}

const RECOVERY = (file: string) =>
  [
    'The service will not serve or re-seed it. To recover:',
    `(1) put back the missing files (${path.basename(walDir(file))}/ beside ${path.basename(file)}) if they still exist, or`,
    '(2) restore the latest backup: npm run restore -- <backup directory>, or',
    `(3) to accept the graph as it is and lose the writes after it, delete ${markPath(file)}`,
    '(make a copy of the data directory first).',
  ].join(' ');

function lostWrites(file: string, epoch: bigint | null, mark: Mark): string {
  const what = epoch === null ? `the data file ${file} is missing` : `the graph in ${file} opens at epoch ${epoch}`;
  return (
    `${what}, but writes up to epoch ${mark.epoch} were acknowledged (last at ${mark.at}, recorded in ` +
    `${markPath(file)}): its write-ahead log is missing, emptied or cut short, or the data file is older than ` +
    `the last acknowledged write. ${RECOVERY(file)}`
  );
}

interface Durable {
  file: string;
  hwm: HighWaterMark;
}

/** Saves a single-file copy of an embedded graph (see backup.ts); returns the epoch it holds. */
export function saveEmbeddedCopy(store: GraphStore, target: string): Promise<bigint> {
  if (!(store instanceof EmbeddedStore)) throw new Error('only an embedded graph can be copied to a file');
  return store.saveCopy(target);
}

class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  statementCount = 0;
  commitCount = 0;
  // This process holds the data directory's lock, so every write to the graph passes through runWrite.
  readonly soleWriter = true;
  private closed = false;
  // Grafeo rejects concurrent writers to the same node (status 40000) instead of queueing them, and
  // concurrent MERGEs can duplicate: one write transaction at a time.
  private writeQueue: Promise<unknown> = Promise.resolve();
  /** The disk fault that made the last write fail; cleared when the disk takes a write again. */
  private fault: Error | null = null;

  /** `durable` is null for an in-memory graph. */
  constructor(
    private readonly db: Db,
    private readonly durable: Durable | null,
  ) {}

  async read<T extends Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    this.assertOpen();
    this.statementCount++;
    const result = await this.db
      .executeCypher(statement.text, params)
      .catch((err: unknown) => Promise.reject(named(err, statement)));
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
    let result: T;
    try {
      result = await work({
        run: async <R extends Row>(statement: Statement, params: Params = {}) => {
          this.statementCount++;
          const res = await tx
            .executeCypher(statement.text, params)
            .catch((err: unknown) => Promise.reject(named(err, statement)));
          return res.toArray().map((row) => toPlain(row) as R);
        },
      });
      try {
        tx.commit();
      } finally {
        // Bumped whatever the commit's outcome: an answer cached before it must never be served after it.
        this.commitCount++;
      }
    } catch (err) {
      // Grafeo keeps a transaction usable after a failed statement: roll back or earlier writes commit.
      // A failed commit may leave nothing to roll back; the original error is what the caller must see.
      try {
        if (tx.isActive) tx.rollback();
      } catch {
        // the rollback's own failure ("No active transaction") says nothing about the cause
      }
      throw this.faulted(err);
    }
    this.makeDurable();
    return result;
  }

  /**
   * Acknowledge only what is on disk: sync the WAL Grafeo has written, then record the new epoch in the
   * high-water mark. If either fails the write is not acknowledged (its outcome is unknown to the caller).
   */
  private makeDurable(): void {
    if (!this.durable) return;
    try {
      syncWal(this.durable.file);
      this.durable.hwm.record(this.db.currentEpoch());
      this.fault = null;
    } catch (err) {
      throw this.faulted(err, 'the write was committed but could not be made durable');
    }
  }

  /** A disk fault becomes STORE_UNAVAILABLE with its cause, and marks the store not ready. */
  private faulted(err: unknown, context = 'a write failed'): unknown {
    if (!isIoFault(err)) return err;
    this.fault = err as Error;
    return new StoreUnavailableError(`${context}: ${(err as Error).message}`, err);
  }

  async applySchema(statements: Statement[]): Promise<void> {
    for (const s of statements) {
      this.statementCount++;
      await this.db.executeCypher(s.text).catch((err: unknown) => Promise.reject(this.faulted(err)));
    }
    this.makeDurable();
  }

  /** Answers, and (persistent graph) can write: a disk fault seen by a write is re-checked here. */
  async ping(): Promise<void> {
    this.assertOpen();
    await this.db.executeCypher('RETURN 1 AS ok');
    if (!this.durable) return;
    if (this.fault) {
      try {
        // New data must fit again (overwriting the mark in place would pass on a full disk).
        probeWritable(path.dirname(this.durable.file));
        this.durable.hwm.record(this.db.currentEpoch());
        this.fault = null;
      } catch (err) {
        throw new StoreUnavailableError(`writes fail: ${(err as Error).message}`, err);
      }
    }
    const status = this.db.checkpointStatus();
    if (status.stopped || status.failures > 0) {
      throw new StoreUnavailableError(`automatic checkpoints fail: ${status.lastError ?? 'unknown error'}`);
    }
  }

  /** A consistent single-file copy of the graph at `target` (Grafeo's save); returns its epoch. */
  async saveCopy(target: string): Promise<bigint> {
    this.assertOpen();
    await this.writeQueue;
    this.db.walCheckpoint();
    this.db.save(target);
    return this.db.currentEpoch();
  }

  /** Folds the WAL into the data file, so the file alone holds every committed write. */
  async checkpoint(): Promise<void> {
    this.assertOpen();
    if (!this.durable) return;
    await this.writeQueue;
    this.db.walCheckpoint();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
    try {
      // Grafeo's close checkpoints: the data file is self-sufficient afterwards.
      this.db.close();
    } catch (err) {
      // The WAL still holds every acknowledged write; only the fold into the data file failed.
      const message = (err as Error).message;
      throw new StoreUnavailableError(
        `closing the embedded graph failed: ${message}. Every acknowledged write is still ` +
          `in the write-ahead log and is replayed at the next start.${openHint(message)}`,
        err,
      );
    } finally {
      this.durable?.hwm.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the embedded graph is closed');
  }
}

/** Grafeo stops a statement after its fixed time limit with this message (no distinct GQLSTATUS). */
const TIMEOUT = /exceeded timeout|transaction timeout/i;
/**
 * Grafeo refuses a write that breaks a constraint with GQLSTATUS G2000 ("GRAFEO-V001: Invalid value"), which
 * other invalid values share, so the message is what tells a violation apart:
 * `UNIQUE constraint violation: property 'id' with value String("theme-x") already exists on :Theme`.
 */
const VIOLATION = /constraint violation/i;
const UNIQUE = /property '([^']+)' with value (\w+)\((.*)\) already exists on :(\w+)/;

/** Grafeo's error as the store's coded error where it has one (time limit, constraint), else unchanged. */
export function named(err: unknown, statement: Statement): unknown {
  if (!(err instanceof Error)) return err;
  if (TIMEOUT.test(err.message)) return new StoreTimeoutError(statement.name, err);
  if (!VIOLATION.test(err.message)) return err;
  const unique = UNIQUE.exec(err.message);
  if (!unique) return new ConstraintViolationError(statement.name, {}, err);
  const [, property, type, raw, label] = unique as unknown as [string, string, string, string, string];
  return new ConstraintViolationError(statement.name, { label, property, value: grafeoValue(type, raw) }, err);
}

/** A value as Grafeo prints it (Rust's Debug form: `String("a\"b")`, `Int64(7)`). */
function grafeoValue(type: string, raw: string): string | number {
  if (type === 'String') {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw;
    }
  }
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}
