// Curator bearer tokens: the service stores only their sha256 hashes.
import { createHash } from 'node:crypto';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The curator a bearer token belongs to; null when absent. A present but unknown token is also null. */
export function curatorOf(authorization: string | undefined, hashes: Map<string, string>): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  return hashes.get(hashToken(match[1]!)) ?? null;
}
