/** Claims and sources as they leave the background: no engine features (large, internal, recomputed). */
import type { ReferenceClaim } from '../types';

/** The claim without its features. */
export function plainClaim(claim: ReferenceClaim): ReferenceClaim {
  const { features: _features, ...plain } = claim;
  return plain;
}
