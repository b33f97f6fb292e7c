// The CLI's way in when a running server holds the embedded graph: POST the file to the server's /ingest
// endpoint with a curator token, and get back the same JSON and summary a local run makes.
import { IngestError, isIngestErrorCode } from './errors.js';
import type { IngestJson } from './summary.js';

export interface ApiIngest {
  /** The server's base URL (http://host:port) or its /graphql URL. */
  api: string;
  token: string | undefined;
  name: string;
  bytes: Uint8Array;
  dryRun: boolean;
  params: Record<string, string | undefined>;
}

/** The ingest endpoint of a server given by base URL or GraphQL URL. */
export function ingestUrl(api: string): URL {
  const url = new URL(api);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/ingest`;
  return url;
}

export async function ingestThroughApi(request: ApiIngest): Promise<{ json: IngestJson; summary: string }> {
  if (!request.token) {
    throw new IngestError(
      'INGEST_BAD_ARGUMENTS',
      'a running server holds the graph: set CURATOR_TOKEN to a curator token to ingest through its API',
    );
  }
  const url = ingestUrl(request.api);
  url.searchParams.set('name', request.name);
  url.searchParams.set('dryRun', String(request.dryRun));
  for (const [key, value] of Object.entries(request.params)) if (value !== undefined) url.searchParams.set(key, value);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${request.token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from(request.bytes),
    });
  } catch (err) {
    throw new IngestError('INGEST_API_UNREACHABLE', `no server answered at ${url.origin} (${(err as Error).message})`);
  }
  const body = (await res.json().catch(() => null)) as {
    json?: IngestJson;
    summary?: string;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const error = body?.errors?.[0];
  if (!res.ok || !body?.json || error) {
    const code = error?.extensions?.code ?? `HTTP_${res.status}`;
    throw new IngestError(
      isIngestErrorCode(code) ? code : 'INGEST_API_REFUSED',
      `${url.origin} answered ${code}: ${error?.message ?? res.statusText}`,
    );
  }
  return { json: body.json, summary: body.summary ?? '' };
}
