/**
 * Spelling variants of place words: news spells names as transliterated this year ("Kyiv"), WordNet as it did
 * then ("Kyyiv"). A variant is one edit away from a known place word, and only a cautious kind of edit, so that
 * names one letter off a country ("Omar"/"Oman", "Ghani"/"Ghana", "Malik"/"Mali") are not taken for places:
 * - both words have at least `MIN_LETTERS` letters a–z, and the same first and the same last letter;
 * - the edit is inside the word: one letter inserted or removed ("teheran"/"tehran"), or one letter replaced by a
 *   letter that transliterations swap with it (a vowel or "y" for another, "c"/"k"/"q", "s"/"z", "f"/"v"/"w",
 *   "i"/"j"/"y").
 * Lookups use an index of each place word with one inner letter deleted, so a query costs a few map lookups.
 */

const MIN_LETTERS = 4;
const WORD = /^[a-z]+$/;
/** Letters transliterations swap for one another. */
const SWAPPABLE = ['aeiouy', 'ckq', 'sz', 'fvw', 'ijy'];

function swappable(a: string, b: string): boolean {
  return SWAPPABLE.some((group) => group.includes(a) && group.includes(b));
}

const withoutLetter = (word: string, at: number) => word.slice(0, at) + word.slice(at + 1);

function isCandidate(word: string): boolean {
  return word.length >= MIN_LETTERS && WORD.test(word);
}

/** True when `a` and `b` have the same length and differ only in one inner, swappable letter. */
function isInnerSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let differences = 0;
  for (let i = 1; i < a.length - 1; i += 1) {
    if (a[i] === b[i]) continue;
    differences += 1;
    if (differences > 1 || !swappable(a[i], b[i])) return false;
  }
  return differences === 1;
}

/**
 * Builds a finder over the given place words (lower case; phrases and short words are ignored). The finder takes a
 * lower-case word and returns the place words it is a variant of (none for a word that is itself a place word).
 */
export function placeVariantFinder(placeWords: Iterable<string>): (word: string) => string[] {
  const places = new Set<string>();
  const byInnerDeletion = new Map<string, string[]>();
  for (const place of placeWords) {
    if (!isCandidate(place)) continue;
    places.add(place);
    for (let i = 1; i < place.length - 1; i += 1) {
      const key = withoutLetter(place, i);
      const list = byInnerDeletion.get(key);
      if (!list) byInnerDeletion.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }
  return (word) => {
    if (!isCandidate(word) || places.has(word)) return [];
    const found = new Set<string>();
    // One inner letter more in the place word ("kyiv" for "kyyiv").
    for (const place of byInnerDeletion.get(word) ?? []) found.add(place);
    for (let i = 1; i < word.length - 1; i += 1) {
      const shorter = withoutLetter(word, i);
      // One inner letter less in the place word ("teheran" for "tehran").
      if (places.has(shorter) && shorter.length >= MIN_LETTERS) found.add(shorter);
      // One inner letter swapped: both words lose it at the same position.
      for (const place of byInnerDeletion.get(shorter) ?? []) if (isInnerSwap(word, place)) found.add(place);
    }
    return [...found].sort();
  };
}
