// `npm run curation:review`: for every group the commissioner's Appendix 2 makes of the Ofsted items, each
// earlier × later pair and what the curated seed decided about it — linked (with the aspect that recurs),
// reached through an aspect-consistent chain, considered and not recurring (with the reason), or undecided.
// Exits 1 while any pair is undecided or contradicted, so it can gate a change to seed/graph.
//   --json        print the pairs as JSON instead of a table
//   --seed DIR    review another seed folder (default: the project's seed/)
import { openPairs, type ReviewedPair } from '../src/domain/review.js';
import { readSeed, SeedError } from '../src/seed/read.js';
import { reviewSeed } from '../src/seed/recurrence-rules.js';

function describe(p: ReviewedPair): string {
  const d = p.decision;
  switch (d.kind) {
    case 'LINKED':
      return `linked (score ${d.score ?? '?'}) on ${d.themes.join(', ')}: "${d.words}"`;
    case 'CHAIN':
      return `recurs through ${d.path.join(' → ')} on ${d.themes.join(', ')}`;
    case 'NOT_RECURRING':
      return `considered, does not recur: ${d.reason}`;
    case 'CONFLICT':
      return `CONFLICT: recorded as not recurring, yet reached by ${d.path.join(' → ')}`;
    case 'UNDECIDED':
      return 'UNDECIDED: link it with its aspect, or record it under notRecurring with a reason';
  }
}

try {
  const at = process.argv.indexOf('--seed');
  const seed = at > 0 && process.argv[at + 1] ? readSeed(process.argv[at + 1]) : readSeed();
  const pairs = reviewSeed(seed);
  const open = openPairs(pairs);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(pairs, null, 2));
  } else {
    for (const g of seed.records.groups) {
      console.log(`\n${g.name} (${g.id})`);
      for (const p of pairs.filter((x) => x.group === g.id)) console.log(`  ${p.from} × ${p.to}: ${describe(p)}`);
    }
    const count = (kind: string) => pairs.filter((p) => p.decision.kind === kind).length;
    console.log(
      `\n${pairs.length} pairs in ${seed.records.groups.length} groups: ${count('LINKED')} linked, ${count('CHAIN')} through a chain, ` +
        `${count('NOT_RECURRING')} considered and not recurring, ${count('UNDECIDED')} undecided, ${count('CONFLICT')} in conflict`,
    );
  }
  process.exit(open.length ? 1 : 0);
} catch (err) {
  if (err instanceof SeedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
