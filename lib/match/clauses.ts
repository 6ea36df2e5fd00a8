/**
 * The clauses of a long sentence. News packs several facts into one sentence ("The jet landed at 9:03, when it
 * ran off the runway, leaving two survivors"), and a reference or a page may restate only one of them: compared
 * whole, the other facts dilute the overlap below any threshold. Split at the joints where a new clause starts
 * (a comma, semicolon or dash before a conjunction, a relative pronoun or a participle), each clause can be
 * compared on its own.
 *
 * A clause is analysed like a sentence, once, and remembered with the sentence's features (claims are compared
 * again and again).
 */
import { analyseSentence, type Lexicon } from '../features/analyse';
import type { ClaimFeatures } from '../types';

export interface Clause {
  text: string;
  features: ClaimFeatures;
}

/**
 * Where a new clause starts: after a comma, semicolon or dash, before a word that opens a clause of its own; or
 * at a semicolon or a spaced dash, whatever follows.
 */
const CLAUSE_JOINT =
  /[,;]\s+(?=(?:and|but|when|while|whereas|after|before|as|which|who|where|with|according)\b|\p{Ll}+ing\b)|;\s+|\s+[—–]\s+/u;

/** Fewest words a piece must have to be a clause of its own; a shorter one stays with the piece before it. */
const MIN_CLAUSE_WORDS = 4;

/** Most clauses kept: a sentence longer than that is a list, not a few facts. */
const MAX_CLAUSES = 4;

const SPACE = /\s/;

/** As many as the pieces split(/\s+/) gives (one more than the runs of space), counted without making them. */
function wordCount(text: string): number {
  let words = 1;
  for (let at = 0; at < text.length; at += 1) {
    if (SPACE.test(text[at]) && (at === 0 || !SPACE.test(text[at - 1]))) words += 1;
  }
  return words;
}

/** The clause texts of a sentence; [] when it has one clause only. */
export function clauseTexts(sentence: string): string[] {
  const pieces = sentence.split(CLAUSE_JOINT);
  const clauses: string[] = [];
  for (const piece of pieces) {
    const words = wordCount(piece.trim());
    if (words < MIN_CLAUSE_WORDS && clauses.length > 0) clauses[clauses.length - 1] += `, ${piece.trim()}`;
    else clauses.push(piece.trim());
  }
  if (clauses.length > 1 && wordCount(clauses[0]) < MIN_CLAUSE_WORDS) {
    clauses[1] = `${clauses[0]}, ${clauses[1]}`;
    clauses.shift();
  }
  return clauses.length > 1 && clauses.length <= MAX_CLAUSES ? clauses : [];
}

const remembered = new WeakMap<ClaimFeatures, readonly Clause[]>();

/** The clauses of a sentence with their features, remembered with the sentence's own features. */
export function clausesOf(text: string, features: ClaimFeatures, lexicon: Lexicon): readonly Clause[] {
  const known = remembered.get(features);
  if (known) return known;
  const clauses = clauseTexts(text).map((clause) => ({
    text: clause,
    features: analyseSentence(clause, lexicon).features,
  }));
  remembered.set(features, clauses);
  return clauses;
}

/**
 * A main clause that only places another event in time: "The ministry's statement came after ...", "The move
 * comes as ...", "The talks come amid ...". What it frames is the sentence's fact; the frame says only that a
 * statement or a move followed it. Written without a comma, so CLAUSE_JOINT does not split it. "Came as a
 * surprise" is a reaction, not a frame.
 */
const FRAME =
  /^([^,;:]{3,80}?)\s+(?:came|comes|come)\s+(?:(?:just|only|shortly|soon|days|weeks|hours|months|a\s+(?:day|week|month)|one\s+(?:day|week))\s+)?(?:after|amid|as(?!\s+(?:a|an)\s))\s+/i;

/**
 * An aside set off by commas that opens with a preposition and has no verb of its own ("a pilot, in an interview
 * with a local paper, said ..."): where or to whom it was said, not what.
 */
const ASIDE = /,\s+(?:in|on|at|during|speaking\s+to|according\s+to)\s+(?!which\b|whom\b)[^,;:]{3,60},(?=\s)/gi;

/**
 * The fact a framing main clause introduces, without its asides ("The ministry's statement came after a pilot, in
 * an interview, said he would stay abroad" → "a pilot said he would stay abroad"); undefined when the sentence is
 * not framed so, or what follows the frame is too short to be a fact.
 */
export function framedFact(sentence: string): string | undefined {
  const frame = FRAME.exec(sentence);
  if (!frame) return undefined;
  const fact = sentence.slice(frame[0].length).replace(ASIDE, '');
  return fact.trim().split(/\s+/).length >= MIN_CLAUSE_WORDS ? fact.trim() : undefined;
}

const framed = new WeakMap<ClaimFeatures, Clause | null>();

/** The framed fact of a sentence (see framedFact) with its features, remembered with the sentence's own. */
export function framedFactOf(text: string, features: ClaimFeatures, lexicon: Lexicon): Clause | undefined {
  const known = framed.get(features);
  if (known !== undefined) return known ?? undefined;
  const fact = framedFact(text);
  const clause = fact === undefined ? null : { text: fact, features: analyseSentence(fact, lexicon).features };
  framed.set(features, clause);
  return clause ?? undefined;
}
