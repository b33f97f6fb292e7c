// `npm run ingest -- <file> [--kind KIND] [--date YYYY-MM-DD] [--dry-run] [--json out.json]`
// Adds a new report to the graph: its items, their themes and suggested recurrence links to earlier items.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { CodedError } from '../errors.js';
import { StoreUnavailableError, type GraphStore } from '../graph/store.js';
import { analyseReport } from './analyse.js';
import { ingestThroughApi } from './api-client.js';
import { IngestError } from './errors.js';
import { documentText, formatOf } from './formats.js';
import { loadLexicon } from './lexicon.js';
import { openCuratedStore } from './open-store.js';
import { terminalProgress, silentProgress } from './progress.js';
import { DEFAULT_RANKING } from './recurrence.js';
import { DEFAULT_ORGANISATION, ingestReport } from './run.js';
import { readReportBytes } from './source.js';
import { formatSummary, toJson, type IngestJson } from './summary.js';
import { InspectionKind } from '../model/values.js';

const USAGE = `Usage: npm run ingest -- <file> [options]

Reads a document (plain text, markdown, HTML or PDF: an inspection letter or report, a news report, a
press release) and proposes what it states: the event (or the existing one it reports), judgements, people
in roles, organisations, findings, items with their themes and RECURS_AS links to earlier items. Everything
is written as SUGGESTED for curators to review.

Options:
  --kind KIND          ${InspectionKind.options.join(' | ')} (default: read from the text)
  --date DATE          publication date, YYYY, YYYY-MM or YYYY-MM-DD (default: the first date in the text)
  --title TEXT         document title (default: the report's heading)
  --slug SLUG          id part, e.g. 2025-monitoring-visit-1 (default: year + file name)
  --organisation ID    the council inspected (default: ${DEFAULT_ORGANISATION})
  --limit N            at most N recurrence suggestions per item (default: ${DEFAULT_RANKING.limit})
  --dry-run            write nothing; print the summary a real run would act on
  --json FILE          also write the result as JSON to FILE
  --api URL            ingest through this running server (its /ingest endpoint) instead of opening the graph
  --quiet              no progress on stderr
  -h, --help           this text

The embedded graph is locked while the server runs: the tool then goes through the server's API
(http://127.0.0.1:$PORT, or --api URL) with the curator token in CURATOR_TOKEN — dry runs included.`;

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    console.error(`${file ? 'give one file' : 'no report file given'}\n\n${USAGE}`);
    return 1;
  }
  const limit = args.values.limit === undefined ? DEFAULT_RANKING.limit : Number(args.values.limit);
  if (!Number.isInteger(limit) || limit < 0 || limit > 20) {
    console.error('--limit must be a whole number from 0 to 20');
    return 1;
  }
  const dryRun = Boolean(args.values['dry-run']);
  const progress = args.values.quiet ? silentProgress : terminalProgress();

  let store: GraphStore | null = null;
  try {
    const config = loadConfig();
    const overrides = {
      kind: args.values.kind,
      date: args.values.date,
      title: args.values.title,
      slug: args.values.slug,
    };
    // Refuse a bad file before the graph is opened (or seeded): such a run must leave no trace.
    const bytes = readReportBytes(file);
    const format = formatOf(file, bytes);
    const text = await documentText(bytes, format, file);
    const lexicon = loadLexicon();
    analyseReport({ file, text, overrides, earlier: [], themeNames: new Map(), lexicon });
    const viaApi = async (api: string) => {
      const { json, summary } = await ingestThroughApi({
        api,
        token: process.env.CURATOR_TOKEN,
        name: path.basename(file),
        bytes,
        dryRun,
        params: { ...overrides, organisation: args.values.organisation, limit: String(limit) },
      });
      return { json, summary };
    };
    let result: { json: IngestJson; summary: string };
    if (args.values.api) result = await viaApi(args.values.api);
    else {
      try {
        store = await openCuratedStore(config.store, dryRun);
      } catch (err) {
        // Held by a running server: ask it, and say both reasons if it does not answer either.
        if (!(err instanceof StoreUnavailableError) || config.store.backend !== 'embedded') throw err;
        if (!process.env.CURATOR_TOKEN) {
          throw new StoreUnavailableError(
            `${err.message} To ingest while the server runs, set CURATOR_TOKEN to a curator token ` +
              "(the tool then goes through the server's API; --api URL names a server elsewhere).",
          );
        }
        const api = `http://127.0.0.1:${config.port}`;
        console.error(`ingest: the embedded graph is held by another process; asking the server at ${api}`);
        try {
          result = await viaApi(api);
        } catch (apiErr) {
          if (apiErr instanceof IngestError && apiErr.code === 'INGEST_API_UNREACHABLE') {
            throw new StoreUnavailableError(`${err.message} ${apiErr.message}; start the server or pass --api URL`);
          }
          throw apiErr;
        }
      }
    }
    if (store) {
      const outcome = await ingestReport(store, {
        file,
        text,
        format,
        lexicon,
        dryRun,
        organisation: args.values.organisation ?? DEFAULT_ORGANISATION,
        overrides,
        ranking: { ...DEFAULT_RANKING, limit },
        progress,
      });
      const json = toJson(outcome);
      result = { json, summary: formatSummary(json) };
    }
    progress.done();
    console.log(result!.summary);
    if (args.values.json) {
      const out = path.resolve(args.values.json);
      await writeFile(out, `${JSON.stringify(result!.json, null, 2)}\n`);
      console.error(`JSON written to ${out}`);
    }
    return 0;
  } catch (err) {
    progress.done();
    if (err instanceof CodedError) {
      console.error(`ingest failed (${err.code}): ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await store?.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      slug: { type: 'string' },
      organisation: { type: 'string' },
      limit: { type: 'string' },
      api: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = await main(process.argv.slice(2));
