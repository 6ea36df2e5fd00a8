/**
 * The few words of a sentence that carry one of its facts ("about 1,000 people were killed"), and who the
 * sentence says it comes from ("Russian officials"), for the popover's reason line. Built on the engine's
 * sentence analysis: attribution words are the analysis's own, and a snippet never runs into them or across a
 * clause break, so "…, Kyiv says" names the source instead of padding the fact.
 */
import type { AnalysedToken, Analysis } from '../features/analyse';
import { isNegationCue } from '../features/negation';
import type { TextRange } from '../types';

/** Words kept before and after the items of a snippet cut from a long clause. */
const BEFORE = 1;
/** Words kept before the items when the clause has no subject to put first. */
const BEFORE_UNNAMED = 4;
const AFTER = 5;
/** The longest clause given whole, in words; a longer one gives its subject, "…", and the words at the items. */
const LONGEST = 16;
/** The longest subject put before "…", in words. */
const LONGEST_SUBJECT = 5;
/** The longest attribution shown, in words. */
const LONGEST_SOURCE = 5;

/** Words that only join a snippet to what was cut off ("that", "and", "of"): dropped from its start. */
const JOINERS = new Set(
  'that and but or while whereas so then also which who when after as because of in on at to for by with from'.split(
    ' ',
  ),
);

const ARTICLES = new Set(['the', 'a', 'an']);

/** What the snippet needs to know of each word of the sentence. */
interface Word {
  token: AnalysedToken;
  /** Names who the sentence comes from ("Kyiv", "officials"), or is a verb of saying ("said", "according"). */
  source: boolean;
  /** A comma, semicolon, colon, dash or bracket follows it. */
  breakAfter: boolean;
  /** Inside a number or time as written. */
  quantity: boolean;
  /** The characters of the whole number or time it is part of ("2,700" for the token "2"), when it is. */
  quantitySpan?: TextRange;
  /** Written with a capital only because it starts the sentence: a stop word or a common word, not a place. */
  plainAtStart: boolean;
  /** Mainly used as a verb (the analysis's own flag): where a clause's subject ends. */
  verb: boolean;
}

/** The words of a sentence with their roles (see Word). */
function wordsOf(sentence: string, analysis: Analysis, isStopWord: (lower: string) => boolean): Word[] {
  const { tokens, features } = analysis;
  const attributed = new Set<AnalysedToken>();
  const places = new Set<AnalysedToken>();
  const verbs = new Set<AnalysedToken>();
  tokens
    .filter((token) => token.content)
    .forEach((token, i) => {
      if (features.words[i]?.attribution) attributed.add(token);
      if (features.words[i]?.place) places.add(token);
      if (features.words[i]?.verb) verbs.add(token);
    });
  // A joined phrase ("took part") is one content token; its other words are not content but not verbs of saying.
  const continuation = new Set<number>();
  tokens.forEach((token, i) => {
    for (let k = 1; token.content && k < token.text.split(' ').length; k += 1) continuation.add(i + k);
  });
  const quantityOf = (token: AnalysedToken) =>
    features.quantities.find((quantity) => token.start < quantity.end && token.end > quantity.start);
  return tokens.map((token, i) => {
    const around = quantityOf(token);
    const quantity = around !== undefined;
    // What the analysis leaves out of content without being a stop word, a cue or a number: a verb of saying.
    const saying =
      !token.content &&
      !quantity &&
      !continuation.has(i) &&
      /\p{L}/u.test(token.text) &&
      !isStopWord(token.lower) &&
      !isNegationCue(token.lower);
    return {
      token,
      source: attributed.has(token) || saying || token.lower === 'according',
      // The comma of "1,500" is no clause break.
      breakAfter:
        /[,;:—–()]/.test(sentence.slice(token.end, tokens[i + 1]?.start ?? sentence.length)) &&
        !(around && tokens[i + 1] && tokens[i + 1].start < around.end),
      quantity,
      quantitySpan: around && { start: around.start, end: around.end },
      // "Officials said" starts with a common word (one the lexicon knows concepts of); "Reuters" and "South
      // Korea" (a capital follows) do not.
      plainAtStart:
        i === 0 &&
        !places.has(token) &&
        !tokens[1]?.capital &&
        (quantity || isStopWord(token.lower) || token.concepts.length > 0),
      verb: verbs.has(token),
    };
  });
}

/** Indexes of the words that overlap `ranges`. */
function wordsIn(words: readonly Word[], ranges: readonly TextRange[]): number[] {
  return words.flatMap((word, i) =>
    ranges.some((range) => word.token.start < range.end && word.token.end > range.start) ? [i] : [],
  );
}

/**
 * Where the subject of a clause starting at `start` ends (the index of its first verb, or of the first function
 * word after a content word), if before `limit` and within LONGEST_SUBJECT words; else undefined.
 */
function subjectEndOf(
  words: readonly Word[],
  start: number,
  limit: number,
  isStopWord: (lower: string) => boolean,
): number | undefined {
  let named = false;
  for (let i = start; i < limit && i - start <= LONGEST_SUBJECT; i += 1) {
    const word = words[i];
    const ends = word.verb || (named && !word.quantity && isStopWord(word.token.lower));
    if (ends) return named ? i : undefined;
    if (word.token.content) named = true;
  }
  return undefined;
}

/** A word that may start or continue the snippet: not a source, no clause break before it. */
function opensTo(words: readonly Word[], i: number): boolean {
  return i >= 0 && !words[i].source && !words[i].breakAfter;
}

/** The clause around words `first` to `last`: up to clause breaks and attribution on either side. */
function clauseAround(words: readonly Word[], first: number, last: number) {
  let start = first;
  while (opensTo(words, start - 1)) start -= 1;
  let end = last;
  while (end + 1 < words.length && !words[end + 1].source && !words[end].breakAfter) end += 1;
  return { start, end };
}

/** The words from `first` to `last`, widened by up to `before`/`after` words within the clause, source left out. */
function widen(words: readonly Word[], first: number, last: number, before: number, after: number) {
  let start = first;
  while (opensTo(words, start - 1) && first - start < before) start -= 1;
  // "the storm", not "storm": a noun phrase keeps its article.
  if (opensTo(words, start - 1) && ARTICLES.has(words[start - 1].token.lower)) start -= 1;
  let end = last;
  const continues = () => end + 1 < words.length && !words[end + 1].source && !words[end].breakAfter;
  while (continues() && end - last < after) end += 1;
  // "North Korea", not "North": a name is not cut.
  while (continues() && words[end].token.capital && words[end + 1].token.capital) end += 1;
  return { start, end };
}

/** The sentence's words from `start` to `end`, with joining words trimmed off the start and stop words off the end. */
function wording(
  sentence: string,
  words: readonly Word[],
  span: { start: number; end: number },
  keep: ReadonlySet<number>,
  isStopWord: (lower: string) => boolean,
): string {
  let { start, end } = span;
  const loose = (i: number) => !keep.has(i) && !words[i].quantity && !isNegationCue(words[i].token.lower);
  while (start < end && loose(start) && (JOINERS.has(words[start].token.lower) || words[start].source)) start += 1;
  while (end > start && loose(end) && isStopWord(words[end].token.lower)) end -= 1;
  // A number is not cut either: "some 2,700", not "some 2".
  const from = Math.min(words[start].token.start, words[start].quantitySpan?.start ?? Number.POSITIVE_INFINITY);
  const to = Math.max(words[end].token.end, words[end].quantitySpan?.end ?? 0);
  return inLine(sentence.slice(from, to), words[start]);
}

/** "About 1,000 people …" reads as "about 1,000 people …" inside the reason line; a name keeps its capital. */
function inLine(text: string, first: Word): string {
  return first.plainAtStart ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A sentence's wording of one fact, and its source, for the reason line. */
export interface Snippet {
  /** The words around the items ("about 1,000 people were killed"); '' when the items are not in the sentence. */
  text: string;
  /** Who the sentence says the fact comes from ("Russian officials"), '' when it names no one. */
  source: string;
}

/**
 * The words of `sentence` around the characters in `items` (the differing numbers, negated words or dates),
 * and the sentence's attribution. `analysis` is the engine's analysis of the sentence; `isStopWord` the
 * lexicon's. Plain text: the caller shows it as text.
 */
export function snippetOf(
  sentence: string,
  analysis: Analysis,
  items: readonly TextRange[],
  isStopWord: (lower: string) => boolean,
): Snippet {
  const words = wordsOf(sentence, analysis, isStopWord);
  const source = sourceOf(sentence, words);
  const marked = wordsIn(words, items);
  if (marked.length === 0) return { text: '', source };
  const first = marked[0];
  const last = marked.filter((i) => i - first < LONGEST).pop() ?? first;
  const keep = new Set(marked);
  const clause = clauseAround(words, first, last);
  if (clause.end - clause.start < LONGEST) return { text: wording(sentence, words, clause, keep, isStopWord), source };
  // A long clause: its subject (its words up to the first verb or function word), "…", then the words at the items.
  const span = widen(words, first, last, BEFORE, AFTER);
  const subjectEnd = subjectEndOf(words, clause.start, span.start, isStopWord);
  if (subjectEnd === undefined) {
    // No subject to name ("it was willing to discuss"): the words before the items say who instead.
    const wider = widen(words, first, last, BEFORE_UNNAMED, AFTER);
    return { text: wording(sentence, words, wider, keep, isStopWord), source };
  }
  const atItems = wording(sentence, words, span, keep, isStopWord);
  const subject = wording(sentence, words, { start: clause.start, end: subjectEnd - 1 }, keep, isStopWord);
  return { text: `${subject} … ${atItems}`, source };
}

/**
 * Who the sentence says it comes from: its first run of attribution words ("Russian officials", "the agency"),
 * with "the" before it kept. At most LONGEST_SOURCE words.
 */
function sourceOf(sentence: string, words: readonly Word[]): string {
  const named = (word: Word) => word.source && word.token.content;
  const first = words.findIndex(named);
  if (first < 0) return '';
  let last = first;
  while (last + 1 < words.length && named(words[last + 1]) && last - first + 1 < LONGEST_SOURCE) last += 1;
  const start = first > 0 && words[first - 1].token.lower === 'the' ? first - 1 : first;
  return inLine(sentence.slice(words[start].token.start, words[last].token.end), words[start]);
}
