// Organisations and their relation to the council: a sentence naming an improvement or strategic partner
// and the council or trust that takes that part, and which earlier partner it replaces when the text says so.
import nlp from 'compromise';
import type { OrganisationRelation } from '../model/values.js';
import { slugify } from './metadata.js';
import type { LocatedSentence } from './sentences.js';

export interface KnownOrganisation {
  id: string;
  name: string;
  kind: string;
}

export interface ExtractedOrganisation {
  name: string;
  /** An existing organisation of that name, else null (a new one is proposed). */
  existingId: string | null;
  relation: OrganisationRelation;
  /** Existing organisations the text says it replaces. */
  replaces: string[];
  quote: string;
  locator: string;
}

const RELATIONS: Array<[RegExp, ExtractedOrganisation['relation']]> = [
  [/\bstrategic partner\b/i, 'STRATEGIC_PARTNER'],
  [/\b(?:sector[- ]led )?improvement partner\b|\bpartner in practice\b/i, 'IMPROVEMENT_PARTNER'],
];
const REPLACES =
  /\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|tak(?:e|es|ing) over from|took over from|in place of|instead of)\b/i;
// Councils and trusts as their names end; compromise adds organisations it recognises otherwise.
const ORG_NAME =
  /\b(?:[A-Z][\w'\u2019&-]*\s+){0,5}(?:Metropolitan Borough Council|Borough Council|County Council|City Council|Council|Children['\u2019]s Trust|Trust|Partnership)\b/g;
const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function extractOrganisations(
  sentences: readonly LocatedSentence[],
  original: string,
  known: readonly KnownOrganisation[],
  home: KnownOrganisation | null,
): ExtractedOrganisation[] {
  const out: ExtractedOrganisation[] = [];
  for (const s of sentences) {
    const text = s.text.clean;
    const relation = RELATIONS.find(([re]) => re.test(text));
    if (!relation) continue;
    const cue = relation[0].exec(text)!.index;
    const names = candidates(text).filter((c) => !isHome(c.name, home));
    if (!names.length) continue;
    const replacing = REPLACES.exec(text);
    // The partner is the name nearest the relation phrase, not one after "replacing …".
    const eligible = names.filter((c) => !replacing || c.index < replacing.index);
    const partner = (eligible.length ? eligible : names).sort(
      (a, b) => Math.abs(a.index - cue) - Math.abs(b.index - cue),
    )[0]!;
    const existing = known.find(
      (k) => norm(k.name) === norm(partner.name) || norm(k.name).startsWith(`${norm(partner.name)} (`),
    );
    const replaces = replacing
      ? names
          .filter((c) => c.index > replacing.index && c !== partner)
          .flatMap((c) => known.filter((k) => norm(k.name) === norm(c.name)).map((k) => k.id))
          .concat(
            /\b(?:current|previous|existing|former) (?:improvement |strategic )?partner\b/i.test(
              text.slice(replacing.index),
            )
              ? known.filter((k) => k.kind === 'IMPROVEMENT_PARTNER').map((k) => k.id)
              : [],
          )
      : [];
    if (out.some((o) => norm(o.name) === norm(partner.name))) continue;
    out.push({
      name: partner.name,
      existingId: existing?.id ?? null,
      relation: relation[1],
      replaces: [...new Set(replaces)],
      quote: s.text.quote(original),
      locator: s.locator,
    });
  }
  return out;
}

function candidates(text: string): Array<{ name: string; index: number }> {
  const found = new Map<string, number>();
  for (const m of text.matchAll(ORG_NAME)) found.set(m[0].trim(), m.index!);
  for (const raw of nlp(text).organizations().out('array') as string[]) {
    const name = raw.replace(/[,.;:!?)]+$/g, '').trim();
    const index = text.indexOf(name);
    if (name.split(/\s+/).length >= 2 && index >= 0 && ![...found.keys()].some((k) => k.includes(name)))
      found.set(name, index);
  }
  return [...found].map(([name, index]) => ({ name: name.replace(/^(?:The|the)\s+/, ''), index }));
}

function isHome(name: string, home: KnownOrganisation | null): boolean {
  if (!home) return false;
  // "Tameside Council" is the home council whatever its full name ("Tameside Metropolitan Borough Council").
  const place = home.name.split(/\s+/)[0]!.toLowerCase();
  return norm(name).startsWith(place) || norm(home.name).includes(norm(name));
}

export const newOrganisationId = (name: string) => `org-${slugify(name)}`;
