// `npm run graph:stats`: what the curated graph holds, counted from a freshly loaded store (README figures).
import { openScratchStore } from '../src/graph/open.js';
import { countLabels, countRelationships } from '../src/graph/info.js';
import { loadSeed } from '../src/seed/load.js';

const store = openScratchStore();
await loadSeed(store);
const labels = await countLabels(store);
const rels = await countRelationships(store);
await store.close();
console.log('| node label | count |\n|---|---:|');
for (const { label, count } of labels) console.log(`| ${label} | ${count} |`);
console.log('\n| relationship type | count |\n|---|---:|');
for (const { type, count } of rels) console.log(`| ${type} | ${count} |`);
