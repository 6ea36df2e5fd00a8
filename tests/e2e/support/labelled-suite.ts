/**
 * The per-label checks both browsers run on the labelled evaluation pages: every corroborated or conflicting
 * sentence carries a badge with that status, no 'none' sentence carries one, and no sentence is badged twice.
 * One test per label, so a run counts exactly which sentences the built extension gets right in that browser.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BadgeInfo } from './in-page';
import { evaluationPages, overlaps, positiveLabels } from './labels';
import { settledBadges } from './settle';
import { setupOrFail } from './setup-or-fail';

/** A fixture page opened in a browser tab. */
export interface OpenedPage {
  badges(): Promise<BadgeInfo[]>;
  close(): Promise<void>;
}

/** How a browser suite opens a fixture page (path below the fixture origin, e.g. /pages/dev-01.html). */
export type PageOpener = (path: string) => Promise<OpenedPage>;

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/** Badges whose sentence overlaps `text` (score.py's rule). */
export function badgesOn(badges: readonly BadgeInfo[], text: string): BadgeInfo[] {
  return badges.filter((badge) => overlaps(badge.claimText, text));
}

/**
 * Asserts that a sentence carries a badge (any status). The content-script checks (dynamic pages, navigation,
 * CSP, long pages) use this: whether the verdict is right is the labelled pages' question, not theirs.
 */
export function expectBadged(badges: readonly BadgeInfo[], text: string): void {
  const statuses = badgesOn(badges, text).map((badge) => badge.status);
  expect(statuses.length, `no badge on "${text}"; badges: ${JSON.stringify(badges)}`).toBeGreaterThan(0);
  for (const status of statuses) expect(['corroborated', 'conflicting', 'mixed']).toContain(status);
}

/** Waits for a page's badges: until the first badge shows on a page that should have some, else a quiet spell. */
export function waitForPageBadges(page: OpenedPage, expectsBadges: boolean): Promise<BadgeInfo[]> {
  return expectsBadges
    ? settledBadges(() => page.badges(), { until: (badges) => badges.length > 0, maxMs: 10_000 })
    : settledBadges(() => page.badges(), { minMs: 3_000 });
}

/** Registers one describe block per labelled page (dev-*.labels.json in tests/fixtures/pages). */
export function describeLabelledPages(open: () => PageOpener): void {
  for (const { page, labels } of evaluationPages()) {
    describe(`labelled page ${page}`, () => {
      let opened: OpenedPage;
      let badges: BadgeInfo[] = [];
      const positives = positiveLabels(labels);

      setupOrFail(async () => {
        opened = await open()(`/pages/${page}`);
        badges = await waitForPageBadges(opened, positives.length > 0);
      });
      afterAll(async () => {
        await opened?.close();
      });

      for (const label of positives) {
        it(`badges "${short(label.text)}" as ${label.expect}`, () => {
          const statuses = badgesOn(badges, label.text).map((badge) => badge.status);
          expect(statuses, `badges on the page: ${JSON.stringify(badges, null, 1)}`).toContain(label.expect);
        });
      }
      for (const label of labels.filter((candidate) => candidate.expect === 'none')) {
        it(`puts no badge on "${short(label.text)}"`, () => {
          expect(badgesOn(badges, label.text)).toEqual([]);
        });
      }
      it('puts no badge outside the labelled sentences (navigation, sidebars, captions)', () => {
        const allowed = labels.filter((label) => label.expect !== 'none');
        const strays = badges.filter((badge) => !allowed.some((label) => overlaps(badge.claimText, label.text)));
        expect(strays).toEqual([]);
      });
      it('badges no sentence twice, each with a known status and an accessible name', () => {
        const texts = badges.map((badge) => badge.claimText);
        expect(new Set(texts).size).toBe(texts.length);
        for (const badge of badges) {
          expect(['corroborated', 'conflicting', 'mixed']).toContain(badge.status);
          expect(badge.name).not.toBe('');
        }
      });
    });
  }
}
