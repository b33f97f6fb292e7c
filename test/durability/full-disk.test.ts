// A full disk under the embedded graph: writes fail with SERVICE_UNAVAILABLE (the cause, ENOSPC, logged
// and not masked by the rollback), readiness is false while writes fail and true again once space is
// freed. Runs the server in a child inside a private mount namespace with a 4 MiB tmpfs; skipped with one
// line where namespaces or tmpfs mounts are not allowed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'full-disk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs ${dir}`]).status === 0;
if (!canMount) console.log('Full-disk test skipped: cannot mount a tmpfs in a private namespace here (unshare -rm)');

describe.skipIf(!canMount)('a full disk', () => {
  it('is SERVICE_UNAVAILABLE with its cause logged, readiness false until space is freed', () => {
    const child = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        `mount -t tmpfs -o size=4m tmpfs ${dir} && exec "${process.execPath}" --import tsx test/support/full-disk-child.ts ${dir}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!);
    expect(report.crashed).toBeUndefined();
    expect(report.readyBefore).toBe(200);
    expect(report.acceptedBeforeFull).toBeGreaterThan(10);
    expect(report.failedStatus).toBeLessThan(500);
    expect(report.failedErrors).toEqual([
      expect.objectContaining({
        message: 'The graph database is unavailable; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
    // The operator sees the real cause, not the rollback's "No active transaction".
    expect(report.loggedCause).toMatch(/No space left on device/);
    expect(report.readyWhileFull).toBe(503);
    expect(report.readyAfterFreeing).toBe(200);
    expect(report.writeAfterFreeing).toBe('ok');
  }, 90_000);
});
