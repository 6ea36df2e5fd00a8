/**
 * The per-label checks both browsers run on the labelled evaluation pages: each labelled sentence shows exactly
 * the verdict the engine gives it when the same page is checked outside the browser (the CLI's path), no
 * sentence is badged twice, and nothing outside the article is badged. How often that verdict is right is the
 * accuracy test's question (tests/engine/accuracy.test.ts); this suite checks that the built extension, in a
 * real browser, shows what the engine decided: extraction, messaging, anchoring and rendering together.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../../cli/pages';
import { annotateBlocks, buildReferenceIndex } from '../../../lib/engine';
import { installTaggerFromDisk } from '../../../lib/nlp/tagger-data-node';
import { seedReferences } from '../../../lib/reference/seeds';
import type { BadgeInfo, ClosedRootView } from './in-page';
import { evaluationPages, normalise, overlaps } from './labels';
import { settledBadges } from './settle';
import { setupOrFail } from './setup-or-fail';

/** A fixture page opened in a browser tab. */
export interface OpenedPage {
  /** The tab's badges, through the extension (the tab's page summary: messaging.ts). */
  badges(): Promise<BadgeInfo[]>;
  /** What each badge's closed root shows, in document order (seen through the driver). */
  badgeRoots(): Promise<ClosedRootView[]>;
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

/** Badges on exactly this sentence (the badge's sentence and the text are the same, or one holds the other). */
function badgesOnSentence(badges: readonly BadgeInfo[], text: string): BadgeInfo[] {
  const wanted = normalise(text);
  return badges.filter((badge) => {
    const badged = normalise(badge.claimText);
    return badged.includes(wanted) || wanted.includes(badged);
  });
}

/** The engine's verdict per sentence of a fixture page, outside the browser; no entry means no badge. */
async function engineVerdicts(page: string): Promise<Map<string, string>> {
  // Tagged as the background and the command line tag it: without the tagger, verbs are the lexicon's guess.
  installTaggerFromDisk();
  const index = buildReferenceIndex(seedReferences());
  // Dated as the content script dates it, so an update is an update on both paths.
  const { blocks, publishedAt } = await loadPage(join('tests/fixtures/pages', page));
  const verdicts = new Map<string, string>();
  for (const annotation of annotateBlocks(index, blocks, { publishedAt })) {
    if (annotation.status !== 'related') verdicts.set(normalise(annotation.text), annotation.status);
  }
  return verdicts;
}

/**
 * Asserts that a sentence carries a badge (any status). The content-script checks (dynamic pages, navigation,
 * CSP, long pages) use this: whether the verdict is right is the labelled pages' question, not theirs.
 */
export function expectBadged(badges: readonly BadgeInfo[], text: string): void {
  const statuses = badgesOn(badges, text).map((badge) => badge.status);
  expect(statuses.length, `no badge on "${text}"; badges: ${JSON.stringify(badges)}`).toBeGreaterThan(0);
  for (const status of statuses) expect(['corroborated', 'conflicting', 'mixed', 'updated']).toContain(status);
}

/** Waits for a page's badges: until the first badge shows on a page that should have some, else a quiet spell. */
export function waitForPageBadges(page: OpenedPage, expectsBadges: boolean): Promise<BadgeInfo[]> {
  return expectsBadges
    ? settledBadges(() => page.badges(), { until: (badges) => badges.length > 0, maxMs: 30_000 })
    : settledBadges(() => page.badges(), { minMs: 3_000 });
}

/** Registers one describe block per labelled page (dev-*.labels.json in tests/fixtures/pages). */
export function describeLabelledPages(open: () => PageOpener): void {
  for (const { page, labels } of evaluationPages()) {
    describe(`labelled page ${page}`, () => {
      let opened: OpenedPage;
      let badges: BadgeInfo[] = [];
      let verdicts = new Map<string, string>();

      beforeAll(async () => {
        verdicts = await engineVerdicts(page);
      });
      setupOrFail(async () => {
        opened = await open()(`/pages/${page}`);
        badges = await waitForPageBadges(opened, verdicts.size > 0);
      });
      afterAll(async () => {
        await opened?.close();
      });

      for (const label of labels.filter((candidate) => candidate.expect !== 'any')) {
        it(`shows the engine's verdict on "${short(label.text)}"`, () => {
          const expected = verdicts.get(normalise(label.text));
          const statuses = badgesOnSentence(badges, label.text).map((badge) => badge.status);
          expect(statuses, `badges on the page: ${JSON.stringify(badges, null, 1)}`).toEqual(
            expected ? [expected] : [],
          );
        });
      }
      it('puts no badge outside the labelled sentences (navigation, sidebars, captions)', () => {
        const allowed = labels.filter((label) => label.expect !== 'none');
        const strays = badges.filter((badge) => !allowed.some((label) => overlaps(badge.claimText, label.text)));
        expect(strays).toEqual([]);
      });
      it('badges no sentence twice, each with a known status and an accessible name inside its closed root', async () => {
        const texts = badges.map((badge) => badge.claimText);
        expect(new Set(texts).size).toBe(texts.length);
        for (const badge of badges) {
          expect(['corroborated', 'conflicting', 'mixed', 'updated']).toContain(badge.status);
        }
        const roots = await opened.badgeRoots();
        expect(roots).toHaveLength(badges.length);
        for (const root of roots) {
          expect(root.buttons).toHaveLength(1);
          expect(root.buttons[0]!.label).toMatch(
            /^(Corroborated by|Conflicts with|Reference sources disagree|Updated: reported at another date in)/,
          );
        }
      });
    });
  }
}
