// Plain data the ingest pipeline passes between its steps.

import type { Polarity, RecommendationKind } from '../model/values.js';
import type { Block } from './clean.js';

export type ItemKind = RecommendationKind;

/** Something the report asks for. */
export interface ExtractedItem {
  /** Full wording, cleaned (page noise removed, broken words rejoined). */
  text: string;
  kind: ItemKind;
  /** The number the source gives it, or its position in its list. */
  number: number;
  /** Where it stands: "Recommendations, 3", "What needs to improve, bullet 2". */
  locator: string;
  /** The longest verbatim span of the original file within the item. */
  quote: string;
  /** 1-based line of the original file where the item starts. */
  line: number;
  /**
   * Set when the report restates an item of an EARLIER inspection (e.g. a table of past outcomes): the
   * year and heading of the column it sits in. Such items are compared and shown, never written as new.
   */
  restated?: { year: number; heading: string };
  /** How it was found: a list under an item heading, a table cell, or a requirement reported in prose. */
  method: 'LIST' | 'TABLE' | 'PROSE';
}

/** The items of a report and the blocks they come from. */
export interface ItemExtraction {
  items: ExtractedItem[];
  /** Blocks that belong to items (so findings are looked for elsewhere). */
  itemBlocks: Set<Block>;
}

/** A passage of the report that backs an item. */
export interface ExtractedFinding {
  text: string;
  quote: string;
  locator: string;
  line: number;
  polarity: Polarity;
  /** Index (into the items list) of the item it backs; -1 for a finding of a document without items. */
  supports: number;
  /** MARKED: the report says so ("(Recommendation)"); SIMILARITY: shared wording with the item; STATED: a finding on its own. */
  basis: 'MARKED' | 'SIMILARITY' | 'STATED';
  score: number;
}

export interface ThemeTag {
  id: string;
  /** 0..1: 1 - exp(-sum of matched term weights). */
  score: number;
  /** The lexicon terms found in the text, with their weights. */
  terms: Array<{ term: string; weight: number }>;
}

export interface EarlierItem {
  id: string;
  text: string;
  year: number;
  kind: string;
  themeIds: string[];
}

export interface RecurrenceCandidate {
  /** The earlier item. */
  id: string;
  score: number;
  basis: 'THEME' | 'SIMILARITY';
  explanation: string;
  sharedThemes: string[];
  sharedWords: string[];
  sharedPhrases: string[];
  components: { theme: number; text: number; phrase: number };
}
