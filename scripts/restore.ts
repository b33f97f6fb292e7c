// npm run restore -- <backup directory> [--replace]: puts a backup in place as DATA_DIR's graph.
// An existing graph is moved aside (never deleted), and only with --replace. Stop the server first.
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { restore } from '../src/graph/backup.js';

const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--'));
if (!source) {
  console.error('usage: npm run restore -- <backup directory> [--replace]');
  process.exit(2);
}
const config = loadConfig();
if (config.store.backend !== 'embedded') {
  console.error('npm run restore restores the embedded graph; restore Neo4j with neo4j-admin database load');
  process.exit(2);
}
const dataDir = config.store.dataDir;
restore(path.resolve(source), dataDir, { replace: args.includes('--replace') }).then(
  ({ manifest, movedTo }) => {
    if (movedTo) console.log(`the graph that was in ${dataDir} is now in ${movedTo}`);
    console.log(`restored ${source} (epoch ${manifest.epoch}, taken ${manifest.at}) into ${dataDir}`);
  },
  (err: Error) => {
    console.error(`restore failed: ${err.message}`);
    process.exit(1);
  },
);
