// Reads and validates the curated seed: every YAML file under seed/graph plus the documents it cites.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CodedError } from '../errors.js';
import { SeedFile, type SeedSection } from './schema.js';

export class SeedError extends CodedError {
  constructor(message: string) {
    super('SEED_INVALID', message);
  }
}

export interface Seed {
  dir: string;
  /** Records of every section, each with the seed file it came from (origin). */
  records: { [K in SeedSection]: Array<SeedFile[K][number] & { origin: string }> };
  /** Document id → full text, for quote checks. */
  texts: Map<string, string>;
}

export const DEFAULT_SEED_DIR = path.resolve(import.meta.dirname, '../../seed');

export function readSeedFile(file: string, source: string): SeedFile {
  let raw: unknown;
  try {
    // A file in YAML's JSON form (generated seeds) gets the JSON parser: the same values, far faster than the
    // YAML parser at national size. The core schema keeps dates as strings (no YAML 1.1 timestamps).
    raw = (source.startsWith('{') ? JSON.parse(source) : parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true })) ?? {};
  } catch (err) {
    throw new SeedError(`${file}: not valid YAML: ${(err as Error).message}`);
  }
  const parsed = SeedFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((issue) => {
      const [section, index, ...field] = issue.path;
      const record = typeof index === 'number' ? recordLabel(raw, String(section), index) : '';
      return `  ${[section, record, field.join('.')].filter(Boolean).join(' › ') || '(file)'}: ${issue.message}`;
    });
    throw new SeedError(`${file}: ${parsed.error.issues.length} invalid field(s)\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function recordLabel(raw: unknown, section: string, index: number): string {
  const record = (raw as Record<string, unknown[]>)?.[section]?.[index] as Record<string, unknown> | undefined;
  const id = record?.id ?? (record?.from && record?.to ? `${record.from}→${record.to}` : record?.person);
  return `record ${index + 1}${id ? ` (${String(id)})` : ''}`;
}

export function readSeed(dir = DEFAULT_SEED_DIR): Seed {
  const graphDir = path.join(dir, 'graph');
  const files = readdirSync(graphDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new SeedError(`${graphDir}: no seed files`);
  const records = Object.fromEntries(Object.keys(SeedFile.shape).map((k) => [k, []])) as unknown as Seed['records'];
  for (const file of files) {
    const data = readSeedFile(`seed/graph/${file}`, readFileSync(path.join(graphDir, file), 'utf8'));
    for (const section of Object.keys(data) as SeedSection[]) {
      for (const record of data[section]) (records[section] as unknown[]).push({ ...record, origin: file });
    }
  }
  const texts = new Map<string, string>();
  for (const doc of records.documents) {
    try {
      texts.set(doc.id, readFileSync(path.join(dir, 'documents', doc.file), 'utf8'));
    } catch {
      throw new SeedError(`seed/graph/${doc.origin}: document ${doc.id} names seed/documents/${doc.file}, which cannot be read`);
    }
  }
  return { dir, records, texts };
}
