// Curation writes: validate, write in one transaction, record an audit entry in the same transaction.
import { randomUUID } from 'node:crypto';
import { firstDay, lastDay } from '../domain/dates.js';
import { invalid, missing } from '../domain/errors.js';
import {
  closeHolding,
  findAction,
  findLink,
  findRoleHoldings,
  insertAudit,
  insertDocument,
  insertHolding,
  insertPerson,
  updateLinkStatus,
  writeAction,
} from '../graph/curation.js';
import { existingIds } from '../graph/existence.js';
import { isIdOf, NODE_KIND, type Label } from '../model/nodes.js';
import type { HoldingRow } from '../model/rows.js';
import { Id, type ActionStatus, type Capacity, type DocumentKind, type ReviewStatus } from '../model/values.js';
import type { GraphStore, WriteTx } from '../graph/store.js';
import { checkSource, type CheckedSource, type SourceInput } from './source.js';

export interface Curator {
  name: string;
  now: () => Date;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

async function requireIds(tx: WriteTx, label: Label, ids: readonly string[], field: string): Promise<void> {
  const found = await existingIds(tx, label, ids);
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw invalid(`Unknown ${label.toLowerCase()} id(s): ${unknown.join(', ')}`, field);
}

// Orders entries written within one clock tick (and under a frozen test clock): wall time in µs + counter.
let auditCounter = 0;

export async function audit(
  tx: WriteTx,
  curator: Curator,
  operation: string,
  targets: string[],
  before: unknown,
  after: unknown,
  source: CheckedSource,
): Promise<string> {
  const at = curator.now().toISOString();
  const seq = Date.now() * 1000 + (auditCounter++ % 1000);
  const id = `audit-${at.replace(/[^0-9]/g, '')}-${randomUUID().slice(0, 8)}`;
  await insertAudit(tx, {
    id,
    at,
    seq,
    curator: curator.name,
    operation,
    targets,
    before: before === null ? null : JSON.stringify(before),
    after: JSON.stringify(after),
    sourceDocument: source.source,
    sourceQuote: source.quote,
    sourceNote: source.note,
  });
  return id;
}

/** Stated intervals of two people that cover the same days (attestations are single points, not intervals). */
function overlapping(existing: HoldingRow[], person: string, from: string, to: string | null): HoldingRow | undefined {
  const start = firstDay(from);
  const end = to ? lastDay(to) : null;
  return existing.find((h) => {
    if (h.personId === person || !h.from) return false;
    const hStart = firstDay(h.from);
    const hEnd = h.to ? lastDay(h.to) : null;
    if (hEnd) return hStart <= (end ?? '9999-12-31') && start <= hEnd;
    // An open-ended holding runs until a successor starts: it clashes only with a holding that starts at
    // the same time or covers its start.
    return hStart === start || (start < hStart && (end === null || end >= hStart));
  });
}

export interface RecordHoldingInput {
  person?: string | null;
  personName?: string | null;
  role: string;
  from?: string | null;
  to?: string | null;
  attestedOn?: string | null;
  capacity?: Capacity | null;
  source: SourceInput;
}

export async function recordHolding(
  store: GraphStore,
  curator: Curator,
  input: RecordHoldingInput,
): Promise<{ person: string; role: string; key: string }> {
  if (!input.from && !input.attestedOn)
    throw invalid(
      'Give the date the person took the role (from) or a date a source shows them in it (attestedOn)',
      'from',
    );
  if (input.from && input.to && firstDay(input.from) > lastDay(input.to))
    throw invalid('The end (to) is before the start (from)', 'to');
  if (!input.person && !input.personName?.trim())
    throw invalid('Give an existing person id or the name of a new person', 'person');
  return store.write(async (tx) => {
    const source = await checkSource(tx, input.source);
    const role = await findRoleHoldings(tx, input.role);
    if (!role) throw invalid(`Unknown role id: ${input.role}`, 'role');
    let person = input.person ?? null;
    if (person) {
      await requireIds(tx, 'Person', [person], 'person');
    } else {
      person = `person-${slug(input.personName!)}`;
      if ((await existingIds(tx, 'Person', [person])).size)
        throw invalid(`A person with id ${person} exists already: pass person: "${person}"`, 'personName');
      await insertPerson(tx, {
        id: person,
        name: input.personName!.trim(),
        named: true,
        source: source.source,
        quote: source.quote,
        locator: source.locator,
        note: source.note,
      });
    }
    if (role.singleHolder && input.from) {
      const clash = overlapping(role.holdings, person, input.from, input.to ?? null);
      if (clash) {
        throw invalid(
          `${input.role} is held by one person at a time and ${clash.personName} holds it from ${clash.from}${clash.to ? ` to ${clash.to}` : ''}; end that holding first or correct the dates`,
          'from',
        );
      }
    }
    const key = randomUUID();
    const props = {
      key,
      from: input.from ?? null,
      to: input.to ?? null,
      attestedOn: input.attestedOn ?? null,
      capacity: input.capacity ?? null,
      source: source.source,
      quote: source.quote,
      locator: source.locator,
      note: source.note,
      recordedBy: curator.name,
    };
    await insertHolding(tx, person, input.role, props);
    await audit(
      tx,
      curator,
      'recordHolding',
      [person, input.role],
      null,
      { person, role: input.role, ...props },
      source,
    );
    return { person, role: input.role, key };
  });
}

export interface EndHoldingInput {
  person: string;
  role: string;
  to: string;
  source: SourceInput;
}

export async function endHolding(
  store: GraphStore,
  curator: Curator,
  input: EndHoldingInput,
): Promise<{ person: string; role: string; key: string }> {
  return store.write(async (tx) => {
    const source = await checkSource(tx, input.source);
    const role = await findRoleHoldings(tx, input.role);
    if (!role) throw invalid(`Unknown role id: ${input.role}`, 'role');
    const open = role.holdings.filter((h) => h.personId === input.person && h.from && !h.to);
    if (!open.length)
      throw invalid(`${input.person} has no open holding of ${input.role} with a stated start to end`, 'person');
    const holding = open.sort((a, b) => (a.from! < b.from! ? 1 : -1))[0]!;
    if (lastDay(input.to) < firstDay(holding.from!))
      throw invalid(`The end (${input.to}) is before the start (${holding.from})`, 'to');
    await closeHolding(tx, {
      person: input.person,
      role: input.role,
      key: holding.key!,
      to: input.to,
      source: source.source,
      quote: source.quote,
      note: source.note,
    });
    await audit(tx, curator, 'endHolding', [input.person, input.role], holding, { ...holding, to: input.to }, source);
    return { person: input.person, role: input.role, key: holding.key! };
  });
}

export interface ActionInput {
  id?: string | null;
  text?: string | null;
  status?: ActionStatus | null;
  due?: string | null;
  owners?: string[] | null;
  respondsTo?: string[] | null;
  proposedIn?: string | null;
  source: SourceInput;
}

export async function upsertAction(store: GraphStore, curator: Curator, input: ActionInput): Promise<string> {
  if (input.text !== undefined && input.text !== null && !input.text.trim())
    throw invalid('text must not be empty', 'text');
  return store.write(async (tx) => {
    const source = await checkSource(tx, input.source);
    const before = input.id ? await findAction(tx, input.id) : null;
    if (input.id && !before) throw missing(`No action with id "${input.id}"`, 'id');
    if (!before) {
      if (!input.text?.trim()) throw invalid('A new action needs its text', 'text');
      if (!input.respondsTo?.length)
        throw invalid('A new action needs what it responds to (recommendation or theme ids)', 'respondsTo');
      if (!input.proposedIn)
        throw invalid('A new action needs the inspection or review that proposed it', 'proposedIn');
    }
    const respondsTo = input.respondsTo ?? null;
    const recommendations = respondsTo?.filter((id) => isIdOf(id, 'Recommendation'));
    const themes = respondsTo?.filter((id) => isIdOf(id, 'Theme'));
    if (respondsTo && respondsTo.length !== recommendations!.length + themes!.length)
      throw invalid('respondsTo takes recommendation (rec-…) or theme (theme-…) ids', 'respondsTo');
    if (respondsTo && !respondsTo.length)
      throw invalid('An action must respond to at least one recommendation or theme', 'respondsTo');
    await requireIds(tx, 'Role', input.owners ?? [], 'owners');
    await requireIds(tx, 'Recommendation', recommendations ?? [], 'respondsTo');
    await requireIds(tx, 'Theme', themes ?? [], 'respondsTo');
    if (input.proposedIn) await requireIds(tx, 'Inspection', [input.proposedIn], 'proposedIn');
    const id =
      input.id ?? `act-${curator.now().getUTCFullYear()}-${slug(input.text!).slice(0, 32)}-${randomUUID().slice(0, 6)}`;
    const props: Record<string, unknown> = { updatedBy: curator.name };
    if (input.text) props.text = input.text.trim();
    if (input.status) props.status = input.status;
    else if (!before) props.status = 'PROPOSED';
    if (input.due !== undefined) props.due = input.due;
    // The action's provenance is the latest source that changed it.
    Object.assign(props, { source: source.source, quote: source.quote, locator: source.locator, note: source.note });
    await writeAction(tx, id, props, {
      owners: input.owners ?? undefined,
      recommendations: recommendations ?? undefined,
      themes: themes ?? undefined,
      proposedIn: input.proposedIn ?? undefined,
    });
    const after = await findAction(tx, id);
    await audit(tx, curator, before ? 'updateAction' : 'createAction', [id], before, after, source);
    return id;
  });
}

export interface ReviewInput {
  from: string;
  to: string;
  decision: ReviewStatus;
  source: SourceInput;
}

export async function reviewRecurrence(store: GraphStore, curator: Curator, input: ReviewInput): Promise<void> {
  return store.write(async (tx) => {
    const source = await checkSource(tx, input.source);
    const link = await findLink(tx, input.from, input.to);
    if (!link) throw missing(`No recurrence link from ${input.from} to ${input.to}`, 'from');
    const at = curator.now().toISOString();
    await updateLinkStatus(tx, { from: input.from, to: input.to, status: input.decision, curator: curator.name, at });
    await audit(
      tx,
      curator,
      'reviewRecurrence',
      [input.from, input.to],
      link,
      { ...link, status: input.decision, reviewedBy: curator.name, reviewedAt: at },
      source,
    );
  });
}

export interface DocumentInput {
  id: string;
  title: string;
  publisher: string;
  kind: DocumentKind;
  publishedOn?: string | null;
  licence: string;
  text: string;
}

export async function registerDocument(store: GraphStore, curator: Curator, input: DocumentInput): Promise<string> {
  if (!Id.safeParse(input.id).success || !input.id.startsWith(`${NODE_KIND.Document.prefix}-`)) {
    throw invalid(`Document ids are slugs starting with ${NODE_KIND.Document.prefix}-, e.g. doc-2025-mv1`, 'id');
  }
  for (const field of ['title', 'publisher', 'licence', 'text'] as const) {
    if (!input[field].trim()) throw invalid(`${field} must not be empty`, field);
  }
  return store.write(async (tx) => {
    if ((await existingIds(tx, 'Document', [input.id])).size)
      throw invalid(`A document with id ${input.id} exists already`, 'id');
    const props = { ...input, publishedOn: input.publishedOn ?? null, registeredBy: curator.name };
    await insertDocument(tx, props);
    const { text: _text, ...summary } = props;
    await audit(tx, curator, 'registerDocument', [input.id], null, summary, {
      source: input.id,
      quote: null,
      locator: null,
      note: 'document registered',
    });
    return input.id;
  });
}
