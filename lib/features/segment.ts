/**
 * Words run together in hashtags and handles: "#NorthKoreanSoldiers", "@NWSBirmingham", "#aldmereferry". Camel case
 * is split always ("North", "Korean", "Soldiers"; "NWS", "Birmingham"; "Trump", "2020"); a run of one case
 * ("aldmereferry", "pridefor") is split only by the dictionary, and only when one way of splitting is clearly best.
 */

/** Where camel case starts a new word: "aB" → "a|B", "ABc" → "A|Bc" (an acronym before a word), letter/digit. */
const CAMEL_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/**
 * The camel-case parts of a word as [start, end) offsets within it. A lower-case letter alone before a capital
 * ("iPhone", "eBay") and "Mc"/"Mac" before one ("McDonald", "MacArthur") stay joined: those are one name.
 */
export function camelParts(word: string): [number, number][] {
  const parts: [number, number][] = [];
  let start = 0;
  for (const piece of word.split(CAMEL_BREAK)) {
    const end = start + piece.length;
    const joined = parts.length > 0 && joinsNext(word.slice(parts[parts.length - 1][0], start));
    if (joined) parts[parts.length - 1][1] = end;
    else parts.push([start, end]);
    start = end;
  }
  return parts;
}

function joinsNext(piece: string): boolean {
  return /^\p{Ll}$/u.test(piece) || piece === 'Mc' || piece === 'Mac';
}

/** Shortest and longest run of one case the dictionary is asked to split (the work grows with its square). */
const MIN_RUN = 6;
const MAX_RUN = 40;
/** Shortest piece the dictionary does not know that a split may keep (a name: "aldmere" in "aldmereferry"). */
const MIN_UNKNOWN = 3;
/** Shortest piece that is a content word; shorter ones must be function words ("of", "in"). */
const MIN_PIECE = 3;
/** How many more unknown letters the next split with as many pieces must keep for the best to be clear. */
const CLEAR_MARGIN = 2;

/** The fewest known words a stretch splits into, in how many ways, and the ends of one such split. */
interface Known {
  pieces: number;
  ways: number;
  ends: number[];
}

/**
 * For each i, the best split of run[from, i) (forward) or of run[i, to) (backward) into known words, or
 * undefined where there is none.
 */
function knownSplits(run: string, known: (piece: string) => boolean, forward: boolean): (Known | undefined)[] {
  const n = run.length;
  const table: (Known | undefined)[] = Array.from({ length: n + 1 }, () => undefined);
  table[forward ? 0 : n] = { pieces: 0, ways: 1, ends: [] };
  const positions = Array.from({ length: n }, (_, k) => (forward ? k + 1 : n - 1 - k));
  for (const at of positions) {
    for (let other = 0; other <= n; other += 1) {
      const [start, end] = forward ? [other, at] : [at, other];
      if (start >= end) continue;
      const rest = table[other];
      if (!rest || !known(run.slice(start, end))) continue;
      const ends = forward ? [...rest.ends, end] : [end, ...rest.ends];
      const current = table[at];
      if (!current || rest.pieces + 1 < current.pieces) table[at] = { pieces: rest.pieces + 1, ways: rest.ways, ends };
      else if (rest.pieces + 1 === current.pieces) current.ways += rest.ways;
    }
  }
  return table;
}

function piecesAt(run: string, ends: readonly number[]): string[] {
  let start = 0;
  return ends.map((end) => {
    const piece = run.slice(start, end);
    start = end;
    return piece;
  });
}

/**
 * Splits a run of lower-case letters into dictionary words: "floodwarning" → ["flood", "warning"], "pridefor" →
 * ["pride", "for"]. `isWord` says whether a piece is a word; pieces shorter than three letters are asked with
 * `short` and should count only as function words. A split into known words only is preferred, with the fewest
 * pieces, and taken only when no other split has as few, or when exactly one of those is all words `isCommon`
 * calls common ("blacklivesmatter": "black|lives|matter", not "black|live|smatter"). With `allowUnknown`, when no such split exists, one piece of at least three letters may
 * be a word the dictionary does not know (a name: "aldmereferry" → ["aldmere", "air"]): the split with the fewest pieces,
 * then the fewest unknown letters, taken only when every other split with as few pieces keeps at least two more
 * unknown letters ("donaldtrump": "donald|trump", not "don|aldtrump"). Undefined when the run is a word itself,
 * shorter than six letters or longer than forty, or has no clear split: then it is left whole rather than guessed.
 */
export function splitRunTogether(
  run: string,
  isWord: (piece: string, short: boolean) => boolean,
  allowUnknown = true,
  isCommon?: (piece: string) => boolean,
): string[] | undefined {
  const n = run.length;
  if (n < MIN_RUN || n > MAX_RUN || !/^\p{Ll}+$/u.test(run) || isWord(run, false)) return undefined;
  const answers = new Map<string, boolean>();
  const known = (piece: string) => {
    let answer = answers.get(piece);
    if (answer === undefined) {
      answer = isWord(piece, piece.length < MIN_PIECE);
      answers.set(piece, answer);
    }
    return answer;
  };
  const prefix = knownSplits(run, known, true);
  const whole = prefix[n];
  if (whole && whole.ways === 1) return piecesAt(run, whole.ends);
  if (whole) {
    // Two splits into known words: one may be all common words ("black|lives|matter", not "black|live|smatter").
    const common = isCommon && knownSplits(run, (piece) => known(piece) && isCommon(piece), true)[n];
    return common && common.pieces === whole.pieces && common.ways === 1 ? piecesAt(run, common.ends) : undefined;
  }
  if (!allowUnknown) return undefined;
  const suffix = knownSplits(run, known, false);
  // Every split with one unknown piece run[i, j), grouped by its number of pieces.
  const splits: { pieces: number; unknown: number; ways: number; ends: number[] }[] = [];
  for (let i = 0; i < n; i += 1) {
    const before = prefix[i];
    if (!before) continue;
    for (let j = i + MIN_UNKNOWN; j <= n; j += 1) {
      const after = suffix[j];
      if (!after || (i === 0 && j === n) || known(run.slice(i, j))) continue;
      splits.push({
        pieces: before.pieces + 1 + after.pieces,
        unknown: j - i,
        ways: before.ways * after.ways,
        ends: [...before.ends, j, ...after.ends],
      });
    }
  }
  if (splits.length === 0) return undefined;
  const fewest = Math.min(...splits.map((split) => split.pieces));
  const rivals = splits.filter((split) => split.pieces === fewest).sort((a, b) => a.unknown - b.unknown);
  const [best, next] = rivals;
  if (best.ways > 1 || n - best.unknown < MIN_PIECE) return undefined;
  if (next && next.unknown - best.unknown < CLEAR_MARGIN) return undefined;
  return piecesAt(run, best.ends);
}
