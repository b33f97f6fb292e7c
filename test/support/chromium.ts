// Headless Chromium from Debian (.ci/run installs it; never a downloaded browser), for the browser suites.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether the browser suites can run here; each says so in one line when they cannot. */
export const chromiumAvailable = existsSync(CHROMIUM);

/** A headless browser that makes no requests of its own (updates, sync, QUIC probes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
