// Each node's card (graph/cards.ts) returns every property its kind declares in the model, so a property
// added to the model and the SDL cannot be forgotten in the one projection that reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCards } from '../../src/graph/cards.js';
import type { GraphStore } from '../../src/graph/store.js';
import { NODE_KIND } from '../../src/model/nodes.js';
import { NODE_SECTIONS, type NodeSection } from '../../src/seed/schema.js';
import { curatedSeed, seededStore } from '../support/fixtures.js';

describe("cards return the model's properties", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(async () => store?.close());

  it.each(Object.entries(NODE_SECTIONS))('%s', async (section, { label }) => {
    const first = (curatedSeed().records[section as NodeSection] as Array<{ id: string }>)[0]!;
    const [card] = await findCards(store, label, [first.id]);
    expect(Object.keys(card!)).toEqual(expect.arrayContaining(['id', ...Object.keys(NODE_KIND[label].props.shape)]));
  });
});
