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

/**
 * Packs strings one by one, or by runs copied from other packed strings: a run costs a slice of their text
 * (no copy of the characters), so a snapshot that changed little does not copy every claim's text again.
 */
export class PackedStringsWriter {
  private text = '';
  private pending: string[] = [];
  private readonly ends: Int32Array;
  private count = 0;
  private length = 0;

  constructor(size: number) {
    this.ends = new Int32Array(size);
  }

  add(value: string): void {
    this.pending.push(value);
    this.length += value.length;
    this.ends[this.count++] = this.length;
  }

  /** Adds strings [first, first + count) of `from`. */
  copy(from: PackedStrings, first: number, count: number): void {
    if (count === 0) return;
    this.flush();
    const start = first > 0 ? from.ends[first - 1] : 0;
    const shift = this.length - start;
    for (let n = first; n < first + count; n += 1) this.ends[this.count++] = from.ends[n] + shift;
    const end = from.ends[first + count - 1];
    this.text += from.text.slice(start, end);
    this.length += end - start;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.text += this.pending.join('');
    this.pending = [];
  }

  pack(): PackedStrings {
    this.flush();
    return { text: this.text, ends: this.ends };
  }
}
