/**
 * What is read of a sentence's features, kept with them: a reference claim comes up as a candidate for sentence
 * after sentence and page after page, and its features object stays the same.
 */
import type { ClaimFeatures } from '../types';

/** `read`, worked out once per features object (a WeakMap: nothing is kept once the claim is gone). */
export function perSentence<T>(read: (features: ClaimFeatures) => T): (features: ClaimFeatures) => T {
  const known = new WeakMap<ClaimFeatures, T>();
  return (features) => {
    if (known.has(features)) return known.get(features) as T;
    const value = read(features);
    known.set(features, value);
    return value;
  };
}
