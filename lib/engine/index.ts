/**
 * The claim engine's public face: build a reference index, annotate page text, check a snippet, search.
 * Everything here is plain TypeScript over strings and plain data; it runs in the background, the CLI and tests.
 * The index itself and its snapshot format are lib/index's (reference-index.ts, snapshot/).
 */
export { type AnnotateOptions, annotateBlockSteps, annotateBlocks, matchSentence } from './annotate';
export { claimsFromBlockSteps, claimsFromBlocks, displayText, sentenceClaims } from './extract-claims';
export { groupClaims, linkingSteps, linkSameFacts } from './group';
export { GroupUnion } from './group-union';
export { rankingCandidates, SEARCH_DEPTH, searchClaims } from './search';
export { statusOf, summariseMatches } from './status';

import { ReferenceIndex } from '../index/reference-index';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { groupClaims } from './group';

/**
 * An index over the given sources and claims, with same-fact groups assigned (grouping costs a bounded number
 * of lookups per claim, so it grows about linearly with the set).
 */
export function buildReferenceIndex(
  articles: readonly { source: ReferenceSource; claims: readonly ReferenceClaim[] }[],
): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const { source, claims } of articles) index.addSource(source, claims);
  const groups = groupClaims(index);
  for (const claim of index.allClaims()) index.addClaim({ ...claim, groupId: groups.get(claim.id) });
  return index;
}
