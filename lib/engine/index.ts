/**
 * The claim engine's public face: build a reference index, annotate page text, check a snippet.
 * Everything here is plain TypeScript over strings and plain data; it runs in the background, the CLI and tests.
 */
export { type AnnotateOptions, annotateBlocks, matchSentence, statusOf } from './annotate';
export { claimsFromBlocks, displayText, sentenceClaims } from './extract-claims';
export { groupClaims } from './group';
export {
  INDEX_SNAPSHOT_FORMAT,
  type IndexSnapshot,
  isCurrentSnapshot,
  StaleSnapshotError,
} from './index-snapshot';
export { indexKeys, ReferenceIndex, type ScoredClaim } from './reference-index';

import type { ReferenceClaim, ReferenceSource } from '../types';
import { groupClaims } from './group';
import { ReferenceIndex } from './reference-index';

/**
 * Past this many claims, `buildReferenceIndex` does not group claims into same facts (one search per claim):
 * large sets are imported fact-check collections, where each claim is its own source and groups are rare.
 * The reader still sees how many sources agree: annotations count distinct sources among the matches.
 */
export const GROUPING_LIMIT = 20_000;

/** An index over the given sources and claims, with same-fact groups assigned (up to GROUPING_LIMIT claims). */
export function buildReferenceIndex(
  articles: readonly { source: ReferenceSource; claims: readonly ReferenceClaim[] }[],
): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const { source, claims } of articles) index.addSource(source, claims);
  if (index.size > GROUPING_LIMIT) return index;
  const groups = groupClaims(index);
  for (const claim of index.allClaims()) index.addClaim({ ...claim, groupId: groups.get(claim.id) });
  return index;
}
