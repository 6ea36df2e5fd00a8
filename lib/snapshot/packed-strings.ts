/**
 * Many strings as one: their concatenation and where each ends. IndexedDB's structured clone copies one big
 * string and one typed array far faster than an array of thousands of small strings, and reading them back is
 * a slice per string (no parsing, no escapes).
 */

export interface PackedStrings {
  /** All the strings, one after the other. */
  text: string;
  /** End offset (UTF-16 units) of each string in `text`. */
  ends: Int32Array;
}

/** Packs strings in order; `unpackStrings` gives them back equal and in the same order. */
export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((value, n) => {
    end += value.length;
    ends[n] = end;
  });
  return { text: strings.join(''), ends };
}

/** The strings `packStrings` was given. */
export function unpackStrings(packed: PackedStrings): string[] {
  const { text, ends } = packed;
  const strings: string[] = new Array(ends.length);
  let start = 0;
  for (let n = 0; n < ends.length; n += 1) {
    strings[n] = text.slice(start, ends[n]);
    start = ends[n];
  }
  return strings;
}
