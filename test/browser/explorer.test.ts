// The explorer in headless Chromium over the seeded graph: each view shows real answers, nothing leaves
// loopback, the console stays clean, and axe finds no serious or critical accessibility violation.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from '../../src/explorer/build.js';
import { CURATOR_TOKEN } from '../support/api.js';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../support/chromium.js';
import { seededApi, type SeededApi } from '../support/fixtures.js';

const available = chromiumAvailable;
if (!available) console.log(`Explorer browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const SHOTS = process.env.EXPLORER_SCREENSHOTS ?? path.resolve('test/browser/screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(available)('explorer in a browser', () => {
  let api: SeededApi;
  let base: string;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureExplorerBuilt({ quiet: true });
    api = await seededApi();
    base = api.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function open(hash: string): Promise<Page> {
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // A council network may block everything but the service itself.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'blob:' && url.protocol !== 'data:') {
        outside.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${base}/${hash}`);
    return page;
  }

  async function axeViolations(p: Page): Promise<string[]> {
    await p.addScriptTag({ content: AXE });
    const result = await p.evaluate(async () =>
      (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              o: object,
            ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe.run(document, { resultTypes: ['violations'] }),
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }

  afterEach(async () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page?.close();
  });

  it('recurrence map: the thresholds row shows 2016 and 2023, a cell opens its items, the toggle shows the seven groups', async () => {
    const p = await open('#/map');
    await p.waitForSelector('[data-testid="heatmap"]', { timeout: 20_000 });
    const groups = p.locator('[data-testid="heatmap"] tbody tr[data-theme]');
    await expect.poll(() => groups.count()).toBe(7);
    await p.getByLabel('Leaf themes').check();
    const thresholds = p.locator('tr[data-theme="theme-thresholds"]');
    await thresholds.waitFor();
    const years = await thresholds
      .locator('td[data-count]:not([data-count="0"])')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.year));
    expect(years).toEqual(expect.arrayContaining(['2016', '2023']));
    // The 2018 monitoring visit asked for nothing: its column stays empty.
    expect(years).not.toContain('2018');
    await thresholds.locator('td[data-year="2016"] button').click();
    const items = p.locator('[data-testid="cell-items"]');
    await expect.poll(() => items.innerText()).toContain('Thresholds');
    expect(await items.innerText()).toMatch(/2016 rec\. 2/);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'recurrence-map.png'), fullPage: true });
  });

  it("an item's story: the chain of 2016 rec 5 with bases and explanations, a source opens with the quote highlighted", async () => {
    const p = await open('#/item/rec-2016-05');
    const links = p.locator('[data-testid="links"]');
    await expect.poll(() => links.innerText(), { timeout: 20_000 }).toContain('2022');
    const text = await links.innerText();
    expect(text).toContain('CURATED');
    // The chain keeps to performance reporting: 2022's priority action and commissioner rec 12, not 2023's
    // governance item (recorded as considered and not recurring).
    expect(await p.locator('[data-testid="links"] li[data-item="rec-2024-12"]').count()).toBe(1);
    expect(await p.locator('[data-testid="links"] li[data-item="rec-2023-01"]').count()).toBe(0);
    await p.locator('[data-testid="story-item"] button.source-link').first().click();
    const mark = p.locator('dialog.source mark[data-testid="quote"]');
    await expect
      .poll(() => mark.innerText(), { timeout: 10_000 })
      .toContain('Improve the quality of performance management reporting');
    expect(await p.locator('dialog.source h2').innerText()).toMatch(/2016|Inspection/i);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'source-quote.png') });
    await p.locator('dialog.source header button').click();
    await p.screenshot({ path: path.join(SHOTS, 'item-story.png'), fullPage: true });
  });

  it('who owns it now: the DCS timeline shows the 2021 and 2022 named holders and an unknown stretch after', async () => {
    const p = await open('#/owners');
    const dcs = p.locator('[data-testid="timeline-role-dcs"]');
    await expect.poll(() => dcs.innerText(), { timeout: 20_000 }).toContain('Richard Hancock');
    const text = await dcs.innerText();
    expect(text).toContain('in post on 2021-06-25');
    expect(text).toContain('Ali Stathers-Tracey');
    expect(text).toContain('in post on 2022-06');
    expect(text).toMatch(/Unknown\s+2024-07 → \d{4}-\d{2}-\d{2}: no source names a holder/);
    expect(await dcs.locator('svg').count()).toBeGreaterThan(0);
    // The owners table (by its caption: the role timelines load on their own and may come first).
    const owners = p.locator('table.data', { has: p.locator('caption', { hasText: 'Owners on' }) });
    // Owners are the actors the text names, the Council itself among them; today is beyond the sources.
    await expect
      .poll(() => owners.innerText(), { timeout: 20_000 })
      .toContain('Tameside Metropolitan Borough Council (the organisation itself)');
    expect(await owners.innerText()).toContain('last evidence 2024-07: beyond the sources');
    // A date before the 2024 actions were proposed: no owner yet.
    await p.locator('input[type="date"]').fill('2022-01-01');
    await expect.poll(() => owners.innerText()).toContain('Holder on 2022-01-01');
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'owners.png'), fullPage: true });
  });

  it('persistence: most persistent chain first, and raised again after a chosen inspection', async () => {
    const p = await open('#/persistence');
    const items = p.locator('table.data').nth(1);
    await expect.poll(() => items.innerText(), { timeout: 20_000 }).toContain('2016 rec. 6');
    const firstRow = await items.locator('tbody tr').first().innerText();
    expect(firstRow).toMatch(/2016 rec\. 6[\s\S]*2016\s+6\s+2024\s+8\s+yes/);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'persistence.png'), fullPage: true });
  });

  it('curator workspace: upload a report, preview it, write it as suggestions, accept its holding, record another; each write shows its audit entry', async () => {
    const p = await open('#/curate');
    await p.getByLabel('Curator token').fill(CURATOR_TOKEN);
    await p.getByRole('button', { name: 'Use token' }).click();
    expect(await p.evaluate(() => sessionStorage.getItem('explorer.curatorToken'))).toBe(CURATOR_TOKEN);
    await expect.poll(() => p.getByText('Nothing awaits review.').count(), { timeout: 20_000 }).toBe(1);

    // The fictional press release of the ingest tests (test/documents): a new DCS named from January 2025.
    await p.locator('input[type="file"]').setInputFiles(path.resolve('test/documents/2025-press-release-new-dcs.txt'));
    await p.getByRole('button', { name: 'Preview' }).click();
    const preview = p.locator('[data-testid="preview"]');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('Jo Example');
    expect(await preview.innerText()).toMatch(/Jo Example — Director of Children's Services[^\n]*from 2025-01-06/);
    expect(await preview.innerText()).toContain('Exampleshire County Council');
    await p.getByRole('button', { name: 'Write as suggestions' }).click();
    const queue = p.locator('[data-testid="proposals"] > li');
    await expect.poll(() => queue.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const holding = queue
      .filter({ hasText: /holding/i })
      .filter({ hasText: 'Jo Example' })
      .first();
    expect(await holding.innerText()).toContain('appointed Jo Example');
    await holding.locator('input[type="checkbox"]').check();
    await p.getByPlaceholder('why (kept in each audit entry)').fill('Press release checked');
    await p.getByRole('button', { name: 'Accept 1' }).click();
    const audit = p.locator('[data-testid="audit-entry"]');
    await expect.poll(() => audit.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await audit.first().innerText()).toMatch(/by test-curator/);

    // Accepted, the holding answers "who owns it now": the DCS timeline shows Jo Example from 2025-01-06.
    await p.getByLabel('Find a role').fill('director of children');
    await p.locator('select[name="role"]').selectOption('role-dcs');
    await p.locator('select[name="person"]').selectOption({ label: 'Jo Example' });
    await p.locator('input[name="attestedOn"]').fill('2025-02-01');
    await p.locator('input[name="holding-note"]').fill('Seen in post in a test letter');
    await p.getByRole('button', { name: 'Record holding' }).click();
    await expect
      .poll(() => p.getByRole('status').last().innerText(), { timeout: 20_000 })
      .toContain('Jo Example recorded in Director of Children');
    await expect
      .poll(() => audit.first().innerText())
      .toMatch(/recordHolding by test-curator[\s\S]*role-dcs[\s\S]*Seen in post in a test letter/);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'curator.png'), fullPage: true });
    await p.goto(`${base}/#/owners`);
    const dcs = p.locator('[data-testid="timeline-role-dcs"]');
    await expect.poll(() => dcs.innerText(), { timeout: 20_000 }).toContain('Jo Example');
    expect(await dcs.innerText()).toContain('from 2025-01-06');
  }, 120_000);

  it('search: highlighted snippets and a JSON export with document, quote and locator per row', async () => {
    const p = await open('#/search/thresholds');
    const hits = p.locator('[data-testid="hits"] li');
    await expect.poll(() => hits.count(), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await p.locator('[data-testid="hits"] mark').first().innerText()).toMatch(/threshold/i);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const rows = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<Record<string, string>>;
    expect(rows.length).toBe(await hits.count());
    expect(rows[0]).toHaveProperty('document');
    expect(rows.every((r) => r.document && r.quote && r.locator !== undefined)).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, 'search.png'), fullPage: true });
  });
});
