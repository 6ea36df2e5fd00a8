/** Reference articles written in a test: a user source and the claims of its sentences. */
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks } from '../../lib/engine';
import type { ReferenceSource } from '../../lib/types';

/** A user-added source with fixed dates. */
export const testSource = (id: string, publisher = id, publishedAt = '2025-01-15'): ReferenceSource => ({
  id,
  title: `${publisher} report`,
  publisher,
  url: `https://example.org/${id}`,
  publishedAt,
  addedAt: '2025-01-16T00:00:00.000Z',
  origin: 'user',
  enabled: true,
});

/** A source whose claims are the given sentences, as one block of text. */
export const testArticle = (id: string, ...sentences: string[]) => ({
  source: testSource(id),
  claims: claimsFromBlocks(id, [{ id: 'b0', text: sentences.join(' ') }]),
});

/** The status of each sentence of a page (one block each), the page checked whole against one reference article. */
export function pageStatuses(reference: readonly string[], page: readonly string[], publishedAt = '2025-01-15') {
  const index = buildReferenceIndex([testArticle('wire', ...reference)]);
  const blocks = page.map((text, n) => ({ id: `b${n}`, text }));
  const found = annotateBlocks(index, blocks, { publishedAt });
  return blocks.map((block) => found.find((annotation) => annotation.blockId === block.id)?.status);
}

/** A status a reader sees as a verdict: a green or a red badge. */
export const badged = (status: string | undefined): boolean => status === 'corroborated' || status === 'conflicting';

/** The status of a page's last sentence, the page checked whole against one reference article of these sentences. */
export function lastSentenceStatus(reference: readonly string[], page: readonly string[]) {
  return pageStatuses(reference, page).at(-1);
}
