/**
 * Groups reference claims that state the same fact in different sources, so the reader sees how many
 * independent sources agree. A claim joins the group of its best supporting match in another source.
 */
import { align } from '../match/similarity';
import { decideStance } from '../match/stance';
import type { ReferenceClaim } from '../types';
import type { ReferenceIndex } from './reference-index';

/** Score from which two claims of different sources count as the same fact. */
const SAME_FACT = 0.6;

/** Group ids for the claims of the index (claim id → group id); ungrouped claims are their own group. */
export function groupClaims(index: ReferenceIndex): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const claims = index.allClaims();
  for (const claim of claims) parent.set(claim.id, claim.id);
  for (const claim of claims) {
    const features = claim.features!;
    for (const { claim: other } of index.candidates(features, 8)) {
      if (other.sourceId === claim.sourceId || !sameFact(index, claim, other)) continue;
      const a = find(claim.id);
      const b = find(other.id);
      if (a === b) continue;
      // The smaller id becomes the root, so group ids do not depend on insertion order.
      if (a < b) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  return new Map(claims.map((claim) => [claim.id, find(claim.id)]));
}

function sameFact(index: ReferenceIndex, a: ReferenceClaim, b: ReferenceClaim): boolean {
  const forward = align(a.features!, b.features!, index.weightOf);
  const backward = align(b.features!, a.features!, index.weightOf);
  const score = Math.min(forward.score, backward.score);
  if (score < SAME_FACT) return false;
  const { stance } = decideStance(
    { page: a.features!, reference: b.features!, pageText: a.text, referenceText: b.text, alignment: forward },
    SAME_FACT,
  );
  return stance === 'supports';
}
