// Progress for long files, on stderr so stdout stays clean for the summary: a bar on a terminal, one line
// per stage otherwise (CI logs, pipes), nothing in tests.
import cliProgress from 'cli-progress';

export interface Progress {
  /** A new stage; `total` steps (1 for a stage without steps). */
  stage(name: string, total?: number): void;
  tick(steps?: number): void;
  done(): void;
}

export const silentProgress: Progress = { stage() {}, tick() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return lineProgress(stream);
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest {bar} {value}/{total} {stage}', hideCursor: true, clearOnComplete: true, barsize: 24 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    stage(name, total = 1) {
      if (!started) {
        bar.start(total, 0, { stage: name });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(0, { stage: name });
      }
    },
    tick(steps = 1) {
      bar.increment(steps);
    },
    done() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}

function lineProgress(stream: NodeJS.WritableStream): Progress {
  let name = '';
  let total = 0;
  let count = 0;
  let lastShown = -1;
  return {
    stage(next, steps = 1) {
      name = next;
      total = steps;
      count = 0;
      lastShown = -1;
      stream.write(`ingest: ${name}${steps > 1 ? ` (${steps})` : ''}\n`);
    },
    tick(steps = 1) {
      count += steps;
      // Every quarter of a long stage, so a slow run shows it is moving without flooding the log.
      const quarter = Math.floor((count / Math.max(total, 1)) * 4);
      if (total >= 40 && quarter > lastShown && quarter > 0 && quarter < 4) {
        lastShown = quarter;
        stream.write(`ingest: ${name} ${count}/${total}\n`);
      }
    },
    done() {},
  };
}
