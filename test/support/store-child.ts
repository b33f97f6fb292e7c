// A child process over an embedded store, for crash and recovery tests (a test cannot kill -9 itself).
//   write <dir>    writes one Probe node per transaction forever, printing "acked <n>" after each
//   count <dir>    opens the store and prints {"count": n, "max": m} or {"error": code, "message": …}
import { openStore } from '../../src/graph/open.js';
import { cypher } from '../../src/graph/store.js';

const createProbe = cypher('test.probe.create', 'CREATE (:Probe {n: $n})');
const countProbes = cypher('test.probe.count', 'MATCH (p:Probe) RETURN count(p) AS count, max(p.n) AS max');

const [command, dir] = process.argv.slice(2);

async function main() {
  if (command === 'write') {
    const store = openStore({ backend: 'embedded', dataDir: dir! });
    for (let n = 1; ; n++) {
      await store.write((tx) => tx.run(createProbe, { n }));
      process.stdout.write(`acked ${n}\n`);
    }
  }
  if (command === 'count') {
    try {
      const store = openStore({ backend: 'embedded', dataDir: dir! });
      const [row] = await store.read<{ count: number; max: number | null }>(countProbes);
      await store.close();
      process.stdout.write(`${JSON.stringify(row)}\n`);
    } catch (err) {
      const e = err as { code?: string; message: string };
      process.stdout.write(`${JSON.stringify({ error: e.code ?? 'ERROR', message: e.message })}\n`);
    }
  }
}

void main();
