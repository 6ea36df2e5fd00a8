/**
 * Part "browser": in-browser speed (document_idle → badges against the TreeWalker floor, long tasks on a
 * 10,000-word page, script time on a page with no article, and packs of 10,000 and 100,000 claims subscribed,
 * refreshed and removed with the longest stall of the extension's own service worker) is measured in Chromium by
 * `npm run bench:browser` (browser-speed.ts), which writes bench/results/browser.json. This part reports that file
 * when it is there, and says so when not.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PartResult } from './part';
import { resultsDir } from './paths';

/** Where the end-to-end suite leaves its browser measurements. */
export const BROWSER_RESULTS = join(resultsDir, 'browser.json');

export interface BrowserResult {
  file: string;
  takenAt: string;
  figures: Record<string, unknown>;
}

export async function runBrowser(): Promise<PartResult<BrowserResult>> {
  if (!existsSync(BROWSER_RESULTS)) {
    return {
      result: null,
      missing: [],
      lines: ['browser: not measured in this run (no bench/results/browser.json; the e2e suite writes it)'],
    };
  }
  const figures = JSON.parse(readFileSync(BROWSER_RESULTS, 'utf8')) as Record<string, unknown>;
  const takenAt = statSync(BROWSER_RESULTS).mtime.toISOString();
  const lines = [`browser: from bench/results/browser.json (written ${takenAt})`];
  for (const [key, value] of Object.entries(figures)) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  return { result: { file: 'bench/results/browser.json', takenAt, figures }, missing: [], lines };
}
