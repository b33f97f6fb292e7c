// Review of what ingest proposed: accept or reject many proposals in one transaction, and retract an
// accepted fact. Every change writes an audit entry in the same transaction; nothing is deleted.
import { invalid, missing } from '../domain/errors.js';
import { labelOfId } from '../model/nodes.js';
import {
  findProposal,
  parseProposalId,
  pendingAroundNode,
  relProposalId,
  updateProposal,
  type ProposalRef,
  type ProposalRow,
} from '../graph/review.js';
import type { GraphStore, WriteTx } from '../graph/store.js';
import { audit, type Curator } from './service.js';
import { checkSource, type SourceInput } from './source.js';

export interface ReviewOutcome {
  proposals: ProposalRow[];
  auditIds: string[];
}

const MAX_BATCH = 500;

function refOf(id: string): ProposalRef {
  const ref = parseProposalId(id, labelOfId);
  if (!ref)
    throw invalid(`"${id}" is not a proposal id: give a node id or a relationship id from the review queue`, 'ids');
  return ref;
}

/**
 * Accepts or rejects proposals. Accepting also accepts what a proposal depends on (the suggested ends of a
 * relationship, the suggested event of an item, finding or judgement, and the link from an existing event
 * to the document); rejecting a node also rejects the suggested relationships touching it and, for an
 * event, the facts proposed under it. All or nothing: one proposal that is not pending fails the batch.
 */
export async function reviewProposals(
  store: GraphStore,
  curator: Curator,
  input: { ids: string[]; decision: 'ACCEPT' | 'REJECT'; note?: string | null },
): Promise<ReviewOutcome> {
  const ids = [...new Set(input.ids)];
  if (!ids.length) throw invalid('Give at least one proposal id', 'ids');
  if (ids.length > MAX_BATCH) throw invalid(`At most ${MAX_BATCH} proposals in one review`, 'ids');
  const refs = ids.map(refOf);
  const status = input.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
  const note = input.note?.trim() || `${input.decision === 'ACCEPT' ? 'accepted' : 'rejected'} in review`;
  return store.write(async (tx) => {
    const done = new Map<string, ProposalRow>();
    const auditIds: string[] = [];
    const decide = async (ref: ProposalRef, cause: string | null) => {
      if (done.has(ref.id)) return;
      const before = await findProposal(tx, ref);
      if (!before) {
        if (cause) return;
        throw missing(`No proposal with id "${ref.id}"`, 'ids');
      }
      if (before.props.status !== 'SUGGESTED') {
        if (cause) return;
        throw invalid(
          `${ref.id} is ${before.props.status ?? 'a curated fact'}, not a pending proposal; only SUGGESTED proposals can be reviewed`,
          'ids',
        );
      }
      const at = curator.now().toISOString();
      const changes = { status, reviewedBy: curator.name, reviewedAt: at };
      await updateProposal(tx, ref, changes);
      const after = { ...before, props: { ...before.props, ...changes } };
      done.set(ref.id, after);
      const operation = input.decision === 'ACCEPT' ? 'acceptProposal' : 'rejectProposal';
      auditIds.push(
        await audit(
          tx,
          curator,
          operation,
          before.subjects,
          { id: ref.id, kind: ref.kind, ...before.props },
          { id: ref.id, kind: ref.kind, ...after.props, ...(cause ? { decidedWith: cause } : {}) },
          { source: null, quote: null, locator: null, note },
        ),
      );
      for (const next of await consequences(tx, ref, before, input.decision)) await decide(next, ref.id);
    };
    for (const ref of refs) await decide(ref, null);
    return {
      proposals: refs.map((r) => done.get(r.id)!).concat([...done.values()].filter((p) => !ids.includes(p.id))),
      auditIds,
    };
  });
}

async function consequences(
  tx: WriteTx,
  ref: ProposalRef,
  row: ProposalRow,
  decision: 'ACCEPT' | 'REJECT',
): Promise<ProposalRef[]> {
  const document = typeof row.props.ingestedFrom === 'string' ? row.props.ingestedFrom : null;
  if (decision === 'ACCEPT') {
    const ids = ref.node ? [] : [ref.from, ref.to];
    const inspection = typeof row.props.inspection === 'string' ? row.props.inspection : null;
    if (inspection) {
      ids.push(inspection);
      if (document) ids.push(relProposalId(['Inspection', 'REPORTED_IN', 'Document'], inspection, document, document));
    }
    return ids.flatMap((id) => parseProposalId(id, labelOfId) ?? []);
  }
  if (!ref.node) return [];
  const around = await pendingAroundNode(tx, ref.label, ref.id);
  return [...around.rels, ...around.children].flatMap((id) => parseProposalId(id, labelOfId) ?? []);
}

/** Withdraws an accepted or curated fact: status RETRACTED with who, when and why; audited, never deleted. */
export async function retractFact(
  store: GraphStore,
  curator: Curator,
  input: { id: string; source: SourceInput },
): Promise<ReviewOutcome> {
  const ref = refOf(input.id);
  return store.write(async (tx) => {
    const source = await checkSource(tx, input.source);
    const before = await findProposal(tx, ref);
    if (!before) throw missing(`No fact with id "${input.id}"`, 'id');
    const current = before.props.status ?? 'ACCEPTED';
    if (current !== 'ACCEPTED')
      throw invalid(`${input.id} is ${current}: only an accepted or curated fact can be retracted`, 'id');
    const at = curator.now().toISOString();
    // A recurrence link has no retracted state: withdrawing it rejects it (still audited, never deleted).
    const changes = {
      status: ref.kind === 'RECURRENCE' ? 'REJECTED' : 'RETRACTED',
      retractedBy: curator.name,
      retractedAt: at,
    };
    await updateProposal(tx, ref, changes);
    const after = { ...before, props: { ...before.props, ...changes } };
    const auditId = await audit(
      tx,
      curator,
      'retractFact',
      before.subjects,
      { id: ref.id, kind: ref.kind, ...before.props },
      { id: ref.id, kind: ref.kind, ...after.props },
      source,
    );
    return { proposals: [after], auditIds: [auditId] };
  });
}
