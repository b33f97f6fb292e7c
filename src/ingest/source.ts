// Reads the report file and refuses what is not a text report: missing or unreadable files, empty files,
// binaries. PDFs and HTML are converted by formats.ts.
import { readFileSync, statSync } from 'node:fs';
import { IngestError } from './errors.js';

/** Larger than any report; protects against ingesting a disk image by mistake. */
const MAX_BYTES = 20 * 1024 * 1024;

export function readReportBytes(file: string): Uint8Array {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new IngestError('INGEST_UNREADABLE', `${file} is a directory, not a report file`);
    if (stat.size > MAX_BYTES)
      throw new IngestError(
        'INGEST_UNREADABLE',
        `${file} is ${Math.round(stat.size / 1048576)} MiB: too large for a report (limit 20 MiB)`,
      );
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new IngestError('INGEST_UNREADABLE', `cannot read ${file}: ${reason}`);
  }
  return bytes;
}

/** A plain text or markdown report file as text. */
export function readReport(file: string): string {
  return decodeReport(readReportBytes(file), file);
}

/** Bytes → text, or a clear error for empty and binary content. */
export function decodeReport(bytes: Uint8Array, name = 'the report'): string {
  if (bytes.length === 0) throw new IngestError('INGEST_EMPTY', `${name} is empty: nothing to ingest`);
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') {
    throw new IngestError(
      'INGEST_BINARY',
      `${name} is a PDF but was sent as text: give it a .pdf name or the PDF format`,
    );
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new IngestError(
      'INGEST_BINARY',
      `${name} is a binary file (it contains NUL bytes), not plain text or markdown`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older exports are Windows-1252; accept them only if they read as text.
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex -- counting control characters is how binary files are told apart
  const control = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (control > Math.max(8, text.length * 0.01)) {
    throw new IngestError(
      'INGEST_BINARY',
      `${name} does not look like text (${control} control characters): give a plain text or markdown file`,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new IngestError('INGEST_EMPTY', `${name} has no words in it: nothing to ingest`);
  return text;
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, the euro sign); Node's decoder
// treats that label as Latin-1, so the range is mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
