// npm run backup [-- <target directory>]: a consistent copy of the embedded graph in DATA_DIR.
// The graph must not be open elsewhere: stop the server first (docker compose stop api).
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { backup } from '../src/graph/backup.js';

const config = loadConfig();
if (config.store.backend !== 'embedded') {
  console.error('npm run backup copies the embedded graph; back up Neo4j with neo4j-admin database dump');
  process.exit(2);
}
const target = process.argv[2] ?? path.join('backups', `graph-${new Date().toISOString().replace(/[:.]/g, '-')}`);
backup(config.store.dataDir, path.resolve(target)).then(
  (manifest) => {
    console.log(
      `backup written to ${path.resolve(target)} (epoch ${manifest.epoch}, ${Object.values(manifest.counts).reduce((a, b) => a + b, 0)} labels×nodes)`,
    );
  },
  (err: Error) => {
    console.error(`backup failed: ${err.message}`);
    process.exit(1);
  },
);
