/**
 * Many strings as one: their concatenation and where each ends. IndexedDB's structured clone copies one big
 * string and one typed array far faster than an array of thousands of small strings, and reading them back is
 * a slice per string (no parsing, no escapes).
 */
import { runSteps, type Steps } from '../../steps';

/**
 * Strings packed per step of packStringsSteps: a few milliseconds. A 100,000-claim snapshot's tables hold some
 * 600,000 strings, which packed at once held the background's service worker some 200 ms (Chromium, 2026-12).
 */
const PACKED_PER_STEP = 20_000;

export interface PackedStrings {
  /** All the strings, one after the other. */
  text: string;
  /** End offset (UTF-16 units) of each string in `text`. */
  ends: Int32Array;
}

/** Packs strings in order; `unpackStrings` gives them back equal and in the same order. */
export function packStrings(strings: readonly string[]): PackedStrings {
  return runSteps(packStringsSteps(strings));
}

/** packStrings in steps of PACKED_PER_STEP strings; the strings are joined a step's worth at a time. */
export function* packStringsSteps(strings: readonly string[]): Steps<PackedStrings> {
  const ends = new Int32Array(strings.length);
  const parts: string[] = [];
  let end = 0;
  for (let from = 0; from < strings.length; from += PACKED_PER_STEP) {
    const to = Math.min(strings.length, from + PACKED_PER_STEP);
    for (let n = from; n < to; n += 1) {
      end += strings[n].length;
      ends[n] = end;
    }
    parts.push(strings.slice(from, to).join(''));
    if (to < strings.length) yield;
  }
  return { text: parts.join(''), ends };
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
    // Joined as the strings come (the caller's steps), not all at the end.
    if (this.pending.length === PACKED_PER_STEP) this.flush();
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
