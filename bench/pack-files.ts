/**
 * The benchmark's pack files: `count` synthetic fact-checks (seed sentences recombined, 40% of words from WordNet;
 * fixed seed), one source each as a DataFeed of ClaimReviews has it, in the pack format; a second version rewords
 * 1 claim in 100. The same files for the Node figures (packs.ts) and the browser's (browser/pack-stalls.ts).
 */
import { buildPackDocument } from '../lib/packs';
import type { ReferenceArticle } from '../lib/reference/seeds';
import { seedReferences } from '../lib/reference/seeds';
import { projectRoot } from './paths';
import { synthesiseClaims, wordnetVocabulary } from './synthetic-claims';

const CLAIM_SEED = 23;
/** One claim in this many changes between the two versions. */
export const CHANGED_EVERY = 100;

/** The claims' texts of a pack of `count` claims (the same texts every run). */
export function packTexts(count: number): string[] {
  const donors = seedReferences().flatMap((article) => article.claims.map((claim) => claim.text));
  return synthesiseClaims(donors, count, CLAIM_SEED, { words: wordnetVocabulary(projectRoot), share: 0.4 });
}

/** The pack's file: one source per fact-check; with `changed`, 1 claim in CHANGED_EVERY reworded. */
export function packFile(texts: readonly string[], version: string, changed = false): string {
  const articles: ReferenceArticle[] = texts.map((text, n) => ({
    source: {
      id: `fc-${n}`,
      title: `Fact-check ${n}`,
      publisher: 'Bench Checks',
      url: `https://checks.example/${n}`,
      publishedAt: '2026-11-01',
      addedAt: '2026-11-01T00:00:00.000Z',
      origin: 'import',
      enabled: true,
    },
    claims: [
      {
        id: `fc-${n}#0`,
        sourceId: `fc-${n}`,
        text:
          changed && n % CHANGED_EVERY === 0 ? `Officials said that ${text[0].toLowerCase()}${text.slice(1)}` : text,
        start: 0,
        end: 0,
      },
    ],
  }));
  const meta = { title: 'Bench pack', publisher: 'Bench Checks', version, updatedAt: '2026-11-01T00:00:00.000Z' };
  return asDownloaded(JSON.stringify(buildPackDocument(articles, meta)));
}

/**
 * The file's text as a download gives it: decoded parts joined into one flat string (lib/packs/download.ts,
 * cappedText). JSON.stringify gives a text of this size as a tree of pieces instead, which V8 copies into one string
 * at its first read: 0.2-0.4 s of the event loop at the start of a timed subscribe or refresh that no download costs.
 */
function asDownloaded(text: string): string {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 65_536) parts.push(text.slice(at, at + 65_536));
  return parts.join('');
}
