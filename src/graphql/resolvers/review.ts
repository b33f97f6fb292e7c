// The review queue and its decisions, and ingest through the running service (curators only).
import { retractFact, reviewProposals, type ReviewOutcome } from '../../curation/review.js';
import { listProposals, relProposalId, type ProposalRow } from '../../graph/review.js';
import type { FactStatus } from '../../model/values.js';
import { ingestDocument } from '../../ingest/document.js';
import { newRoleId } from '../../ingest/people.js';
import { formatSummary, type IngestJson } from '../../ingest/summary.js';
import type { Context } from '../context.js';
import { badInput, unauthenticated } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll } from '../loaders.js';

function curatorOf(ctx: Context) {
  if (!ctx.curator) throw unauthenticated();
  return { name: ctx.curator, now: ctx.now };
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** One line a curator can judge a proposal by. */
export function summaryOf(p: ProposalRow): string {
  const x = p.props;
  const [a, b] = p.names;
  const dates = [x.from && `from ${x.from}`, x.to && `to ${x.to}`, x.attestedOn && `in post on ${x.attestedOn}`]
    .filter(Boolean)
    .join(', ');
  switch (p.kind) {
    case 'HOLDING':
      return `${a} — ${b}${dates ? `, ${dates}` : ''}${x.capacity ? ` (${String(x.capacity).toLowerCase()})` : ''}`;
    case 'THEME_TAG':
      return `${a} concerns theme ${b}`;
    case 'FINDING_LINK':
      return `finding "${a}" backs "${b}"`;
    case 'RECURRENCE':
      return `${p.subjects[0]} recurs as ${p.subjects[1]}: ${x.explanation ?? ''}`;
    case 'EVENT_REPORT':
      return `${p.subjects[1]} reports the existing event ${p.subjects[0]}`;
    case 'ORGANISATION_RELATION':
      return `${a}: ${x.relation} of ${b}${Array.isArray(x.replaces) && x.replaces.length ? `, replacing ${x.replaces.join(', ')}` : ''}`;
    case 'EVENT':
      return `${x.kind} ${x.startedOn ?? x.year ?? ''}${x.publishedOn ? `, published ${x.publishedOn}` : ''}`;
    case 'JUDGEMENT':
      return `${x.area}: ${x.grade}`;
    case 'FINDING':
      return `${x.polarity}: ${x.text}`;
    case 'ITEM':
      return `${x.kind}: ${x.text}`;
    case 'PERSON':
      return `new person ${x.name}`;
    case 'ROLE':
      return `new role ${x.name}`;
    case 'ORGANISATION':
      return `new organisation ${x.name} (${x.kind})`;
  }
}

async function reviewResult(ctx: Context, outcome: ReviewOutcome) {
  // Cards cached by this request may show the old state.
  for (const label of ['Role', 'Person', 'Organisation', 'Inspection', 'Recommendation', 'Finding', 'Theme'] as const)
    ctx.loaders.card(label).clearAll();
  return { proposals: outcome.proposals, audit: await loadAll(ctx.loaders, 'AuditEntry', outcome.auditIds) };
}

export const reviewResolvers: Resolvers = {
  Query: {
    proposals: async (_p, { filter, first }, ctx) => {
      if (first < 1 || first > 5000) throw badInput('first must be between 1 and 5000', 'first');
      return listProposals(ctx.store, {
        statuses: [(filter?.status ?? 'SUGGESTED') as FactStatus],
        document: filter?.document ?? null,
        kinds: filter?.kinds ?? [],
        first,
      });
    },
  },
  Proposal: {
    status: (p) => (text(p.props.status) ?? 'ACCEPTED') as FactStatus,
    document: (p, _a, ctx) => {
      const doc = text(p.props.ingestedFrom) ?? text(p.props.source);
      return doc ? ctx.loaders.card('Document').load(doc) : null;
    },
    summary: (p) => summaryOf(p),
    quote: (p) => text(p.props.quote),
    locator: (p) => text(p.props.locator),
    score: (p) => (typeof p.props.score === 'number' ? p.props.score : null),
    basis: (p) => text(p.props.basis),
    properties: (p) =>
      JSON.stringify(Object.fromEntries(Object.entries(p.props).filter(([k]) => k !== 'text' || p.kind !== 'EVENT'))),
    reviewedBy: (p) => text(p.props.reviewedBy) ?? text(p.props.retractedBy),
    reviewedAt: (p) => text(p.props.reviewedAt) ?? text(p.props.retractedAt),
  },
  Mutation: {
    reviewProposals: async (_p, { input }, ctx) =>
      reviewResult(ctx, await reviewProposals(ctx.store, curatorOf(ctx), input)),
    retractFact: async (_p, { input }, ctx) => reviewResult(ctx, await retractFact(ctx.store, curatorOf(ctx), input)),
    ingestDocument: async (_p, { input }, ctx) => {
      const curator = curatorOf(ctx);
      const format = input.format ?? 'TEXT';
      const bytes = format === 'PDF' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
      const { json } = await ingestDocument(ctx.store, {
        name: input.name,
        bytes,
        format,
        dryRun: input.dryRun ?? true,
        kind: input.kind,
        date: input.date,
        title: input.title,
        slug: input.slug,
        organisation: input.organisation ?? ctx.homeCouncil,
        limit: input.limit,
        now: curator.now,
      });
      const proposals = json.document.written
        ? await listProposals(ctx.store, {
            statuses: ['SUGGESTED'],
            document: json.document.id,
            kinds: [],
            first: 5000,
          })
        : [];
      return ingestView(json, formatSummary(json), proposals);
    },
  },
};

/** The contract JSON in the GraphQL shape (the same object, with the event named as such). */
function ingestView(json: IngestJson, summary: string, proposals: ProposalRow[]) {
  const d = json.document;
  return {
    written: d.written,
    alreadyIngested: d.alreadyIngested,
    document: {
      id: d.id,
      title: d.title,
      kind: d.kind,
      date: d.date,
      publisher: d.publisher,
      file: d.file,
      format: d.format,
    },
    event: json.inspection,
    items: json.items,
    findings: json.findings,
    judgements: json.judgements,
    holdings: json.holdings.map((h) => ({ ...h, proposalId: d.written ? holdingId(h, d.id) : null })),
    organisations: json.organisations,
    warnings: json.warnings,
    summary,
    json: JSON.stringify(json),
    proposals,
  };
}

const holdingId = (h: IngestJson['holdings'][number], documentId: string) =>
  relProposalId(['Person', 'HELD', 'Role'], h.personId, h.role.id ?? newRoleId(h.role.name), documentId);
