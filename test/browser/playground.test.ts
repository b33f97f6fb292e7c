// An analyst's first minute: open the playground in headless Chromium, run the flagship recipe, read the
// answer on screen. Chromium comes from Debian (.ci/run installs it); without it this suite says so and skips.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../support/chromium.js';
import { seededApi, type SeededApi } from '../support/fixtures.js';

const available = chromiumAvailable;
if (!available) console.log(`Browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.runIf(available)('playground in a browser', () => {
  let api: SeededApi;
  let browser: Browser;
  const blocked: string[] = [];

  beforeAll(async () => {
    api = await seededApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('loads with no outside requests, runs the flagship recipe and shows its answer', async () => {
    const page = await browser.newPage();
    // Anything not served by the API itself would fail on a council network that blocks CDNs.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
        blocked.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(api.url);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    // The first tab holds the flagship recipe.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 10_000 })
      .toContain('recurringRecommendations(fromYear: 2016, toYear: 2023)');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain('rec-2016-01');
    // The response editor renders only the lines in view: check the top of the answer, then its full text
    // through CodeMirror's own document.
    const text = await result.innerText();
    expect(text).toContain('Ensure that all areas of service have sufficient staff');
    const full = await page.evaluate(() =>
      (
        document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }
      ).CodeMirror.getValue(),
    );
    const answer = JSON.parse(full);
    const items = answer.data.recurringRecommendations;
    expect(items.map((i: { recommendation: { id: string } }) => i.recommendation.id)).toContain('rec-2016-02');
    expect(full).toContain('rec-2023-03');
    // Owners are the actors; the commissioner who agrees the Council's targets is shown as a participant.
    expect(full).toContain('agreed by the Commissioner');
    expect(answer.data.recurringRecommendations[0].currentOwners[0].beyondEvidence).toBe(true);
    expect(answer.errors).toBeUndefined();
    expect(blocked).toEqual([]);
    await page.screenshot({ path: 'test/browser/playground.png' }).catch(() => undefined);
  });
});
