// The backends every contract suite runs against: embedded always, Neo4j when the global setup started one.
import { inject } from 'vitest';
import { openScratchStore, openStore } from '../../src/graph/open.js';
import type { GraphStore } from '../../src/graph/store.js';
import { cypher } from '../../src/graph/store.js';

export interface Backend {
  name: 'embedded' | 'neo4j';
  /** A new, empty store (Neo4j: the shared container, wiped). */
  open(): Promise<GraphStore>;
}

const wipe = cypher('test.wipe', 'MATCH (n) DETACH DELETE n');

export function availableBackends(): Backend[] {
  const backends: Backend[] = [{ name: 'embedded', open: async () => openScratchStore() }];
  const neo4j = inject('neo4j');
  if (neo4j) {
    backends.push({
      name: 'neo4j',
      open: async () => {
        const store = openStore({ backend: 'neo4j', ...neo4j, database: 'neo4j' });
        await store.write((tx) => tx.run(wipe));
        return store;
      },
    });
  }
  return backends;
}
