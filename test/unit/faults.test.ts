// Faults are named: open failures get the hint for their cause, disk faults are recognised, and
// credentials never reach the logs.
import { describe, expect, it } from 'vitest';
import { isIoFault, openHint } from '../../src/graph/durability.js';
import { redactHeaders, redactUrl, redactingSerializers, REDACTED } from '../../src/log.js';

describe('open hints (messages as Grafeo 0.6 words them)', () => {
  it.each([
    [
      'Database error: GRAFEO-X001: Internal error: database file cannot be locked for reading: /d/graph.grafeo',
      /Another process/,
    ],
    [
      'Database error: GRAFEO-X001: Internal error: cannot inspect database path /d/graph.grafeo: Permission denied (os error 13)',
      /ownership/,
    ],
    [
      'Database error: GRAFEO-X001: Internal error: cannot open the migration lock file /d/graph.grafeo.migrate.lock: Permission denied (os error 13)',
      /ownership/,
    ],
    [
      'Database error: GRAFEO-X002: Serialization error: cannot open /d/x.grafeo: invalid file header magic, not a Grafeo database',
      /damaged.*npm run restore/,
    ],
    [
      'Database error: GRAFEO-X003: I/O error: cannot write 1020231 bytes at offset 61440: No space left on device (os error 28)',
      /disk .* is full/,
    ],
  ])('%s', (message, hint) => {
    expect(openHint(message)).toMatch(hint);
  });

  it('does not call a permission or corruption problem a lock (the old /lock/i matched "block" and "lock file")', () => {
    expect(openHint('cannot open the migration lock file: Permission denied (os error 13)')).not.toMatch(
      /Another process/,
    );
    expect(openHint('bad block in the file header, checksum mismatch')).not.toMatch(/Another process/);
  });
});

describe('disk faults', () => {
  it('recognises ENOSPC, EIO, EROFS and their Rust wording, and nothing else', () => {
    expect(isIoFault(Object.assign(new Error('write failed'), { code: 'ENOSPC' }))).toBe(true);
    expect(isIoFault(new Error('I/O error on the WAL: No space left on device (os error 28)'))).toBe(true);
    expect(isIoFault(new Error('Input/output error (os error 5)'))).toBe(true);
    expect(isIoFault(new Error('Read-only file system (os error 30)'))).toBe(true);
    expect(isIoFault(new Error('Constraint violation: duplicate id'))).toBe(false);
    expect(isIoFault('ENOSPC')).toBe(false);
  });
});

describe('log redaction', () => {
  it('redacts every credential-bearing header', () => {
    const headers = {
      authorization: 'Bearer a',
      cookie: 's=1',
      'x-authorization': 'b',
      'proxy-authorization': 'c',
      accept: '*/*',
    };
    expect(redactHeaders(headers)).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      'x-authorization': REDACTED,
      'proxy-authorization': REDACTED,
      accept: '*/*',
    });
  });

  it('redacts credential query parameters and keeps the rest', () => {
    expect(redactUrl('/graphql?query=%7Bx%7D&token=abc&access_token=d&API_KEY=e')).toBe(
      `/graphql?query=%7Bx%7D&token=${encodeURIComponent(REDACTED)}&access_token=${encodeURIComponent(REDACTED)}&API_KEY=${encodeURIComponent(REDACTED)}`,
    );
    expect(redactUrl('/health/ready')).toBe('/health/ready');
    const req = redactingSerializers.req({
      url: '/graphql?password=p',
      query: { password: 'p', query: '{x}' },
      headers: { cookie: 'c' },
    });
    expect(JSON.stringify(req)).not.toMatch(/"p"|=p\b|"c"/);
  });
});
