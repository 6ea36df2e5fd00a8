/**
 * A word-level diff of two sentences (the page's and a reference claim), as character ranges of the words
 * each side does not share with the other. Small longest-common-subsequence over words: sentences are short,
 * so this stays cheap. Runs in the background (`withWordDiffs`); the content script only draws the ranges.
 */

import type { PageAnnotation, TextRange } from '../types';

export type { TextRange };

/** Words (with inner separators, as in "34,000", "3.5", "don't") and single punctuation marks. */
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Above this many word pairs the diff is not computed (nothing is marked). */
const MAX_PAIRS = 20_000;

interface Token extends TextRange {
  key: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: m[0].toLowerCase().replace(/’/g, "'"),
  }));
}

/** Joins ranges of neighbouring changed words (with only spaces between) into one range. */
function joined(text: string, changed: Token[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const token of changed) {
    const last = ranges[ranges.length - 1];
    if (last && text.slice(last.end, token.start).trim() === '') last.end = token.end;
    else ranges.push({ start: token.start, end: token.end });
  }
  return ranges;
}

/**
 * The words of `a` missing from `b` and those of `b` missing from `a`, compared case-insensitively, as
 * ranges in each text. Both lists are empty when the sentences are too long to compare.
 */
export function wordDiff(a: string, b: string): { a: TextRange[]; b: TextRange[] } {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length * right.length > MAX_PAIRS) return { a: [], b: [] };
  // lengths[i][j]: longest common subsequence of left[i..] and right[j..].
  const width = right.length + 1;
  const lengths = new Uint16Array((left.length + 1) * width);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        left[i].key === right[j].key
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const onlyLeft: Token[] = [];
  const onlyRight: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i].key === right[j].key) {
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) onlyLeft.push(left[i++]);
    else onlyRight.push(right[j++]);
  }
  onlyLeft.push(...left.slice(i));
  onlyRight.push(...right.slice(j));
  return { a: joined(a, onlyLeft), b: joined(b, onlyRight) };
}

/**
 * The annotations with each match's `wordDiff` filled in (page sentence vs reference claim). The background
 * calls this on what it sends to a tab (annotatePage, checkText), so the popover can highlight the words
 * that differ without shipping diff code in the content script.
 */
export function withWordDiffs<T extends PageAnnotation | null>(annotation: T): T {
  if (!annotation) return annotation;
  return {
    ...annotation,
    matches: annotation.matches.map((match) => {
      const diff = wordDiff(annotation.text, match.referenceClaim);
      return { ...match, wordDiff: { page: diff.a, reference: diff.b } };
    }),
  };
}
