/**
 * The article's blocks for the content script: what `extractArticle(doc).blocks` gives, without reading the
 * page's metadata (title, publisher, dates), which the content script does not need and which costs 2 KB
 * of the bundle that runs on every page. A parity test (tests/content/blocks.test.ts) keeps the two equal
 * on the extraction fixtures.
 *
 * nb. Better in lib/extract itself (an `extractBlocks(doc)` that `extractArticle` builds on); until then it
 * composes the extractor's exported steps the same way.
 */
import { collectBlocks } from '../lib/extract/blocks';
import { findArticleRoots } from '../lib/extract/container';
import { isSubhead } from '../lib/extract/paragraphs';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The headline as the page states it (h1, Open Graph title, document title), normalised. */
function headlines(doc: Document): Set<string> {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return new Set([doc.querySelector('h1')?.textContent, og, doc.title].map(normalise).filter(Boolean));
}

/** The article body's blocks with their elements, in document order, minus a subhead that repeats the headline. */
export function articleBlocks(doc: Document): { text: string; element: Element }[] {
  if (!doc.documentElement) return [];
  const titles = headlines(doc);
  return collectBlocks(findArticleRoots(doc)).filter(
    ({ element, text }) => !(isSubhead(element) && titles.has(normalise(text))),
  );
}
