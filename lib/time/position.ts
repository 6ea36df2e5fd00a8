/**
 * What a negation denies: a position someone holds, or an event. A position (a wish, an intention, a plan, an
 * agreement, a refusal, support or opposition) is held at a time and can change: "the pilot said he did not want
 * to return" in January and "he said he wanted to return" in February may both be right. An event that happened
 * ("the captain did not survive" / "the captain survived") does not change with time: it stays a contradiction.
 *
 * The test reads the features the analysis already computed (each word's stem, the negation cue and its scope),
 * and a small lexicon of words that name a position in any English report (below), never a story's words.
 */
import { stemmer } from 'stemmer';
import type { FeatureWord } from '../types';

/**
 * Lemmas that name a position a person or body states and may change: wanting and wishing, intending and
 * planning, asking and seeking, agreeing and accepting, refusing and rejecting, backing and opposing, promising,
 * and "expressed" (a stated view). Stemmed as the analysis stems a word's lemma, so every inflection counts.
 */
const POSITION_LEMMAS =
  'want wish desire hope plan intend intention intent aim seek ask request prefer choose decide decision agree ' +
  'agreement accept refuse decline reject support oppose endorse promise pledge vow willing interest express';
const POSITIONS = new Set(POSITION_LEMMAS.split(' ').map((lemma) => stemmer(lemma)));

/**
 * Of those, the ones that are also acts: once someone has asked, requested, applied or agreed, it stays done. Not
 * having done it yet can turn into having done it ("had not requested asylum" in January, "requested asylum" in
 * February), never the other way round.
 */
const ACTS = new Set(
  'ask request seek apply choose decide decision agree agreement accept promise pledge vow'
    .split(' ')
    .map((lemma) => stemmer(lemma)),
);

/** Negation cues that are themselves a stance: refusing to do something is a position, not an event. */
const REFUSAL_CUES = new Set(
  'refuse refuses refused refusing decline declines declined declining unwilling'.split(' '),
);

/** "will not", "would never", "won't": a negation of what someone intends to do ("said he will not attend"). */
const INTENT_CUE = /\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t|shan['’]t)\s+$/i;

/** One side's negated word of a polarity difference: its sentence, the sentence's words and the word's index. */
export interface NegatedWord {
  text: string;
  words: readonly FeatureWord[];
  at: number;
  /** Which sentence of the match it is in. */
  side: 'page' | 'reference';
}

/** The word names a position (see POSITION_LEMMAS): "wants", "desire", "asked", "expressed". */
export function isPositionWord(word: FeatureWord): boolean {
  return POSITIONS.has(word.stem);
}

/** The written word follows an intent cue in its sentence ("won't attend", "would not sign"). */
function intended(text: string, word: FeatureWord): boolean {
  if (!word.text) return false;
  const at = text.indexOf(word.text);
  return at > 0 && INTENT_CUE.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * The negated word states a position: it names one ("not want", "refused"), or a position word before it in the
 * same negation governs it ("did not want to return", "no interest in seeking"), or the cue itself is a refusal
 * or an intent ("declined to sign", "will not attend").
 */
export function deniesPosition({ text, words, at }: NegatedWord): boolean {
  const word = words[at];
  if (!word?.negated) return false;
  if (isPositionWord(word) || REFUSAL_CUES.has(word.cue?.toLowerCase() ?? '') || intended(text, word)) return true;
  return governing(words, at).some(isPositionWord);
}

/** The words before the negated word in the same negation ("did not want to return": "want" for "return"). */
function governing(words: readonly FeatureWord[], at: number): FeatureWord[] {
  const out: FeatureWord[] = [];
  for (let j = at - 1; j >= 0 && words[j].negated && words[j].cue === words[at].cue; j -= 1) out.push(words[j]);
  return out;
}

/** The negated position is an act not done ("has not requested asylum"): it can only be the older report. */
export function deniesAct({ words, at }: NegatedWord): boolean {
  const word = words[at];
  return word !== undefined && [word, ...governing(words, at)].some((one) => ACTS.has(one.stem));
}
