// What the embedded graph needs beyond Grafeo 0.6 to never lose an acknowledged write:
// - Grafeo's commit writes the WAL record (write(2)) but leaves fdatasync to later (strace: none within
//   seconds of a burst), so after each commit the WAL segments are synced here before the write is
//   acknowledged;
// - a missing, emptied or cut WAL opens silently with fewer commits, so a small high-water mark beside
//   the data file records the epoch of the last acknowledged write (fixed-size record, fdatasync'd), and
//   a graph opening below it is refused.
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** The high-water mark's file beside the data file. */
export const markPath = (file: string) => `${file}.hwm`;
/** Grafeo's WAL directory beside the data file. */
export const walDir = (file: string) => `${file}.wal`;

export interface Mark {
  /** Epoch of the last acknowledged write (Grafeo's commit counter). */
  epoch: bigint;
  /** When it was recorded (ISO). */
  at: string;
}

const RECORD_BYTES = 128;

function encode(mark: Mark): Buffer {
  const json = JSON.stringify({ epoch: mark.epoch.toString(), at: mark.at });
  // Fixed width, so each update overwrites one record in place within one sector.
  return Buffer.from(json.padEnd(RECORD_BYTES - 1, ' ') + '\n', 'utf8');
}

export class MarkUnreadableError extends Error {}

function writeRecord(fd: number, record: Buffer): void {
  const written = writeSync(fd, record, 0, RECORD_BYTES, 0);
  if (written !== RECORD_BYTES)
    throw Object.assign(new Error('ENOSPC: short write of the high-water mark'), { code: 'ENOSPC' });
}

/** The recorded mark, or null when there is none. Throws MarkUnreadableError for a damaged file. */
export function readMark(file: string): Mark | null {
  const p = markPath(file);
  if (!existsSync(p)) return null;
  const text = readFileSync(p, 'utf8').trim();
  try {
    const parsed = JSON.parse(text) as { epoch: string; at: string };
    if (!/^\d+$/.test(parsed.epoch)) throw new Error('epoch');
    return { epoch: BigInt(parsed.epoch), at: parsed.at };
  } catch {
    throw new MarkUnreadableError(`${p} is damaged (${JSON.stringify(text.slice(0, 60))})`);
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a mark atomically (temp file, fsync, rename, fsync of the directory): for creation and restores. */
export function writeMarkAtomically(file: string, mark: Mark): void {
  const p = markPath(file);
  const tmp = `${p}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeRecord(fd, encode(mark));
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, p);
  fsyncDir(path.dirname(p));
}

/** Keeps the mark's file open and updates it in place after each acknowledged write. */
export class HighWaterMark {
  private fd: number | null = null;

  constructor(private readonly file: string) {}

  record(epoch: bigint): void {
    if (this.fd === null) {
      if (!existsSync(markPath(this.file))) writeMarkAtomically(this.file, { epoch, at: new Date().toISOString() });
      this.fd = openSync(markPath(this.file), 'r+');
    }
    writeRecord(this.fd, encode({ epoch, at: new Date().toISOString() }));
    fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** fdatasync every WAL segment: what Grafeo has written but not yet synced reaches the disk. */
export function syncWal(file: string): void {
  const dir = walDir(file);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.log')) continue;
    const fd = openSync(path.join(dir, name), 'r');
    try {
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** Errors that mean the disk, not the request, is at fault (ENOSPC, EIO, EROFS, EDQUOT and Rust's words). */
const IO_FAULT =
  /ENOSPC|EIO\b|EROFS|EDQUOT|no space left|input\/output error|read-only file system|disk quota|os error (5|28|30|122)\b/i;

export function isIoFault(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return (typeof code === 'string' && IO_FAULT.test(code)) || IO_FAULT.test(err.message);
}

/** What to do when the data directory cannot be opened, by cause. */
export function openHint(message: string): string {
  if (
    /permission denied|os error 13|EACCES|operation not permitted|os error 1\b|EPERM|read-only file system|os error 30/i.test(
      message,
    )
  ) {
    return ' The service cannot read or write the data directory: give its user ownership (chown -R) or point DATA_DIR at a writable directory.';
  }
  if (/no space left|os error 28|ENOSPC|disk quota/i.test(message)) {
    return ' The disk holding the data directory is full: free space, then start again.';
  }
  if (
    /cannot be locked|already locked|lock(ed)? (is )?held|would block|os error 11\b|EWOULDBLOCK|EAGAIN/i.test(message)
  ) {
    return ' Another process (a running server, a seed or ingest run) has the data directory open; stop it or go through its API.';
  }
  if (/magic|not a grafeo database|serializ|corrupt|checksum|damaged|invalid|unexpected end|truncat/i.test(message)) {
    return (
      ' The data file or its write-ahead log is damaged: restore the latest backup (npm run restore -- <backup>);' +
      ' keep the damaged files for inspection.'
    );
  }
  return '';
}

// Larger than any one write the API accepts (bodies are capped well below it), smaller than a useful free margin.
const PROBE_BYTES = 1024 * 1024;

/** Proves the data directory takes new data again: writes, syncs and removes a small file. */
export function probeWritable(dir: string): void {
  const probe = path.join(dir, '.write-probe');
  const fd = openSync(probe, 'w');
  try {
    // A short write is how a nearly full disk answers first; keep writing until ENOSPC or done.
    const block = Buffer.alloc(PROBE_BYTES);
    for (let done = 0; done < PROBE_BYTES;) done += writeSync(fd, block, done, PROBE_BYTES - done);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
    rmSync(probe, { force: true });
  }
}
