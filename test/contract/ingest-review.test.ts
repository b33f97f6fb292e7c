// Ingest through the running service and the review queue, on every backend: documents of every form are
// proposed as SUGGESTED facts that no default read returns; a curator accepts a press release's new
// director in the queue and "who owns it now" names that person; rejections and retractions are audited.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { CURATOR_TOKEN, startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { operation } from '../support/operations.js';

const AUTH = { authorization: `Bearer ${CURATOR_TOKEN}` };
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../documents', name));

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  written alreadyIngested document { id kind format } event { id existing kind startedOn }
  judgements { id area grade existing } items { id text } findings { id polarity }
  holdings { personName personId role { id name } from to attestedOn capacity quote proposalId }
  organisations { id name relation isNew replaces } json summary proposals { id kind status } } }`;
const QUEUE = `query($filter: ProposalFilter) { proposals(filter: $filter) {
  id kind status summary quote locator subjects document { id } reviewedBy } }`;
const REVIEW = `mutation($input: ReviewProposalsInput!) { reviewProposals(input: $input) {
  proposals { id kind status reviewedBy } audit { id operation curator targets before after sourceNote } } }`;
const RETRACT = `mutation($input: RetractFactInput!) { retractFact(input: $input) {
  proposals { id status } audit { id operation targets sourceNote } } }`;
const OWNERS = `query($asOf: Date) { recurringRecommendations(fromYear: 2016, toYear: 2023) {
  recommendation { id } currentOwners(asOf: $asOf) { role { id } holders { name from capacity basis } } } }`;

const PRESS_RELEASE = {
  name: '2025-press-release-new-dcs.txt',
  content: fixture('2025-press-release-new-dcs.txt').toString('utf8'),
};
const NEWS = {
  name: '2024-news-report-december-2023-inspection.txt',
  content: fixture('2024-news-report-december-2023-inspection.txt').toString('utf8'),
};
const LETTER = {
  name: '2018-letter-without-list.txt',
  content: fixture('2018-letter-without-list.txt').toString('utf8'),
};
const PDF = {
  name: '2021-focused-visit-letter.pdf',
  format: 'PDF',
  content: fixture('2021-focused-visit-letter.pdf').toString('base64'),
};

/** Every default read a client makes: the saved recipes and the listings, as one comparable value. */
async function defaultReads(api: Api) {
  const reads: Record<string, unknown> = {};
  for (const name of [
    'Flagship',
    'Listing',
    'ThemesRaisedAtEveryFullInspection',
    'AskedIn2021AskedAgainIn2023',
    'WhatARoleOwnsNow',
    'FindingsBehindARecommendation',
    'HowAThemeDeveloped',
    'SearchTheRecord',
  ]) {
    const res = await api.gql(operation(name));
    expect(res.errors, name).toBeUndefined();
    reads[name] = res.data;
  }
  const lists =
    await api.gql(`{ people { id name holdings { role { id } from attestedOn } } roles { id holders(asOf: "2025-06-01") { name } }
    organisations { id name } inspections { id reportedIn { id } judgements { id grade } findings { id } recommendations { id themes { id } } }
    themes { id children { id recommendations { id } findings { id } } }
    search(query: "improvement partner director management oversight", first: 50) { node { id } } }`);
  expect(lists.errors).toBeUndefined();
  reads.lists = lists.data;
  reads.owners2025 = (await api.gql(OWNERS, { asOf: '2025-06-01' })).data;
  return reads;
}

const dcsHolders = async (api: Api, asOf: string) => {
  const res = await api.gql(OWNERS, { asOf });
  const item = res.data.recurringRecommendations.find((i: any) =>
    i.currentOwners.some((o: any) => o.role?.id === 'role-dcs'),
  );
  return item.currentOwners.find((o: any) => o.role?.id === 'role-dcs').holders as Array<{
    name: string;
    from: string;
    capacity: string;
    basis: string;
  }>;
};

describe.each(availableBackends())('ingest through the service and review on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  let before: Record<string, unknown>;
  beforeAll(async () => {
    store = await backend.open();
    await loadSeed(store);
    api = await startApi(store, { now: () => new Date('2026-11-22T12:00:00Z') });
    before = await defaultReads(api);
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });

  it('needs a curator token, even for a dry run', async () => {
    const res = await api.gql(INGEST, { input: { ...PRESS_RELEASE, dryRun: true } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('previews a press release: the new director in an existing role, from a stated date, and the new improvement partner', async () => {
    const res = await api.gql(INGEST, { input: { ...PRESS_RELEASE, dryRun: true } }, AUTH);
    expect(res.errors).toBeUndefined();
    const out = res.data.ingestDocument;
    expect(out).toMatchObject({ written: false, alreadyIngested: false, event: null, items: [], proposals: [] });
    expect(out.document).toEqual({ id: 'doc-2025-press-release-new-dcs', kind: 'PRESS_RELEASE', format: 'TEXT' });
    expect(out.holdings).toEqual([
      {
        personName: 'Jo Example',
        personId: 'person-jo-example',
        role: { id: 'role-dcs', name: "Director of Children's Services (DCS)" },
        from: '2025-01-06',
        to: null,
        attestedOn: null,
        capacity: 'PERMANENT',
        proposalId: null,
        quote:
          "Tameside Council has appointed Jo Example as its permanent Director of Children's Services, with effect from 6 January 2025.",
      },
    ]);
    expect(out.organisations).toEqual([
      {
        id: 'org-exampleshire-county-council',
        name: 'Exampleshire County Council',
        relation: 'IMPROVEMENT_PARTNER',
        isNew: true,
        replaces: ['org-strategic-partner'],
      },
    ]);
    const json = JSON.parse(out.json);
    expect(json.holdings[0]).toMatchObject({
      personName: 'Jo Example',
      role: { id: 'role-dcs' },
      from: '2025-01-06',
      capacity: 'PERMANENT',
    });
    expect(out.summary).toContain('DRY RUN: nothing was written');
  });

  it('recognises the event a news report is about, and the judgements the graph already has', async () => {
    const res = await api.gql(INGEST, { input: { ...NEWS, dryRun: true } }, AUTH);
    expect(res.errors).toBeUndefined();
    const out = res.data.ingestDocument;
    expect(out.event).toEqual({ id: 'insp-2023-ilacs', existing: true, kind: 'FULL_INSPECTION', startedOn: '2023-12' });
    expect(out.judgements).toEqual([
      expect.objectContaining({ id: null, grade: 'INADEQUATE', existing: 'judg-2023-overall' }),
      expect.objectContaining({ id: null, grade: 'REQUIRES_IMPROVEMENT', existing: 'judg-2023-care-leavers' }),
    ]);
    expect(out.items.map((i: any) => i.text)).toEqual([
      'the regularity and effectiveness of management oversight and challenge',
      'the consistency in applying thresholds and interventions for children',
      'the timeliness of children achieving permanence',
    ]);
  });

  describe('after ingesting the four forms for real', () => {
    const written: Record<string, any> = {};
    beforeAll(async () => {
      for (const doc of [PRESS_RELEASE, NEWS, LETTER, PDF]) {
        const res = await api.gql(INGEST, { input: { ...doc, dryRun: false } }, AUTH);
        expect(res.errors, doc.name).toBeUndefined();
        written[doc.name] = res.data.ingestDocument;
      }
    });

    it('writes every form as proposals, all SUGGESTED', () => {
      for (const out of Object.values(written)) {
        expect(out.written).toBe(true);
        expect(out.proposals.length).toBeGreaterThan(0);
        expect(new Set(out.proposals.map((p: any) => p.status))).toEqual(new Set(['SUGGESTED']));
      }
      expect(written[PDF.name].document).toMatchObject({ format: 'PDF' });
      expect(written[PDF.name].event).toMatchObject({ id: 'insp-2021-fv', existing: true });
      expect(written[PDF.name].items).toHaveLength(6);
      expect(written[LETTER.name].items).toEqual([]);
      expect(written[LETTER.name].findings.length).toBeGreaterThan(0);
    });

    it('returns nothing suggested from any default read', async () => {
      expect(await defaultReads(api)).toEqual(before);
    });

    it('says a document is ingested already, in a dry run too, and refuses a second real run', async () => {
      const dry = await api.gql(INGEST, { input: { ...PRESS_RELEASE, dryRun: true } }, AUTH);
      expect(dry.data.ingestDocument.alreadyIngested).toBe(true);
      expect(dry.data.ingestDocument.summary).toContain('ALREADY INGESTED');
      const real = await api.gql(INGEST, { input: { ...PRESS_RELEASE, dryRun: false } }, AUTH);
      expect(real.errors?.[0]?.extensions?.code).toBe('INGEST_ALREADY_INGESTED');
    });

    it("lists a document's pending proposals with their quotes", async () => {
      const res = await api.gql(QUEUE, { filter: { document: 'doc-2025-press-release-new-dcs' } });
      expect(res.errors).toBeUndefined();
      const byKind = Object.fromEntries(res.data.proposals.map((p: any) => [p.kind, p]));
      expect(Object.keys(byKind).sort()).toEqual(['HOLDING', 'ORGANISATION', 'ORGANISATION_RELATION', 'PERSON']);
      expect(byKind.HOLDING).toMatchObject({
        id: 'Person-HELD-Role~person-jo-example~role-dcs~doc-2025-press-release-new-dcs',
        status: 'SUGGESTED',
        subjects: ['person-jo-example', 'role-dcs'],
        document: { id: 'doc-2025-press-release-new-dcs' },
        summary: "Jo Example — Director of Children's Services (DCS), from 2025-01-06 (permanent)",
        quote:
          "Tameside Council has appointed Jo Example as its permanent Director of Children's Services, with effect from 6 January 2025.",
      });
      const news = await api.gql(QUEUE, {
        filter: { document: 'doc-2024-news-report-december-2023-inspection', kinds: ['EVENT_REPORT', 'ITEM'] },
      });
      expect(news.data.proposals.map((p: any) => p.kind).sort()).toEqual(['EVENT_REPORT', 'ITEM', 'ITEM', 'ITEM']);
    });

    it('a press release naming a new DCS, accepted in the queue, makes the flagship name that person for a later date', async () => {
      expect((await dcsHolders(api, '2025-06-01')).map((h) => h.name)).not.toContain('Jo Example');
      const holding = written[PRESS_RELEASE.name].holdings[0].proposalId;
      const res = await api.gql(
        REVIEW,
        { input: { ids: [holding], decision: 'ACCEPT', note: 'checked against the council website' } },
        AUTH,
      );
      expect(res.errors).toBeUndefined();
      const { proposals, audit } = res.data.reviewProposals;
      // The new person is accepted with the holding that needs it.
      expect(proposals.map((p: any) => [p.id, p.status])).toEqual([
        [holding, 'ACCEPTED'],
        ['person-jo-example', 'ACCEPTED'],
      ]);
      expect(audit.map((a: any) => a.operation)).toEqual(['acceptProposal', 'acceptProposal']);
      expect(audit[0]).toMatchObject({
        curator: 'test-curator',
        targets: ['person-jo-example', 'role-dcs'],
        sourceNote: 'checked against the council website',
      });
      expect(JSON.parse(audit[0].before).status).toBe('SUGGESTED');
      expect(JSON.parse(audit[0].after).status).toBe('ACCEPTED');
      expect(await dcsHolders(api, '2025-06-01')).toEqual([
        { name: 'Jo Example', from: '2025-01-06', capacity: 'PERMANENT', basis: 'STATED_START' },
      ]);
      // Before the appointment (and after the commissioner's report proposed the actions owners come from).
      expect((await dcsHolders(api, '2024-09-01')).map((h) => h.name)).not.toContain('Jo Example');
    });

    it('rejects many proposals in one audited transaction, and refuses the whole batch if one is not pending', async () => {
      const queue = await api.gql(QUEUE, { filter: { document: 'doc-2025-press-release-new-dcs' } });
      const pending = queue.data.proposals.map((p: any) => p.id);
      expect(pending.sort()).toEqual([
        'Organisation-PARTNER_OF-Organisation~org-exampleshire-county-council~org-tameside-council~doc-2025-press-release-new-dcs',
        'org-exampleshire-county-council',
      ]);
      const mixed = await api.gql(
        REVIEW,
        { input: { ids: [...pending, 'person-jo-example'], decision: 'REJECT' } },
        AUTH,
      );
      expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(
        (await api.gql(QUEUE, { filter: { document: 'doc-2025-press-release-new-dcs' } })).data.proposals,
      ).toHaveLength(2);
      const res = await api.gql(REVIEW, { input: { ids: pending, decision: 'REJECT' } }, AUTH);
      expect(res.errors).toBeUndefined();
      expect(res.data.reviewProposals.audit.map((a: any) => a.operation)).toEqual(['rejectProposal', 'rejectProposal']);
      expect((await api.gql(QUEUE, { filter: { document: 'doc-2025-press-release-new-dcs' } })).data.proposals).toEqual(
        [],
      );
      const rejected = await api.gql(QUEUE, {
        filter: { document: 'doc-2025-press-release-new-dcs', status: 'REJECTED' },
      });
      expect(rejected.data.proposals).toHaveLength(2);
    });

    it('retracts an accepted fact with an audit entry, and the answer goes back', async () => {
      const holding = written[PRESS_RELEASE.name].holdings[0].proposalId;
      const refused = await api.gql(RETRACT, { input: { id: holding, source: {} } }, AUTH);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const res = await api.gql(
        RETRACT,
        { input: { id: holding, source: { note: 'the appointment was withdrawn' } } },
        AUTH,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.retractFact).toMatchObject({
        proposals: [{ id: holding, status: 'RETRACTED' }],
        audit: [
          {
            operation: 'retractFact',
            targets: ['person-jo-example', 'role-dcs'],
            sourceNote: 'the appointment was withdrawn',
          },
        ],
      });
      expect((await dcsHolders(api, '2025-06-01')).map((h) => h.name)).not.toContain('Jo Example');
      const again = await api.gql(RETRACT, { input: { id: holding, source: { note: 'again' } } }, AUTH);
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('accepting an item accepts its event link, and the item then appears under the inspection', async () => {
      const queue = await api.gql(QUEUE, {
        filter: { document: 'doc-2024-news-report-december-2023-inspection', kinds: ['ITEM'] },
      });
      const item = queue.data.proposals[0].id;
      const res = await api.gql(REVIEW, { input: { ids: [item], decision: 'ACCEPT' } }, AUTH);
      expect(res.errors).toBeUndefined();
      expect(res.data.reviewProposals.proposals.map((p: any) => p.kind)).toEqual(['ITEM', 'EVENT_REPORT']);
      const insp = await api.gql('{ inspection(id: "insp-2023-ilacs") { recommendations { id } reportedIn { id } } }');
      expect(insp.data.inspection.recommendations.map((r: any) => r.id)).toContain(item);
      expect(insp.data.inspection.reportedIn.map((d: any) => d.id)).toContain(
        'doc-2024-news-report-december-2023-inspection',
      );
    });
  });
});
