/**
 * What is read of a sentence's features, kept with them: a reference claim comes up as a candidate for sentence
 * after sentence and page after page, and its features object stays the same.
 */
import type { ClaimFeatures } from '../types';

/** `read`, worked out once per features object (a WeakMap: nothing is kept once the claim is gone). */
export function perSentence<T>(read: (features: ClaimFeatures) => T): (features: ClaimFeatures) => T {
  const known = new WeakMap<ClaimFeatures, T>();
  return (features) => {
    // One look-up in the common case: a second (has) only tells a remembered undefined from none.
    const found = known.get(features);
    if (found !== undefined || known.has(features)) return found as T;
    const value = read(features);
    known.set(features, value);
    return value;
  };
}

/**
 * `read`, worked out once per text among the last `kept` texts read (a page sentence is compared with claim after
 * claim; the whole memory is let go when it is full).
 */
export function perText<T>(read: (text: string) => T, kept = 1000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= kept) known.clear();
    const value = read(text);
    known.set(text, value);
    return value;
  };
}
