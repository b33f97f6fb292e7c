// `npm run seed:check`: validate the curated seed and print every integrity problem (exit 1 if any).
import { CodedError } from '../errors.js';
import { readSeed } from './read.js';
import { checkSeed } from './integrity.js';

try {
  const seed = readSeed();
  const problems = checkSeed(seed);
  for (const p of problems) console.error(`${p.origin} › ${p.record}: ${p.message}`);
  const counts = Object.entries(seed.records).map(([k, v]) => `${k} ${v.length}`).join(', ');
  console.log(problems.length ? `${problems.length} problem(s)` : `seed sound: ${counts}`);
  process.exit(problems.length ? 1 : 0);
} catch (err) {
  if (err instanceof CodedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
