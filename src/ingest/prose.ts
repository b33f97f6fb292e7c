// Requirements reported in prose, for documents without item lists (a news story about a visit): sentences
// that attribute a requirement to the inspectorate ("Ofsted added that assessments … must become more
// timely"). Coordinated requirements in one sentence ("… and that supervision … needed improvement, as did
// the relationship with the police") become one item each.
import type { Block, CleanDocument } from './clean.js';
import type { MappedText } from './mapped.js';
import { sentences, wordCount } from './sentences.js';
import type { ExtractedItem, ItemExtraction } from './types.js';

const REQUIREMENT =
  /\b(?:must|should|needs? to|needed|has to|have to)\b[^.]*?\b(?:improve|improvement|become|be (?:improved|strengthened|addressed|reviewed))/i;
const ATTRIBUTION = /\b(?:ofsted|inspectors?|the letter|the report|hmi|inspectorate)\b/i;
const CLAUSE_BREAK = /,?\s+and that\s+|,\s+(?=as did\b)/gi;
// "Inspectors called for improvements in A, B and C": the asks are the listed parts, one item each.
const ASK_LIST =
  /\b(?:called for|calls for|call for|asked for|wants? to see|said (?:there (?:must|should) be|the council (?:must|should|needs? to) (?:make )?))\s+(?:urgent |further |rapid )?(?:improvements?|action|progress|changes?)\s+(?:in|to|on)\s+/i;
const LIST_BREAK =
  /,\s+(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+(?=the\b|how\b|its\b|their\b|social\b|children|management|support|services)/gi;

export function proseRequirements(doc: CleanDocument): ItemExtraction {
  const items: ExtractedItem[] = [];
  const itemBlocks = new Set<Block>();
  let paragraph = 0;
  let heading = '';
  for (const block of doc.blocks) {
    if (block.heading) {
      heading = block.content.clean;
      continue;
    }
    if (block.table) continue;
    paragraph++;
    for (const sentence of sentences(block.content)) {
      const list = ASK_LIST.exec(sentence.text);
      const parts =
        list && ATTRIBUTION.test(sentence.text)
          ? askedParts(sentence.slice(list.index + list[0].length))
          : REQUIREMENT.test(sentence.text) && ATTRIBUTION.test(sentence.text)
            ? clauses(sentence)
            : [];
      for (const clause of parts) {
        items.push({
          text: clause.clean,
          kind: 'IMPROVEMENT_AREA',
          number: items.length + 1,
          locator: `paragraph ${paragraph}${heading ? ` (under '${heading}')` : ''}`,
          quote: clause.quote(doc.original),
          line: block.firstLine,
          method: 'PROSE',
        });
        itemBlocks.add(block);
      }
    }
  }
  return { items, itemBlocks };
}

function askedParts(list: MappedText): MappedText[] {
  const body = list.stripEnd(/[.;:!]+["'\u2019\u201d]*$/);
  return body.split(LIST_BREAK).filter((p) => wordCount(p.text) >= 2);
}

function clauses(sentence: MappedText): MappedText[] {
  const parts = sentence.split(CLAUSE_BREAK);
  return parts.filter((p) => wordCount(p.text) >= 4);
}
