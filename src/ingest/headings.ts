// What a heading announces: which headings introduce lists of things the report asks for.
import type { ItemKind } from './types.js';

/** The item kind a heading introduces, or null for any other heading. */
export function itemKindOfHeading(heading: string, commissionerReport: boolean): ItemKind | null {
  const h = heading.toLowerCase().replace(/[*#]/g, '').trim();
  if (/\bareas? for priority action|\bpriority actions?\b/.test(h)) return 'PRIORITY_ACTION';
  if (
    /what needs to improve|\bareas? for (?:improvement|development)\b|what (?:the local authority|the council|leaders) (?:needs?|should|must) (?:to )?do/.test(
      h,
    )
  )
    return 'IMPROVEMENT_AREA';
  if (/^(?:\S+\s)?recommendations?\b/.test(h))
    return commissionerReport || /commissioner/.test(h) ? 'COMMISSIONER_RECOMMENDATION' : 'RECOMMENDATION';
  return null;
}

/** Improvement and priority headings may be followed by plain paragraphs, one item each; recommendations are lists. */
export function allowsParagraphItems(kind: ItemKind): boolean {
  return kind === 'IMPROVEMENT_AREA' || kind === 'PRIORITY_ACTION';
}
