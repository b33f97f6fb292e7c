// People in roles: a sentence (or a letter's address block) that names a person (compromise's name
// recogniser) and a role (an existing role of the graph where its name or acronym occurs, else a role-like
// title phrase, proposed as a new role). Dates come from the sentence (chrono-node) and are read as a start
// ("appointed … from 6 January 2025"), an end ("will step down at the end of March") or, with neither cue,
// as the document showing the person in post on its own date. Nothing is proposed without a name.
import nlp from 'compromise';
import { statedDates } from './dates.js';
import type { LocatedSentence } from './sentences.js';
import { slugify } from './metadata.js';

export interface KnownRole {
  id: string;
  name: string;
}
export interface KnownPerson {
  id: string;
  name: string;
  named: boolean;
}

export interface ExtractedHolding {
  personName: string;
  /** An existing person of that name, else null (a new person is proposed). */
  personId: string | null;
  role: { id: string | null; name: string };
  from: string | null;
  to: string | null;
  attestedOn: string | null;
  capacity: 'PERMANENT' | 'INTERIM' | null;
  quote: string;
  locator: string;
  line: number;
}

interface RoleAlias {
  role: KnownRole;
  pattern: RegExp;
}

const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Name variants of each role: its name without the parenthesised part, and the parenthesised acronym. */
export function roleAliases(roles: readonly KnownRole[]): RoleAlias[] {
  const out: RoleAlias[] = [];
  for (const role of roles) {
    const name = norm(role.name);
    const base = name
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/\s*[:;].*$/, '')
      .trim();
    if (base.split(' ').length >= 2)
      out.push({ role, pattern: new RegExp(`\\b${escape(base).replace(/'/g, "['\u2019]")}\\b`, 'i') });
    for (const [, acronym] of name.matchAll(/\(([A-Z]{2,6})\)/g))
      out.push({ role, pattern: new RegExp(`\\b${acronym}\\b`) });
  }
  // Longer names first: "Assistant Director of Children's Services" before "Director of Children's Services".
  return out.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
}

// A title-cased role phrase the graph may not know ("Director of Education and Skills", "Chief Executive").
const ROLE_PHRASE =
  /\b(?:(?:Assistant|Deputy|Executive|Corporate|Strategic|Service|Managing)\s+)?(?:Director|Head|Chief Executive|Chief Officer|Chair(?:man|woman|person)?|Lead Member|Leader|Commissioner|Cabinet Member|Principal Social Worker)(?:\s+(?:of|for)\s+[A-Z][\w'\u2019-]*(?:(?:,|\s+and|\s+&)?\s+(?:the\s+)?[A-Z][\w'\u2019-]*)*)?/g;
const NOT_A_NAME =
  /^(?:Interim|Acting|Director|Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Executive|Assistant|Chief|Tameside|Ofsted|Council|Children|The)$/i;
const START =
  /\b(?:appoint(?:ed|s|ment)|join(?:s|ed|ing)?|take[sn]? up|took up|start(?:s|ed|ing)?|with effect from|from|since|became|become|named as|confirmed as|takes? over|took over|assume[sd]?)\b/i;
const END =
  /\b(?:step(?:s|ped|ping)? down|leav(?:e|es|ing)|left|retir(?:e|es|ed|ing)|until|depart(?:s|ed|ure)?|end of (?:his|her|their) (?:tenure|time))\b/i;
const FORMER = /\b(?:former|previous|predecessor|outgoing)\b/i;
const INTERIM = /\b(?:interim|acting)\b/i;
const PERMANENT = /\bpermanent(?:ly)?\b/i;
const TWO_CAPITALISED = /[A-Z][\p{L}'\u2019-]+\s[A-Z][\p{L}'\u2019-]+/u;

/** Person names in a sentence, trimmed of titles and role words compromise leaves attached. */
export function personNames(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  const doc = nlp(text);
  for (const raw of doc.people().out('array') as string[]) {
    const words = raw
      .replace(/[,.;:!?)]+$/g, '')
      .split(/\s+/)
      .filter(Boolean);
    while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
    while (words.length && NOT_A_NAME.test(words[words.length - 1]!)) words.pop();
    if (words.length < 2 || !words.every((w) => /^[A-Z][\p{L}'\u2019-]+$/u.test(w))) continue;
    const name = words.join(' ');
    const index = text.indexOf(name);
    if (index >= 0 && !out.some((o) => o.name === name)) out.push({ name, index });
  }
  return out;
}

export interface HoldingContext {
  roles: readonly KnownRole[];
  people: readonly KnownPerson[];
  documentDate: string;
}

export function extractHoldings(
  sentences: readonly LocatedSentence[],
  original: string,
  context: HoldingContext,
): ExtractedHolding[] {
  const aliases = roleAliases(context.roles);
  const reference = new Date(`${context.documentDate.padEnd(7, '-01').padEnd(10, '-01')}T12:00:00Z`);
  const found = new Map<string, ExtractedHolding>();
  for (const s of sentences) {
    const text = norm(s.text.text);
    if (FORMER.test(text)) continue;
    // Cheap tests first: tagging a sentence with compromise costs far more than both, and most sentences of a
    // long report name no known role or have no two capitalised words in a row (a name's least).
    const role = matchRole(text, aliases);
    if (!role || !TWO_CAPITALISED.test(text)) continue;
    const names = personNames(text);
    if (!names.length) continue;
    const person = names.sort((a, b) => Math.abs(a.index - role.index) - Math.abs(b.index - role.index))[0]!;
    const dates = statedDates(text, reference);
    const startCue = START.exec(text);
    const endCue = END.exec(text);
    // A date after a cue belongs to it; with no cue the document attests the holding on its own date.
    const after = (cue: RegExpExecArray | null) => (cue ? (dates.find((d) => d.index >= cue.index) ?? null) : null);
    const from = startCue && !endCue ? (after(startCue)?.date ?? null) : null;
    const to = endCue ? (after(endCue)?.date ?? null) : null;
    const known = context.people.find((p) => p.named && norm(p.name).toLowerCase() === person.name.toLowerCase());
    const holding: ExtractedHolding = {
      personName: person.name,
      personId: known?.id ?? null,
      role: role.role,
      from,
      to,
      attestedOn: from || to ? null : context.documentDate,
      capacity: INTERIM.test(text) ? 'INTERIM' : PERMANENT.test(text) ? 'PERMANENT' : null,
      quote: s.text.quote(original),
      locator: s.locator,
      line: s.line,
    };
    const key = `${person.name.toLowerCase()}|${role.role.id ?? role.role.name.toLowerCase()}`;
    const earlier = found.get(key);
    if (!earlier) found.set(key, holding);
    else {
      // Later sentences complete what the first one left open (the date often follows the announcement).
      earlier.from ??= holding.from;
      earlier.to ??= holding.to;
      earlier.capacity ??= holding.capacity;
      if (earlier.from || earlier.to) earlier.attestedOn = null;
    }
  }
  return [...found.values()];
}

function matchRole(
  text: string,
  aliases: readonly RoleAlias[],
): { role: { id: string | null; name: string }; index: number } | null {
  for (const alias of aliases) {
    const m = alias.pattern.exec(text);
    if (m) return { role: { id: alias.role.id, name: alias.role.name }, index: m.index };
  }
  const phrase = [...text.matchAll(ROLE_PHRASE)][0];
  if (!phrase) return null;
  return { role: { id: null, name: phrase[0].replace(/\s+/g, ' ').trim() }, index: phrase.index! };
}

/** The id a proposed new person or role gets. */
export const newPersonId = (name: string) => `person-${slugify(name)}`;
export const newRoleId = (name: string) => `role-${slugify(name)}`;
