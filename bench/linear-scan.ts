/**
 * The linear-scan baseline: the same engine with the candidate lookup replaced by "every claim", so each
 * page sentence is verified against the whole reference set with the engine's own verification and stance.
 * Measures what the inverted index saves, and which matches its candidate cut loses.
 */
import { ReferenceIndex, type ScoredClaim } from '../lib/index/reference-index';
import type { ClaimFeatures, ReferenceClaim } from '../lib/types';

/** A reference index whose candidates are all its claims, in insertion order. */
export class LinearScanIndex extends ReferenceIndex {
  private everything: ScoredClaim[] | undefined;

  /** Every claim of an enabled source (the `k` limit is ignored on purpose). */
  override candidates(_features: ClaimFeatures, _k: number): ScoredClaim[] {
    if (!this.everything) {
      this.everything = this.allClaims()
        .filter((claim) => this.source(claim.sourceId)?.enabled !== false)
        .map((claim) => ({ claim, rank: 0 }));
    }
    return this.everything;
  }

  override addClaim(claim: ReferenceClaim): void {
    this.everything = undefined;
    super.addClaim(claim);
  }
}
