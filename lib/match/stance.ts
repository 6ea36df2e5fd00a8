/**
 * Stance of a reference claim towards a page sentence that states the same fact: supports, contradicts,
 * or related, with the differences (numbers, negation, dates) as data the UI can highlight.
 */
import { stemOf } from '../features/analyse';
import { changesOf } from '../features/direction';
import { isDistributive } from '../features/distributive';
import { countDayPhrases } from '../features/earlier';
import {
  EVENT_VERB_STEMS,
  GENERAL_PEOPLE_STEMS,
  isOutcome,
  LIGHT_VERB_STEMS,
  PART,
  WHOLE,
} from '../features/predicate';
import { compareQuantities, compareValues, farApart, type QuantityPair, unitOrElided } from '../features/quantities';
import { isVaguePlural } from '../features/quantity/compare';
import { CALENDAR_WORDS, MONEY_UNITS, MONTH_NAMES, ORDINAL_NUMBERS } from '../features/quantity/word-tables';
import { isFirstName, lemmatize, oppositeLemmaPairs, placeOf, usageCount } from '../lexicon';
import { firstWholeWordFrom, lastWholeWordBefore } from '../text/whole-word';
import { type DateSpan, dateSpan } from '../time/calendar';
import { otherPeriod, referenceDatesEarlierEvent, speaksOfEarlierTime } from '../time/period';
import { isPositionWord, type NegatedWord } from '../time/position';
import { comingDay, type SentenceTime, sentenceTime } from '../time/sentence-time';
import {
  changeOfPosition,
  changeOfState,
  countsOverPeriod,
  FLOOR_QUALIFIERS,
  levelsOfTheirDays,
  type MatchTimes,
  raisedFloor,
  reportsYearsApart,
  rescheduled,
  startOfTally,
  stateWithinTotal,
  toldRescheduled,
  undatedPosition,
  undatedSide,
  updateOf,
  yearsApart,
} from '../time/update';
import type { ClaimFeatures, Difference, FeatureWord, MatchTime, Quantity, Stance, Undated } from '../types';
import { perSentence, perText } from './remember';
import {
  type Alignment,
  attemptedApart,
  isPrecise,
  isTelling,
  sameHeadWord,
  samePreciseFigureOfOneAct,
  similarNames,
  TITLE_STEMS,
  wordsMatch,
} from './similarity';

export interface StanceResult {
  stance: Stance;
  differences: Difference[];
  /** For `updates`: both dates and which is newer. */
  time?: MatchTime;
  /** For a contradiction time might explain (running totals, a position): the side that has no date. */
  undated?: Undated;
}

export interface StanceInput {
  page: ClaimFeatures;
  reference: ClaimFeatures;
  pageText: string;
  referenceText: string;
  alignment: Alignment;
  /** The page and the reference's source report the same story (see engine/story.ts). */
  sameStory?: boolean;
  /** The two sentences carry the same quotation (see claims/quotation.ts): the same statement, reported. */
  quoted?: boolean;
  /**
   * The articles' publication dates (ISO, '' when unknown), when the caller wants differences that time explains
   * told apart as updates (see time/update.ts).
   */
  published?: { page: string; reference: string };
}

/** "never hand", "refused discuss", "participation": the word as written, with the cue that negates it. */
function asWritten(word: FeatureWord): string {
  const text = word.text ?? word.stem;
  return word.negated ? `${word.cue ?? 'not'} … ${text}` : text;
}

function isPredicate(word: FeatureWord): boolean {
  return word.verb === true || word.stem.includes('_');
}

/** Cues that reject what someone put forward ("rejected", "dismissed", "refused", "ruled out"), as written. */
const REJECTING_CUE = /^(?:reject|den[iy]|refus|dismiss|declin|rul)/;

/** Verbs that both reject what was put forward and undo or deny their object ("revoked", "cleared"), by stem. */
const UNDO_AND_REJECT = 'revoke overturn quash annul scrap block clear exonerate acquit absolve'.split(' ').map(stemOf);

/**
 * Verbs that reject or undo what someone put forward ("threw out", "turned down", "struck down", "voted down",
 * "revoked", "overturned", "quashed", "scrapped", "vetoed", "blocked"), or clear it of blame ("tests have cleared the
 * water supply", "acquitted"), by stem.
 */
const REJECTING_STEMS = new Set([
  'throw_out',
  'turn_down',
  'strike_down',
  'vote_down',
  'knock_back',
  ...'veto rebuff spurn'.split(' ').map(stemOf),
  ...UNDO_AND_REJECT,
]);

/**
 * Cue verbs of rejecting as written, which the sentence's words leave out ("dismissed their request"); not denied
 * ("did not reject", "never refused").
 */
const REJECTING_WRITTEN =
  /(?<!\b(?:not|never|n't)\s(?:\w+\s)?)\b(?:reject\w*|dismiss\w*|refus(?:ed|es|ing)\b|declined\s+(?:to|the|a|an|their|his|her)\b|denie[sd]\b|deny(?:ing)?\b)/i;

/**
 * The negated word is denied by a cue that rejects (`negated.cue`), and the other side rejects too, with a verb that
 * is no cue ("threw out") or with one that negates nothing there ("dismissed their request"): both reject the same
 * thing.
 */
function rejectedBoth(negated: FeatureWord, other: ClaimFeatures, otherText: string): boolean {
  if (!REJECTING_CUE.test(negated.cue?.toLowerCase() ?? '')) return false;
  return (
    REJECTING_WRITTEN.test(otherText) || other.words.some((word) => !word.negated && REJECTING_STEMS.has(word.stem))
  );
}

/**
 * A verb of directing and its "to", in the words right before an act ("ordered it to", "urged the council to"); not
 * past the subject of a clause of its own ("ordered that he", "required, they said, to").
 */
const DIRECTED_BEFORE =
  /\b(?:order|orders|ordered|ordering|urged|urges|instructed|directed|required|requires)\b(?:(?!\b(?:he|she|they|we|i|that|who|which)\b)[^,.;:]){0,50}\bto\s+$/i;

/**
 * The asserted word of a flip is an act its side says someone is ordered or urged to do ("ordered to set"), or a thing
 * someone demands ("demanding a 40% rise") where the other side does not deny the demand itself: wanted, not said
 * done, so not said undone either.
 */
function directedFlip({ page, reference, pageText, referenceText }: StanceInput, [i, j]: readonly [number, number]) {
  const [asserted, assertedText, denied, deniedText] = page.words[i].negated
    ? [reference.words[j], referenceText, page.words[i], pageText]
    : [page.words[i], pageText, reference.words[j], referenceText];
  if (writtenAfter(assertedText, asserted, DIRECTED_BEFORE, 80)) return true;
  // "Called for a ban" / "did not call for a ban": the demand itself is denied, a contradiction.
  return (
    writtenAfter(assertedText, asserted, DEMANDED_BEFORE, 60) && !writtenAfter(deniedText, denied, DEMANDED_BEFORE, 60)
  );
}

/** An auxiliary and a plain negator right after a subject: "had not", "was never", "didn't". */
const DENIED_AFTER_SUBJECT =
  /^\s+(?:(?:has|have|had|was|were|is|are|did|does|do|will|would|could|can|should)\s+(?:not|never)|\w+n['’]t|never)\b/i;

/**
 * The asserted word of a flip is the subject of its own side's denied predicate ("legally required mediation had not
 * taken place" against "had not completed the mediation"): both sides deny it.
 */
function subjectOfDenial({ page, reference, pageText, referenceText }: StanceInput, [i, j]: readonly [number, number]) {
  const [word, text] = page.words[i].negated ? [reference.words[j], referenceText] : [page.words[i], pageText];
  const written = (word.text ?? '').split(' ').at(-1);
  if (!written) return false;
  const at = firstWholeWordFrom(text, written, 0);
  return at >= 0 && DENIED_AFTER_SUBJECT.test(text.slice(at + written.length));
}

/**
 * The denied word of a flip is a verb whose object, denied with it, is paired with a word the other side denies too
 * ("six villages had not given their consent" / "granted the concession without the consent of six villages"): both
 * deny the object, and the verbs are of two acts (the consent given, the concession granted).
 */
function objectDeniedOnBoth({ page, reference, alignment }: StanceInput, [i, j]: readonly [number, number]): boolean {
  const pageDenies = page.words[i].negated;
  const [denied, other, at] = pageDenies ? [page, reference, i] : [reference, page, j];
  const verb = denied.words[at];
  const object = denied.words[at + 1];
  if (!verb.verb || !object?.negated || object.cue !== verb.cue || object.verb) return false;
  // The same verb on both sides is one act, denied on one and done on the other ("did not mention compensation" /
  // "mentioned that the families were left without compensation").
  if (page.words[i].stem === reference.words[j].stem) return false;
  return alignment.pairs.some(([k, l]) =>
    pageDenies ? k === at + 1 && other.words[l].negated : l === at + 1 && other.words[k].negated,
  );
}

/**
 * Words that say next to none right before a thing, with at most one word between: "little emotion", "hardly any
 * water", "almost no warning" (not "a little", nor "few": some).
 */
const NEXT_TO_NONE =
  /(?<!\ba\s+)\b(?:little|(?:hardly|scarcely|barely)\s+any|almost\s+no|virtually\s+no|next\s+to\s+no)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The word, first written in `text`, comes right after what `before` finds in the `reach` characters before it. */
function writtenAfter(text: string, word: FeatureWord, before: RegExp, reach: number): boolean {
  const written = (word.text ?? '').split(' ')[0];
  const at = written ? firstWholeWordFrom(text, written, 0) : -1;
  return at > 0 && before.test(text.slice(Math.max(0, at - reach), at));
}

/**
 * A verb of wanting or demanding and up to three words of its object before the thing wanted ("is demanding a 40%
 * rise", "called for an independent inquiry", "seeking the release of"), in one clause.
 */
const DEMANDED_BEFORE =
  /\b(?:demand|demands|demanded|demanding|seek|seeks|seeking|sought|(?:call|calls|called|calling|push|pushes|pushed|pushing|press|presses|pressed|pressing|ask|asks|asked|asking)\s+for)\s+(?:[^\s,.;:]+\s+){0,3}$/i;

/**
 * A verb of banning right before an act or thing, in its clause ("banning the movement and"): a verb, not the noun
 * or adjective after a determiner ("defied a ban and marched", "the banned party held"), with no verb or conjunction
 * of another clause between ("the ban was lifted and cattle were moved").
 */
const BANNED_BEFORE =
  /(?<!\b(?:the|a|an|its|their|this|that)\s+)\b(?:ban|bans|banned|banning|prohibits?|prohibited|prohibiting|forbids?|forbidding|forbade|forbidden|outlaws?|outlawed|outlawing)\b(?:\s+(?!(?:and|or|but|was|were|is|are|been|be|had|has|have|lifted|defied|despite)\b)[\p{L}'’-]+){0,5}\s+$/iu;

/** The word, first written in `text`, is what a verb of banning bans. */
function bannedAct(text: string, word: FeatureWord): boolean {
  return writtenAfter(text, word, BANNED_BEFORE, 60);
}

/** Cues that say a thing is lacking: "without power", "no water", "lacked fuel". */
const LACKING_CUES = new Set(['without', 'no', 'lack', 'lacks', 'lacked', 'lacking']);

/** A verb of losing right before a thing ("lost power", "losing their homes"), in its clause. */
const LOST_BEFORE = /\b(?:lost|lose|loses|losing)\s+(?:(?:their|its|his|her|the|all|electricity|and)\s+)?$/i;

/**
 * The word `negated` is lacking ("households were without power") and the other side's `asserted`, first written in
 * `text`, is what a verb of losing lost ("households lost power"): both say it is gone.
 */
function lostThing(negated: FeatureWord, text: string, asserted: FeatureWord): boolean {
  return LACKING_CUES.has(negated.cue?.toLowerCase() ?? '') && writtenAfter(text, asserted, LOST_BEFORE, 40);
}

/**
 * A denial that it happened before: "never before", "ever before", or "before" ending its clause ("no court had done
 * so before."); not "before" a time ("did not reach the village before nightfall").
 */
const NEVER_BEFORE =
  /\b(?:never|ever)\s+before\b|\b(?:never|not|no|nobody|none)\b[^.;:,]{0,80}?\bbefore\s*(?:[.;:,!?]|$)/i;
/** An event told as the first of its kind ("the first time", "for the first time", "first-ever"). */
const FIRST_TIME = /\b(?:first\s+time|first[- ]ever)\b/i;

/** The negating side denies it happened before and the other tells it as a first: the same fact, twice. */
function firstTime(negatingText: string, assertingText: string): boolean {
  return NEVER_BEFORE.test(negatingText) && FIRST_TIME.test(assertingText);
}

/** A noun of falling short before what it is in: "weaknesses in", "shortcomings in", "failures in". */
const FALLING_SHORT_IN =
  /\b(?:weakness(?:es)?|shortcomings?|deficienc(?:y|ies)|flaws?|failures?|failings|lapses?)\s+in\s+(?:[\w'’-]+\s+){0,4}$/i;

/**
 * The word `negated` is denied by a noun of failing ("failures in its controls") and the other side, in `text`,
 * puts its own noun of falling short before its word ("weaknesses in its controls"): both tell one shortfall.
 */
function fallsShort(negated: FeatureWord, text: string, asserted: FeatureWord): boolean {
  return /^fail|^laps/i.test(negated.cue ?? '') && writtenAfter(text, asserted, FALLING_SHORT_IN, 60);
}

/** Indexes [page, reference] of aligned words negated on one side and asserted on the other. */
function polarityFlips(input: StanceInput): (readonly [number, number])[] {
  const { page, reference, alignment } = input;
  // A sentence that shares a predicate between alternatives asserts both: no polarity contradicts it.
  if (isDistributive(input.pageText) || isDistributive(input.referenceText)) return [];
  // Words in an "if ..." clause assert nothing, so they carry no polarity; nor do the words that name who says
  // so ("several runners said ...").
  const asserts = (word: FeatureWord) => !word.hypothetical && !word.attribution;
  const pairs = alignment.pairs.filter(([i, j]) => asserts(page.words[i]) && asserts(reference.words[j]));
  const words = ([i, j]: readonly [number, number]) => [page.words[i], reference.words[j]] as const;
  const negatedAlike = (features: ClaimFeatures, skip: FeatureWord, like: FeatureWord) =>
    features.words.some((word) => word !== skip && word.negated && asserts(word) && wordsMatch(word, like));
  const flipped = (pair: readonly [number, number]) => {
    const [a, b] = words(pair);
    if (a.negated === b.negated) return false;
    // A name is never what a sentence denies: "could not check receivables" paired with the firm "Danubia Audit" is
    // a likeness of words, not the same word asserted.
    if (a.proper || b.proper) return false;
    // The other side negates that word too, where the alignment did not look ("went without power" / "power cuts
    // left the city without electricity"; "are not affected" / "the strike does not affect them"): both deny it.
    if (a.negated ? negatedAlike(reference, b, a) : negatedAlike(page, a, b)) return false;
    // "Voters rejected a plan to build a hall" / "voters threw out a plan to build a hall": the other side rejects
    // it with a verb that is no negation cue of its own.
    if (rejectedBoth(a.negated ? a : b, a.negated ? reference : page, a.negated ? input.referenceText : input.pageText))
      return false;
    // "Cattle can no longer be moved" / "banning the movement of livestock": the other side bans it, which denies it.
    if (bannedAct(a.negated ? input.referenceText : input.pageText, a.negated ? b : a)) return false;
    // "Were without power" / "lost power": the other side's verb of loss says it is without it too.
    if (lostThing(a.negated ? a : b, a.negated ? input.referenceText : input.pageText, a.negated ? b : a)) return false;
    // "Showed little emotion" / "showed no emotion": next to none is what "no" says, near enough.
    if (writtenAfter(a.negated ? input.referenceText : input.pageText, a.negated ? b : a, NEXT_TO_NONE, 40))
      return false;
    // "Failures in its controls" / "weaknesses in its controls": the other side tells the same falling short.
    if (fallsShort(a.negated ? a : b, a.negated ? input.referenceText : input.pageText, a.negated ? b : a))
      return false;
    // "No court had ever before cancelled a lease" / "the first time a court had cancelled a lease": one fact.
    if (firstTime(a.negated ? input.pageText : input.referenceText, a.negated ? input.referenceText : input.pageText))
      return false;
    if (isPredicate(a) || isPredicate(b)) return true;
    // "No early election will be held; the next election is due in 2027": a side also has the noun with the other
    // side's polarity, which the alignment happened not to pick (a verb's polarity is the claim's: kept).
    const alike = (features: ClaimFeatures, skip: FeatureWord, like: FeatureWord) =>
      features.words.some(
        (word) => word !== skip && word.stem === like.stem && word.negated === like.negated && asserts(word),
      );
    return !alike(reference, b, a) && !alike(page, a, b);
  };
  // Polarity is first a property of the predicate: compare verbs (and verb phrases) where they carry negation.
  const predicates = pairs.filter((pair) => {
    const [a, b] = words(pair);
    return (isPredicate(a) || isPredicate(b)) && (a.negated || b.negated);
  });
  if (predicates.length > 0) {
    const flips = predicates.filter(flipped);
    if (movedNegation(page, reference, flips)) return [];
    return flips.length > predicates.length - flips.length ? flips : [];
  }
  // Otherwise, whether the shared words are negated on one side only ("not ... seeking asylum" / "asylum").
  const pageNegated = pairs.some(([i]) => page.words[i].negated);
  const referenceNegated = pairs.some(([, j]) => reference.words[j].negated);
  if (pageNegated === referenceNegated) return [];
  return pairs.filter(flipped);
}

/** The flip's negated word is in a position its side reports rejected ("rejecting claims that ..."). */
function isDisputed({ page, reference }: StanceInput, [i, j]: readonly [number, number]): boolean {
  return page.words[i].disputed === true || reference.words[j].disputed === true;
}

/** The word at k follows a source its sentence names ("the group said illegal building made it worse"). */
function reportedAt(features: ClaimFeatures, k: number): boolean {
  return features.words.slice(0, k).some((word) => word.attribution);
}

/**
 * Flips on words of a position one side reports rejected ("rejecting claims by the group that illegal building
 * made the slide worse", "..., an argument the panel rejected"): 'reported' when the other side reports that
 * position as a party's too ("the group said illegal building had made the slide worse"), so both report the
 * dispute and the flip says nothing; 'stated' when the other side states it plainly, which the rejecting side
 * neither confirms nor denies in its own voice; undefined when no flip is of such a word.
 */
function disputedFlips(
  input: StanceInput,
  flips: readonly (readonly [number, number])[],
): 'reported' | 'stated' | undefined {
  const disputed = flips.filter((flip) => isDisputed(input, flip));
  if (disputed.length === 0 || rejectsOwnWords(input, disputed)) return undefined;
  const reported = disputed.every(([i, j]) =>
    input.page.words[i].disputed ? reportedAt(input.reference, j) : reportedAt(input.page, i),
  );
  return reported ? 'reported' : 'stated';
}

/**
 * The party one side says rejected the position is the one the other side has put it forward ("EMCALI rejected
 * claims that the releases caused the shortage" / "EMCALI says the releases are the main cause"): no dispute
 * between parties, but two accounts of what that party said, and one of them is wrong.
 */
function rejectsOwnWords(input: StanceInput, disputed: readonly (readonly [number, number])[]): boolean {
  const rejecting = disputed.every(([, j]) => input.reference.words[j].disputed)
    ? input.reference
    : disputed.every(([i]) => input.page.words[i].disputed)
      ? input.page
      : undefined;
  if (!rejecting) return false;
  const other = rejecting === input.page ? input.reference : input.page;
  const text = rejecting === input.page ? input.pageText : input.referenceText;
  // The party is the rejecting verb's subject: the names before the cue ("Russia rejected Ukraine's claims that
  // ..." is Russia's rejection, not Ukraine's), not every name before the first disputed word.
  const disputedWord = rejecting.words.find((word) => word.disputed);
  const written = disputedWord?.text ? text.indexOf(disputedWord.text) : -1;
  const cueAt = lastWholeWordBefore(text.toLowerCase(), disputedWord?.cue?.toLowerCase() ?? '', written + 1);
  if (cueAt < 0) return false;
  const subject = text.slice(0, cueAt);
  const party = new Set(
    rejecting.words
      .filter((word) => word.proper && !word.negated && word.text !== undefined && subject.includes(word.text))
      .map((word) => word.stem),
  );
  return other.words.some((word) => word.attribution && party.has(word.stem));
}

/** A cue as compared: lower case, "n't" as "not". */
const cueOf = (word: FeatureWord) => (word.cue ?? '').toLowerCase().replace(/n't$/, 'not');

/** Index of the first word of the side that the cue `cue` negates. */
const headOf = (features: ClaimFeatures, cue: string) =>
  features.words.findIndex((word) => word.negated && cueOf(word) === cue);

/**
 * The flip's negated word is further into a negation both sides share: the first word that negation covers is
 * aligned and negated alike on each side ("seen no evidence that bulk-buying savings would reach shoppers" / "but
 * there was no evidence the savings would reach shoppers", where "bulk buying" comes in a clause of the reference
 * before its negation). The two say the same negation; only how far each one's words reach differs.
 */
function widerScope({ page, reference, alignment }: StanceInput, [i, j]: readonly [number, number]): boolean {
  const [side, at, other] = page.words[i].negated ? [page, i, reference] : [reference, j, page];
  const cue = cueOf(side.words[at]);
  const head = headOf(side, cue);
  if (head < 0 || head >= at) return false;
  const otherHead = headOf(other, cue);
  // The other side's word comes before its negation starts: a mention in an earlier clause, not a denial of it.
  if (otherHead < 0 || (side === page ? j : i) > otherHead) return false;
  return alignment.pairs.some(([k, l]) =>
    side === page ? k === head && l === otherHead : l === head && k === otherHead,
  );
}

/** Verbs that turn down what another party put forward ("rejected the offer", "refused the request"). */
const TURNING_DOWN = new Set([
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'refuse',
  'refuses',
  'refused',
  'refusing',
]);

/**
 * The flip's negated word is in the scope of a rejection whose first word is a noun the other side has as its verb
 * ("rejected the company's offer to sell 160 stores" / "the company had offered to sell 160 stores"): turning an
 * offer down says it was made. Nothing in that scope is denied; a rejected noun the other side also names as a noun
 * ("rejected the merger" / "approved the merger") still is.
 */
function rejectedProposal(input: StanceInput, [i, j]: readonly [number, number]): boolean {
  const { page, reference, alignment } = input;
  const [side, at, other, onSide] = page.words[i].negated
    ? [page, i, reference, 0 as const]
    : [reference, j, page, 1 as const];
  const cue = cueOf(side.words[at]);
  if (!TURNING_DOWN.has(cue)) return false;
  const head = headOf(side, cue);
  if (head < 0 || head > at) return false;
  if (toldProposal(input, side === page ? 'page' : 'reference', at, side === page ? j : i)) return true;
  // The proposal noun may follow whose it is ("rejected the chain's offer").
  return alignment.pairs.some((pair) => {
    const k = pair[onSide];
    const word = side.words[k];
    if (k < head || k > at || word.verb === true || !word.negated || cueOf(word) !== cue) return false;
    const match = other.words[pair[1 - onSide]];
    return match.verb === true && !match.negated;
  });
}

/** Nouns of what is put forward to be done: "a proposal to lower", "a plan to close", "a bid to extend". */
const PROPOSED_BEFORE =
  /\b(proposal|plan|bid|offer|motion|bill|request|initiative|measure|scheme|attempt|move)s?\s+to\s+(?:\w+ly\s+)?$/i;

/**
 * The flip's negated word is what a rejected proposal was to do ("voters rejected a proposal to lower the retirement
 * age"), and the other side tells what the proposal would do ("the proposal would bring the age down to 60"):
 * turning a proposal down does not deny what it proposed. A side that says the act will be or was done ("the age
 * will be lowered", "was lowered") or that the proposal passed ("the proposal, which would lower the age, was
 * approved") names no mere proposal and stays denied.
 */
function toldProposal(input: StanceInput, side: 'page' | 'reference', at: number, otherAt: number): boolean {
  const [features, text, other, otherText] =
    side === 'page'
      ? [input.page, input.pageText, input.reference, input.referenceText]
      : [input.reference, input.referenceText, input.page, input.pageText];
  const written = features.words[at].text;
  const otherWritten = other.words[otherAt]?.text;
  if (!written || !otherWritten) return false;
  const found = text.indexOf(written);
  const noun = found < 0 ? null : PROPOSED_BEFORE.exec(text.slice(0, found));
  if (!noun || !new RegExp(String.raw`\b${noun[1]}s?\b`, 'i').test(otherText)) return false;
  if (ADOPTED.test(otherText)) return false;
  const otherFound = otherText.indexOf(otherWritten);
  return otherFound > 0 && WOULD_BEFORE.test(otherText.slice(0, otherFound));
}

/** "Would" (or "would have") right before the proposed act: what a proposal would do. */
const WOULD_BEFORE = /\bwould\s+(?:have\s+)?(?:(?:also|only|further|gradually|effectively)\s+)?$/i;
/** Verbs by which a proposal was adopted: the act it proposed is then to be done. */
const ADOPTED =
  /\b(?:pass(?:ed|es)?|approv(?:ed|es|al)|adopt(?:ed|s)?|accept(?:ed|s)?|endorsed|enacted|carried|won|signed\s+into)\b/i;

/** Cues of a want: "a lack of rail capacity", "the absence of doctors". */
const LACK_CUES = new Set(['lack', 'lacks', 'lacked', 'lacking', 'absence']);
/** Nouns of a want, which no cue marks: "rail shortages", "a shortage of doctors", "the scarcity of water". */
const WANT_NOUNS = '(?:shortages?|shortfalls?|scarcity|dearth|deficits?|deficienc(?:y|ies))';
const WANT_AFTER = new RegExp(String.raw`^[\w'’-]*\s+${WANT_NOUNS}\b`, 'i');
const WANT_BEFORE = new RegExp(String.raw`\b${WANT_NOUNS}\s+of\s+(?:\w+\s+)?$`, 'i');

/**
 * The flip's negated word is what one side says is lacking ("held back by a lack of rail capacity"), and the other
 * side names a want of it in a noun ("rail shortages still limit it"): both say the same thing is wanting.
 */
function wantedOnBothSides(input: StanceInput, [i, j]: readonly [number, number]): boolean {
  const pageNegated = input.page.words[i].negated;
  const [negated, asserted, otherText] = pageNegated
    ? [input.page.words[i], input.reference.words[j], input.referenceText]
    : [input.reference.words[j], input.page.words[i], input.pageText];
  if (!LACK_CUES.has(cueOf(negated)) || !asserted.text) return false;
  const at = otherText.indexOf(asserted.text);
  if (at < 0) return false;
  return WANT_AFTER.test(otherText.slice(at)) || WANT_BEFORE.test(otherText.slice(0, at));
}

/** Cues that deny a verb ("did not find", "never found"). */
const VERB_CUES = new Set(['not', 'never']);

/**
 * "Found no evidence that staff helped" / "did not find evidence that staff helped": the negation moved from the
 * verb to its object, and the two say the same. True when a verb negated on one side ("not … find") pairs with
 * the other side's asserted verb whose next word is negated by "no", and every other flip is a word that "no"
 * negates.
 */
function movedNegation(page: ClaimFeatures, reference: ClaimFeatures, flips: readonly (readonly [number, number])[]) {
  for (const [i, j] of flips) {
    const [a, b] = [page.words[i], reference.words[j]];
    if (a.verb !== true || b.verb !== true) continue;
    const [denied, asserted, side, at] = a.negated ? [a, b, reference, j] : [b, a, page, i];
    if (!VERB_CUES.has(cueOf(denied)) || asserted.negated) continue;
    const object = side.words[at + 1];
    if (!object?.negated || cueOf(object) !== 'no') continue;
    const onSide = (pair: readonly [number, number]) => (side === page ? pair[0] : pair[1]);
    return flips.every(
      (pair) =>
        (pair[0] === i && pair[1] === j) ||
        (side.words[onSide(pair)].negated && cueOf(side.words[onSide(pair)]) === 'no'),
    );
  }
  return false;
}

/**
 * One side only reports a party's contested position ("the firm had argued that the rises reflected costs"), and
 * the other side's polarity differs inside it, or on the reporting verb from a noun ("the judge rejected the
 * firm's argument that ..."): the other side disputes the position, which the reporting side does not hold
 * itself. Neither a contradiction of that side nor a support. (The verb against a verb, "did not claim" /
 * "claimed", is a contradiction of the report; both sides reporting the position compare what each says it is.)
 */
function disputesReportedPosition({ page, reference, alignment, pageText, referenceText }: StanceInput): boolean {
  const pageReports = contestedFrom(page, pageText);
  const referenceReports = contestedFrom(reference, referenceText);
  const pageOnly = pageReports < page.words.length;
  if (pageOnly === referenceReports < reference.words.length) return false;
  return alignment.pairs.some(([i, j]) => {
    const [a, b] = [page.words[i], reference.words[j]];
    if (a.hypothetical || b.hypothetical || a.negated === b.negated) return false;
    if (pageOnly) return i > pageReports || (i === pageReports && b.verb !== true);
    return j > referenceReports || (j === referenceReports && a.verb !== true);
  });
}

/** Verbs that report a party's contested position ("argued that", "alleged that", "claimed that"), by stem. */
const CONTESTED_STEMS = new Set(['argu', 'alleg', 'claim', 'contend', 'insist', 'maintain']);

/**
 * Index of the first word of a sentence that is, or follows, an asserted verb reporting a contested position
 * ("X had argued that ..."); the number of words when there is none.
 */
function contestedFrom(features: ClaimFeatures, text: string): number {
  const at = features.words.findIndex(
    (word) =>
      word.verb === true &&
      !word.negated &&
      !word.hypothetical &&
      CONTESTED_STEMS.has(word.stem) &&
      // The position is a clause ("claimed that ..."), not an object ("claimed responsibility").
      thatFollows(text, word.text ?? ''),
  );
  return at < 0 ? features.words.length : at;
}

/** True when `word` is followed by "that" in the text: "argued that", "had claimed that". */
function thatFollows(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const needle = `${word.toLowerCase()} that `;
  return word !== '' && lower.includes(needle);
}

function polarityDifference(input: StanceInput, [i, j]: readonly [number, number]): Difference {
  return { kind: 'polarity', page: asWritten(input.page.words[i]), reference: asWritten(input.reference.words[j]) };
}

/** The negated side of each flip, as the time rule reads it (see time/position.ts). */
function negatedWords(input: StanceInput, flips: readonly (readonly [number, number])[]): NegatedWord[] {
  return flips.map(([i, j]) =>
    input.page.words[i].negated
      ? { text: input.pageText, words: input.page.words, at: i, side: 'page' as const }
      : { text: input.referenceText, words: input.reference.words, at: j, side: 'reference' as const },
  );
}

/** Ordinals that rank a superlative ("third-largest", "second biggest"), by the rank they give. */
const ORDINAL_RANKS: Readonly<Record<string, number>> = { ...ORDINAL_NUMBERS, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/** Superlatives that rank a thing among others of its kind, as written. */
const SUPERLATIVES = new Set(
  (
    'largest biggest highest lowest longest smallest greatest deadliest busiest oldest youngest richest poorest ' +
    'strongest heaviest fastest tallest widest costliest worst best shortest slowest weakest lightest narrowest'
  ).split(' '),
);

/** Superlatives at the two ends of one scale. */
const OPPOSITE_SUPERLATIVES: ReadonlyArray<readonly [string, string]> = [
  ['largest', 'smallest'],
  ['biggest', 'smallest'],
  ['highest', 'lowest'],
  ['longest', 'shortest'],
  ['oldest', 'youngest'],
  ['richest', 'poorest'],
  ['strongest', 'weakest'],
  ['heaviest', 'lightest'],
  ['fastest', 'slowest'],
  ['widest', 'narrowest'],
  ['best', 'worst'],
];

/**
 * The rank a superlative word gives its thing: the ordinal right before it ("third-largest" → 3), else 1 ("the
 * largest"); undefined when it is no superlative, or one of a group ("one of the largest").
 */
function rankOf(features: ClaimFeatures, text: string, i: number): number | undefined {
  const word = features.words[i];
  const written = (word.text ?? '').toLowerCase();
  if (!SUPERLATIVES.has(written)) return undefined;
  if (new RegExp(`\\bone of (?:[\\w'\u2019]+ ){1,2}${written}\\b`, 'iu').test(text)) return undefined;
  const before = (features.words[i - 1]?.text ?? '').toLowerCase();
  return Object.hasOwn(ORDINAL_RANKS, before) ? ORDINAL_RANKS[before] : 1;
}

/** A sentence's asserted words as written, lower case (read once: a claim is compared with sentence after sentence). */
const writtenWords = perSentence(
  (features): ReadonlySet<string> =>
    new Set(
      features.words.filter((word) => !word.hypothetical).flatMap((word) => (word.text ?? '').toLowerCase().split(' ')),
    ),
);

/**
 * A name the two sides start alike and end otherwise ("councillor Ana Varela Ortiz" / "councillor Ana Varela
 * Pinto"), or end alike and start otherwise ("the Kafubu River" / "the Mwambashi River", a two-word run on each
 * side): another person, body or place on the fact, so another fact, neither confirmed nor denied. Only a
 * substitution within one run of names: a name one side leaves out ("Ana Varela" / "Ana Varela Pinto") or spells
 * alike differs in nothing.
 */
function otherPerson({ page, reference, alignment, pageText, referenceText }: StanceInput): boolean {
  if (!page.words.some((word) => word.proper) || !reference.words.some((word) => word.proper)) return false;
  const pagePaired = new Set(alignment.pairs.map(([i]) => i));
  const referencePaired = new Set(alignment.pairs.map(([, j]) => j));
  const startsRun = (features: ClaimFeatures, k: number) => features.words[k].proper && !features.words[k - 1]?.proper;
  // The next word of a run of names is a name written right after the one before ("Varela Pinto"), not one a few
  // words on ("Livestock said on Friday", "Swiss and a German").
  const named = (features: ClaimFeatures, text: string, k: number) =>
    features.words[k]?.proper === true &&
    text.includes(`${features.words[k - 1].text ?? ''} ${features.words[k].text ?? '\u0000'}`);
  for (const [i, j] of alignment.pairs) {
    // "The Kafubu River" / "the Mwambashi River": a run that ends alike and starts otherwise, each start written
    // right before the shared word.
    if (
      page.words[i].proper &&
      reference.words[j].proper &&
      i > 0 &&
      j > 0 &&
      !pagePaired.has(i - 1) &&
      !referencePaired.has(j - 1) &&
      named(page, pageText, i) &&
      named(reference, referenceText, j) &&
      startsRun(page, i - 1) &&
      startsRun(reference, j - 1) &&
      !TITLE_STEMS.has(page.words[i - 1].stem) &&
      !TITLE_STEMS.has(reference.words[j - 1].stem) &&
      !similarNames(page.words[i - 1].stem, reference.words[j - 1].stem)
    ) {
      return true;
    }
    if (!startsRun(page, i) || !startsRun(reference, j)) continue;
    for (let k = 1; named(page, pageText, i + k) && named(reference, referenceText, j + k); k += 1) {
      const differs = !pagePaired.has(i + k) && !referencePaired.has(j + k);
      if (differs && !similarNames(page.words[i + k].stem, reference.words[j + k].stem)) return true;
    }
  }
  return false;
}

/** Prepositions of where something is, comes from or goes to, before a place's name. */
const PLACE_PREPOSITION = '(?:in|at|from|to|near|outside|into)';
/** A capitalised word of a name: letters and hyphens ("Port-Sudan"); a possessive's "'s" ends the name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}-]*`;
/**
 * A name after such a preposition, and the names joined to it ("from Almaty", "in Bucharest and Cluj"); not a source
 * ("according to Reuters").
 */
const NAMES_AFTER_PREPOSITION = new RegExp(
  String.raw`(?<!\baccording\s+)\b(${PLACE_PREPOSITION})\s+(${NAME_WORD}(?:\s+${NAME_WORD})*(?:(?:,\s*|\s+and\s+)${NAME_WORD}(?:\s+${NAME_WORD})*)*)`,
  'gu',
);
/** A title or a given name at the start of a name: a person ("to Mr Smith", "to John Smith"), not a place. */
const PERSON_START = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|president|minister|king|queen|prince|princess|pope)$/;

/** Each preposition of place a sentence writes before names, with the names ("from" → ["almaty"]), lower case. */
const namesByPreposition = perText((text: string): ReadonlyMap<string, readonly string[]> => {
  const byPreposition = new Map<string, string[]>();
  for (const match of text.matchAll(NAMES_AFTER_PREPOSITION)) {
    // Names of places: not a month or a weekday ("from Monday", "in March"), nor a common word written with a
    // capital ("in Parliament"), nor a person's.
    const names = match[2]
      .split(/,\s*|\s+and\s+/)
      .map((name) => name.toLowerCase())
      .filter((name) => {
        const first = name.split(/\s+/)[0];
        if (CALENDAR_WORDS.has(name) || PERSON_START.test(first) || isFirstName(first)) return false;
        return placeOf(name, false) !== undefined || usageCount(lemmatize(name)) === 0;
      });
    if (names.length === 0) continue;
    const preposition = match[1].toLowerCase();
    byPreposition.set(preposition, [...(byPreposition.get(preposition) ?? []), ...names]);
  }
  return byPreposition;
});

/** Words of a text, lower case, split at anything but a letter ("port-sudan" is "port", "sudan"). */
const lowerWords = (lowerText: string): string[] => lowerText.split(/[^\p{L}]+/u).filter((word) => word !== '');

/**
 * The text names the place, a spelling of it, or a place of its country: each word alike ("Port-Sudan" / "Port
 * Sudan"), or a word or two the lexicon gives the same country ("Kyiv" / "Kiev", "to London" / "to Britain",
 * "in Doha" / "in Qatar's capital", "to Skopje" / "to North Macedonia").
 */
function namesPlace(lowerText: string, name: string): boolean {
  if (lowerText.includes(name)) return true;
  const words = lowerWords(lowerText);
  if (lowerWords(name).every((part) => words.some((word) => similarNames(word, part)))) return true;
  const country = placeOf(name);
  if (country === undefined) return false;
  return words.some(
    (word, k) => placeOf(word, false) === country || (k > 0 && placeOf(`${words[k - 1]} ${word}`, false) === country),
  );
}

/**
 * After the same preposition of place, each side names a place the other never names ("taken off from Almaty" /
 * "flight SA-417 from Astana", "in Bucharest and Cluj" / "in Bucharest and Timișoara"): another place on the fact,
 * so another fact. A country's own name, or a place the other side names a place of its country against ("in
 * Finland" / "in Kotka, Finland", "to London" / "to Britain"), is no other place.
 */
function otherPlace({ pageText, referenceText }: StanceInput): boolean {
  const pageNames = namesByPreposition(pageText);
  if (pageNames.size === 0) return false;
  const referenceNames = namesByPreposition(referenceText);
  const [pageLower, referenceLower] = [pageText.toLowerCase(), referenceText.toLowerCase()];
  const own = (name: string, otherLower: string) => placeOf(name, false) !== name && !namesPlace(otherLower, name);
  for (const [preposition, names] of pageNames) {
    const others = referenceNames.get(preposition);
    if (!others) continue;
    const pageOwn = names.filter((name) => own(name, referenceLower));
    const referenceOwn = others.filter((name) => own(name, pageLower));
    // Two places the place table both knows are not told apart here: its countries may nest ("London", of England,
    // against "Britain", of the United Kingdom).
    if (pageOwn.some((name) => referenceOwn.some((other) => !(placeOf(name) && placeOf(other))))) return true;
  }
  return false;
}

/**
 * A superlative both sides give the same thing, ranked otherwise ("Denmark's largest operator" / "third-largest
 * operator"): the rank is a figure of the fact.
 */
function rankDifferences({ page, reference, alignment, pageText, referenceText }: StanceInput): Difference[] {
  const differences: Difference[] = [];
  // The two ends of one scale ("the shortest debate since 2014" / "the longest since 2014").
  const pageWords = writtenWords(page);
  const referenceWords = writtenWords(reference);
  for (const [a, b] of OPPOSITE_SUPERLATIVES) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (pageWords.has(x) && referenceWords.has(y) && !referenceWords.has(x)) {
        differences.push({ kind: 'polarity', page: x, reference: y });
      }
    }
  }
  for (const [i, j] of alignment.pairs) {
    const a = rankOf(page, pageText, i);
    const b = a === undefined ? undefined : rankOf(reference, referenceText, j);
    if (a === undefined || b === undefined || a === b) continue;
    const ranked = (features: ClaimFeatures, k: number, rank: number) =>
      rank === 1 ? asWritten(features.words[k]) : `${features.words[k - 1].text} ${asWritten(features.words[k])}`;
    differences.push({ kind: 'number', page: ranked(page, i, a), reference: ranked(reference, j, b) });
  }
  const ordinal = ordinalDifference(pageText, referenceText);
  if (ordinal) differences.push(ordinal);
  return differences;
}

/**
 * An ordinal after a determiner or a possessive and the two words after it: "the second escape reported", "its first
 * case", "Greece's third heatwave".
 */
const PHRASE_RANKS: Readonly<Record<string, number>> = { first: 1, ...ORDINAL_RANKS };
const ORDINAL_PHRASE = new RegExp(
  `(?:\\b(?:the|its|their|his|her|a)|\\b(\\p{L}+)['’]s)\\s+(${Object.keys(PHRASE_RANKS).join('|')})((?:\\s+[\\p{L}-]+){1,2})`,
  'giu',
);

/** An ordinal phrase: its rank, the ordinal as written, the words it ranks, and who owns them ("Greece's"), if said. */
interface OrdinalPhrase {
  rank: number;
  ordinal: string;
  words: string[];
  owner?: string;
}

/** The ordinals a sentence gives, each with the words it ranks ("second" → escape, reported). */
const ordinalPhrases = perText((text: string): OrdinalPhrase[] =>
  [...text.matchAll(ORDINAL_PHRASE)].map((match) => ({
    rank: PHRASE_RANKS[match[2].toLowerCase()],
    ordinal: match[2],
    words: match[3].toLowerCase().trim().split(/\s+/),
    ...(match[1] ? { owner: match[1].toLowerCase() } : {}),
  })),
);

/**
 * Steps of a sequence a report may give several of ("rising to 40 in a second phase" beside "the first phase"):
 * their ordinals name different steps, not the same thing ranked otherwise.
 */
const SEQUENCE_STEPS = new Set([
  'phase',
  'phases',
  'stage',
  'stages',
  'round',
  'rounds',
  'half',
  'quarter',
  'step',
  'wave',
  'period',
  'part',
]);

/**
 * The two sides rank the same thing with other ordinals ("the first reported this year" / "the second escape
 * reported this year", "the third time" / "the second time"): an ordinal and a word after it (of four letters or
 * more) on each side, the word the same.
 */
function ordinalDifference(pageText: string, referenceText: string): Difference | undefined {
  const pagePhrases = ordinalPhrases(pageText);
  if (pagePhrases.length === 0) return undefined;
  const referencePhrases = ordinalPhrases(referenceText);
  const shareWord = (x: OrdinalPhrase, y: OrdinalPhrase) =>
    x.words.some((word) => word.length >= 4 && !SEQUENCE_STEPS.has(word) && y.words.includes(word));
  // A possessive ranks its owner's series ("the club's third goal"): only against a side that names the owner too.
  const ownerNamed = (phrase: OrdinalPhrase, otherText: string) =>
    phrase.owner === undefined || new RegExp(`\\b${phrase.owner}\\b`, 'iu').test(otherText);
  for (const x of pagePhrases) {
    if (!ownerNamed(x, referenceText)) continue;
    // The other side ranks the same thing alike ("his first goal of the season" beside "the club's third goal").
    if (referencePhrases.some((y) => y.rank === x.rank && shareWord(x, y))) continue;
    for (const y of referencePhrases) {
      if (x.rank !== y.rank && ownerNamed(y, pageText) && shareWord(x, y)) {
        return { kind: 'number', page: x.ordinal, reference: y.ordinal };
      }
    }
  }
  return undefined;
}

/** Day and month names a sentence gives to date one of its figures ("raising the flow to 4,200 by early Wednesday"). */
function daysOfFigures(text: string): string[] {
  const days: string[] = [];
  for (const { start, end } of countDayPhrases(text)) {
    for (const word of text
      .slice(start, end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) {
      if (CALENDAR_WORDS.has(word)) days.push(word);
    }
  }
  return days;
}

/**
 * Weekdays or months that both sides give for the event, and that differ. When the two give the same figure
 * (`sharedFigure`), a day one side gives that figure by ("began at 11 p.m. on Tuesday, raising the flow to 4,200 by
 * early Wednesday") is one it gives too: the other side's "early on Wednesday the flow was 4,200" gives that
 * figure's day, not another.
 */
function dateDifferences(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  texts: { page: string; reference: string },
  sharedFigure: boolean,
  pairs: readonly (readonly [number, number])[] = [],
): Difference[] {
  const weekday = /day$/;
  const differences: Difference[] = [];
  for (const same of [(d: string) => weekday.test(d), (d: string) => !weekday.test(d)]) {
    const a = page.dates.filter(same);
    const b = reference.dates.filter(same);
    if (a.length === 0 || b.length === 0) continue;
    // One side's days may be some of the other's ("on Tuesday" / "on Monday and Tuesday"); two lists that are
    // neither ("Tuesday and Wednesday" / "Wednesday and Thursday") differ.
    const within = (x: string[], y: string[]) => x.every((d) => y.includes(d));
    if (within(a, b) || within(b, a)) continue;
    // Only where the two give the same figure: then the other side's day is that figure's, not the event's.
    if (
      sharedFigure &&
      (within(a, [...b, ...daysOfFigures(texts.reference)]) || within(b, [...a, ...daysOfFigures(texts.page)]))
    )
      continue;
    // Days of different acts ("died when the bridge gave way on Monday" / "pulled two more bodies out on Tuesday").
    if (datesOfOtherActs(a[0], b[0], { page, reference }, texts, pairs)) continue;
    differences.push({ kind: 'date', page: a.join(', '), reference: b.join(', ') });
  }
  return differences;
}

/** What ends the clause a date stands in, before it: a comma, or a word that opens a clause of another act. */
const DATE_CLAUSE_START = /[,;:]|\b(?:when|after|as|while|before|since|because|bringing|leaving)\b/gi;

/**
 * What ends the clause a date stands in, after it: a comma, a relative pronoun, or a participle with its agent ("the
 * budget presented by the minister"), whose act is not the one the date is given for.
 */
const DATE_CLAUSE_END = /[,;:]|\b(?:that|which|who)\b|\b\p{L}+ed\s+by\b/u;

/** The words (indices) of the clause the date `day` stands in, found by their written words, and its verbs. */
function clauseOfDate(day: string, features: ClaimFeatures, text: string): { words: number[]; verbs: number[] } {
  const lower = text.toLowerCase();
  const at = lower.search(new RegExp(`\\b${day}\\b`));
  if (at < 0) return { words: [], verbs: [] };
  let start = 0;
  for (const match of lower.slice(0, at).matchAll(DATE_CLAUSE_START)) start = (match.index ?? 0) + match[0].length;
  const next = DATE_CLAUSE_END.exec(lower.slice(at));
  const end = next ? at + next.index : lower.length;
  const spans = wordSpans(lower, features);
  const words = features.words.flatMap((_, n) => {
    const span = spans[n];
    return span !== undefined && span[0] >= start && span[1] <= end ? [n] : [];
  });
  return { words, verbs: words.filter((n) => features.words[n].verb) };
}

/**
 * The two dates are those of different acts: each stands in a clause with a verb, and no verb of either clause is
 * aligned with a word of the other's ("died when a bridge gave way on Monday" / "rescuers pulled two more bodies from
 * the river on Tuesday"). A date of a clause without a verb ("On Monday, ...") is the sentence's.
 */
function datesOfOtherActs(
  pageDay: string,
  referenceDay: string,
  features: { page: ClaimFeatures; reference: ClaimFeatures },
  texts: { page: string; reference: string },
  pairs: readonly (readonly [number, number])[],
): boolean {
  if (pairs.length === 0) return false;
  const page = clauseOfDate(pageDay, features.page, texts.page);
  const reference = clauseOfDate(referenceDay, features.reference, texts.reference);
  if (page.verbs.length === 0 || reference.verbs.length === 0) return false;
  return !exactWhereShared(pairs, features).some(
    ([i, j]) =>
      (page.verbs.includes(i) && reference.words.includes(j)) ||
      (reference.verbs.includes(j) && page.words.includes(i)),
  );
}

/**
 * The pairs, less those that share a word with a pair of one stem ("appeal" and "ordered" both paired with
 * "ordered"): there the same word is the likelier counterpart.
 */
function exactWhereShared(
  pairs: readonly (readonly [number, number])[],
  { page, reference }: { page: ClaimFeatures; reference: ClaimFeatures },
): readonly (readonly [number, number])[] {
  const same = ([i, j]: readonly [number, number]) => page.words[i].stem === reference.words[j].stem;
  const exact = pairs.filter(same);
  return pairs.filter((pair) => same(pair) || !exact.some(([i, j]) => i === pair[0] || j === pair[1]));
}

/** An act said to take effect at once: "takes effect immediately", "with immediate effect", "effective immediately". */
const IMMEDIATE_EFFECT =
  /\b(?:takes?|taken|took|taking|comes?|came|coming)\s+(?:into\s+(?:force|effect)|effect)\s+immediately\b|\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b/i;
/**
 * An act said to take effect on a coming day: "will take effect on June 1", "comes into force from March 3"; not
 * one that did ("took effect on June 1").
 */
const DATED_EFFECT =
  /\b(?:takes?|taking|comes?|coming)\s+(?:into\s+(?:force|effect)|effect)\s+((?:on|from|as\s+of)\s+[^,;.]{3,30})/i;
/** Days after its report by which a date of effect is no longer "immediately". */
const LATER_EFFECT_DAYS = 2;

/**
 * One side says an act takes effect at once, the other on a day some days after its own report ("the surcharge
 * takes effect immediately" / "will take effect on June 1"): the two differ on when.
 */
function effectDifferences({ pageText, referenceText, published }: StanceInput): Difference[] {
  if (!published) return [];
  // The day the dated side gives, read from its own report, against the day the other side says "immediately".
  const later = (text: string, date: string, immediate: string) => {
    const phrase = DATED_EFFECT.exec(text)?.[1];
    const day = phrase === undefined ? undefined : comingDay(phrase, date);
    const now = dateSpan(immediate);
    return day !== undefined && now !== undefined && day - now.last >= LATER_EFFECT_DAYS ? phrase : undefined;
  };
  if (IMMEDIATE_EFFECT.test(pageText)) {
    const day = later(referenceText, published.reference, published.page);
    if (day) return [{ kind: 'date', page: 'immediately', reference: day }];
  }
  if (IMMEDIATE_EFFECT.test(referenceText)) {
    const day = later(pageText, published.page, published.reference);
    if (day) return [{ kind: 'date', page: day, reference: 'immediately' }];
  }
  return [];
}

/**
 * Both figures are the whole a share or a count is taken from, of one thing by name, and they differ ("60% of
 * France's 4,300 controllers" / "60% of the country's 3,400 controllers"): the two may be one group told two ways or
 * two groups ("the plant's 200 workers" / "the company's 1,200 workers"), so the sentence is not confirmed.
 */
function wholesApart({ page, reference }: StanceInput, pair: QuantityPair): boolean {
  return (
    pair.page.predicate === WHOLE &&
    pair.reference.predicate === WHOLE &&
    pair.page.head !== '' &&
    pair.verdict === 'conflict' &&
    sameHeadWord(pair.page.head, pair.reference.head, page, reference)
  );
}

/**
 * Numbers (and dates) that talk about the same thing and disagree beyond what their qualifiers allow. The whole
 * a count is taken from ("40 of the ferry's 80 passengers") is presupposed, not claimed: it does not contradict (two
 * wholes apart leave the sentence unconfirmed instead: see wholesApart).
 */
function quantityDifferences(input: StanceInput): Difference[] {
  // Most pairs agree: the lists that may explain a conflict are read only for one.
  if (!input.alignment.quantities.some((pair) => pair.verdict === 'conflict')) return [];
  // Lists of one kind, and lists of several kinds (read once a side).
  const pageMixed = countLists(input.page, input.pageText, true);
  const referenceMixed = countLists(input.reference, input.referenceText, true);
  const pageLists = [...countLists(input.page, input.pageText), ...restated(pageMixed, input.reference)];
  const referenceLists = [...countLists(input.reference, input.referenceText), ...restated(referenceMixed, input.page)];
  // Parts of several kinds ("287 passengers and 41 crew members") add up to a total of none of their kinds ("the
  // total number of sick people aboard, 328"), never to one of a part's ("120 passengers").
  const ofKinds = (lists: Quantity[][], total: Quantity) =>
    lists.filter((list) => list.every((member) => member.head !== total.head));
  return input.alignment.quantities
    .filter(
      (pair) =>
        pair.verdict === 'conflict' &&
        pair.page.predicate !== WHOLE &&
        pair.reference.predicate !== WHOLE &&
        !sumsTo(pageLists, pair.page, pair.reference) &&
        !sumsTo(referenceLists, pair.reference, pair.page) &&
        !sumsTo(ofKinds(pageMixed, pair.reference), pair.page, pair.reference) &&
        !sumsTo(ofKinds(referenceMixed, pair.page), pair.reference, pair.page),
    )
    .map((pair) => ({
      kind: pair.page.unit === 'date' || pair.page.unit === 'year' ? 'date' : 'number',
      page: pair.page.text,
      reference: pair.reference.text,
    }));
}

/** "The rest of" a group (not of a stretch of time: "the rest of the week"). */
const REST_OF =
  /\bthe rest of (?!the (?:day|night|morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|autumn|decade|century|term|hour|match|game|race|trip|journey|day's)\b)/i;

/**
 * One side's figure counts "the rest of" a group, said before the figure in its sentence ("across the rest of the
 * public service, pay will go up by six percent"), and the other side's does not: not "killed 12 and left the rest of
 * the village without power".
 */
function restOfApart({ pageText, referenceText }: StanceInput, pair: QuantityPair): boolean {
  const before = (text: string, quantity: Quantity) => {
    const found = REST_OF.exec(text);
    return found !== null && found.index < quantity.start;
  };
  return before(pageText, pair.page) !== before(referenceText, pair.reference);
}

/** A word that ends a clause around a figure: punctuation, or a conjunction that opens another clause. */
const SHARE_CLAUSE_END = /[,;:]|\s(?:and|but|as|while|because|after|before|when|although|though)\s/i;
/** A negation cue: "not", "never", "n't", "no". */
const DENIAL = /\b(?:not|never|no)\b|n['’]t\b/i;

/** The figure's own clause (to the clause breaks either side) denies: "two-thirds were never carried out". */
function deniedInClause(text: string, figure: Quantity): boolean {
  const before = text.slice(0, figure.start).split(SHARE_CLAUSE_END).at(-1) ?? '';
  const after = text.slice(figure.end).split(SHARE_CLAUSE_END)[0] ?? '';
  return DENIAL.test(before) || DENIAL.test(after);
}

/**
 * Two shares of one whole, one told of what was not done ("two-thirds of the planned works were never carried out")
 * and the other of what was ("only a third had been completed"): the share denied is the rest of the share done, so
 * the two figures may be one fact told from either end. Neither agreement nor contradiction can be read from the
 * figures, whose acts the two sides word apart.
 */
function complementShares(input: StanceInput, { page, reference }: QuantityPair): boolean {
  if (page.unit !== 'percent' || reference.unit !== 'percent') return false;
  if (deniedInClause(input.pageText, page) === deniedInClause(input.referenceText, reference)) return false;
  const rest: Quantity = { ...page, value: 100 - page.high, high: 100 - page.value };
  return compareValues(rest, reference) === 'agree';
}

/**
 * One side is above a figure and the other below the same figure ("households that use more than 300 kilowatt-hours"
 * / "those using under 300"): a threshold that splits a group in two, each side speaking of its own part, neither
 * agreeing nor disagreeing with the other.
 */
function splitAtThreshold({ page, reference }: QuantityPair): boolean {
  // A count of an outcome above and below one figure is a contradiction ("more than 50 killed" / "fewer than 50").
  if (isOutcome(page.predicate) || isOutcome(reference.predicate)) return false;
  const opposite =
    (page.qualifier === 'moreThan' && reference.qualifier === 'lessThan') ||
    (page.qualifier === 'lessThan' && reference.qualifier === 'moreThan');
  return opposite && page.value === reference.value && page.high === reference.high;
}

/**
 * The two figures' shared head is qualified by another word on each side, right before it, which the other side
 * does not have ("commercial lending rates above 35 percent" / "the policy rate to 28 percent", "the minimum wage"
 * / "the average wage"): two kinds of the thing, not one figure in dispute.
 */
function otherKindsOfHead({ page, reference, pageText, referenceText }: StanceInput, pair: QuantityPair): boolean {
  if (pair.page.head === '' || pair.page.head !== pair.reference.head) return false;
  const pageKind = kindBefore(page, pageText, pair.page.head);
  const referenceKind = kindBefore(reference, referenceText, pair.reference.head);
  if (!pageKind || !referenceKind || pageKind.stem === referenceKind.stem) return false;
  const has = (features: ClaimFeatures, stem: string) => features.words.some((word) => word.stem === stem);
  return !has(reference, pageKind.stem) && !has(page, referenceKind.stem);
}

/** The content word written right before the (first) word of this stem, if any ("lending" of "lending rates"). */
function kindBefore(features: ClaimFeatures, text: string, stem: string): FeatureWord | undefined {
  const at = features.words.findIndex((word) => word.stem === stem);
  const [before, head] = [features.words[at - 1], features.words[at]];
  if (at <= 0 || before.proper || before.verb || !before.text || !head.text) return undefined;
  return text.toLowerCase().includes(`${before.text.toLowerCase()} ${head.text.toLowerCase()}`) ? before : undefined;
}

/**
 * Words that say how badly the counted were hurt, with the word of the hurt they qualify ("seriously injured",
 * "in critical condition", "minor injuries", "badly burned"); "slight", "light" and "minor" are the light kind.
 */
const SEVERITY =
  /\b(?:(?:(serious|critical|severe|grave|bad)(?:ly)?|(slight|light|minor)(?:ly)?)\s+(?:injur|hurt|wound|burn)\w*|in\s+(?:a\s+)?(serious|critical|grave)\s+condition|life-threatening\s+(?:injur|wound|burn)\w*)/i;
/** Where a figure's own phrase ends: a comma, a semicolon or "and". */
const FIGURE_PHRASE_END = /[,;]|\band\b/;
/** How far a figure's own phrase may run after it, in characters. */
const FIGURE_PHRASE_LENGTH = 40;

/**
 * How badly the figure's phrase says its people were hurt: 'grave', 'light' or '' when it does not say ("seven with
 * serious injuries", "nine of them in critical condition", "40 suffered minor injuries").
 */
function severityOf(text: string, figure: Quantity): string {
  const after = text.slice(figure.end, figure.end + FIGURE_PHRASE_LENGTH).split(FIGURE_PHRASE_END)[0];
  const before =
    text
      .slice(Math.max(0, figure.start - 20), figure.start)
      .split(FIGURE_PHRASE_END)
      .at(-1) ?? '';
  const found = SEVERITY.exec(`${before} ${after}`);
  if (!found) return '';
  return found[2] !== undefined ? 'light' : 'grave';
}

/** One figure says how badly its people were hurt and the other does not, or says otherwise (see severityOf). */
function severityApart({ pageText, referenceText }: StanceInput, pair: QuantityPair): boolean {
  return severityOf(pageText, pair.page) !== severityOf(referenceText, pair.reference);
}

/** Most words between two counts of one list ("two Turkish and two Armenian holidaymakers"). */
const LIST_GAP = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:and\s+|,\s*(?:and\s+)?)$|^\s+(?:[\p{L}'’-]+\s*)?,\s*$/u;

/**
 * The lists of plain counts a sentence enumerates, joined by "and" or commas ("five Britons, two Swiss and three
 * Germans"): each list's counts, in order, when it has two or more.
 */
function countLists(features: ClaimFeatures, text: string, ofKinds = false): Quantity[][] {
  const counts = features.quantities.filter((quantity) => quantity.unit === '' && quantity.predicate !== WHOLE);
  const lists: Quantity[][] = [];
  let list: Quantity[] = [];
  for (const quantity of counts) {
    const last = list.at(-1);
    // Parts of one group count one event and, unless asked for `ofKinds`, one kind ("two Dutch and three Danish
    // climbers died"), not "five killed and nine hurt" or "212 passengers and nine crew".
    const heads = new Set([...list, quantity].map((part) => part.head).filter((head) => head !== ''));
    if (
      last &&
      oneEvent(last.predicate, quantity.predicate) &&
      (ofKinds || heads.size <= 1) &&
      LIST_GAP.test(text.slice(last.end, quantity.start))
    ) {
      list.push(quantity);
    } else {
      if (list.length > 1) lists.push(list);
      list = [quantity];
    }
  }
  if (list.length > 1) lists.push(list);
  return lists.map((members) => withSingleLast(members, text));
}

/** After a list's last count, "and a Belgian", "and one Swiss": one more member, written without a figure. */
const SINGLE_LAST = /^\s+(?:[\p{L}'’-]+[\s,]+){0,3}?and\s+(?:a|an)\s+\p{Lu}/u;

/** The list with a member written "a" or "an" after its last count ("five Britons, two Swiss and a Belgian"). */
function withSingleLast(members: Quantity[], text: string): Quantity[] {
  const last = members[members.length - 1];
  if (!SINGLE_LAST.test(text.slice(last.end))) return members;
  return [...members, { ...last, text: 'a', value: 1, high: 1, qualifier: 'exact' }];
}

/** Two counts of a list count one event: the same, or some of an outcome's group beside that outcome. */
function oneEvent(a: string | undefined, b: string | undefined): boolean {
  // A later member whose verb went unread shares the list's ("made up of five Britons, two Swiss and ...").
  if (a === b || b === undefined) return true;
  return (a === PART && b !== undefined && isOutcome(b)) || (b === PART && a !== undefined && isOutcome(a));
}

/**
 * The lists (of counts of several kinds) whose every count the other side gives too ("three public universities and four
 * private institutions" / "seven institutions, three public and four private"): the other side's total is their
 * sum, its breakdown the same.
 */
function restated(lists: Quantity[][], other: ClaimFeatures): Quantity[][] {
  return lists.filter((list) =>
    list.every((member) => other.quantities.some((quantity) => compareValues(member, quantity) === 'agree')),
  );
}

/**
 * A count of a list of its side sums, with the rest of the list, to the other side's count: "two Turkish and two
 * Armenian holidaymakers" against "four foreign tourists" counts the same people by parts.
 */
function sumsTo(lists: readonly Quantity[][], part: Quantity, total: Quantity): boolean {
  const list = lists.find((candidate) => candidate.includes(part));
  if (!list) return false;
  const sum: Quantity = {
    ...part,
    value: list.reduce((value, quantity) => value + quantity.value, 0),
    high: list.reduce((high, quantity) => high + quantity.high, 0),
    qualifier: 'exact',
  };
  return compareValues(sum, total) === 'agree';
}

/** The page counts a part of an outcome's group (PART) that the reference's figures leave unpaired. */
function unpairedPart(page: ClaimFeatures, alignment: Alignment): boolean {
  // "The toll rose to 17 after three more of the injured died": a part after a paired total says how the total
  // grew; the total is the claim.
  const total = alignment.quantities.find(
    (pair) => pair.page.predicate !== undefined && isOutcome(pair.page.predicate),
  );
  return page.quantities.some(
    (quantity) =>
      quantity.predicate === PART &&
      !alignment.quantities.some((pair) => pair.page === quantity) &&
      !(total && total.page.start < quantity.start),
  );
}

/**
 * The page states a position (a wish, a request, a plan) that the reference words alike but that is for another
 * thing: nothing of what follows the page's position word ("a desire to defect to Ostland") meets the reference
 * ("a desire to remain in Westland", "no interest in the talks"). "Expressed a desire" shared is the frame of two
 * facts, not one fact, so neither a support nor a contradiction.
 */
function otherPosition({ page, reference, pageText, alignment }: StanceInput): boolean {
  const aligned = new Set(alignment.pairs.map(([i]) => i));
  // A position in a clause that only says which people are meant ("climbers who would rather not go back") is not
  // the one the sentence states; a passive one ("talks are planned") is about its subject, which came before.
  const stated = alignment.pairs.find(
    ([i, j]) =>
      isPositionWord(page.words[i]) &&
      !page.words[i].hypothetical &&
      !reference.words[j].hypothetical &&
      !passive(pageText, page.words[i]),
  );
  if (!stated) return false;
  const first = stated[0];
  const content = page.words
    .map((word, i) => ({ word, i }))
    .filter(({ word, i }) => i > first && !isPositionWord(word) && !word.attribution);
  return content.length > 0 && !content.some(({ i }) => aligned.has(i));
}

/** A form of "be" right before a word: "are planned", "was requested", "had been agreed". */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i;

/** The word, where it is written in the sentence, is a passive participle. */
function passive(text: string, word: FeatureWord): boolean {
  const at = word.text ? text.indexOf(word.text) : -1;
  return at > 0 && BE_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}

/** Shared words and quantities a verdict needs at least. */
const MIN_EVIDENCE = 3;
/**
 * Fewer shared things may agree, never differ, when the wording is nearly the reference's: the match threshold and
 * this margin (a score of 0.8 at the engine's threshold), at least two shared things.
 */
const CLOSE_COPY_MARGIN = 0.35;
const MIN_CLOSE_COPY_EVIDENCE = 2;
/**
 * Within one story, a telling count of the same outcome ("61 ... presumed dead" / "the death of 61") is the
 * fact itself: the pair of counts is enough, though the outcome word may be part of the count ("brought up 85
 * dead bodies") and no other word is shared.
 */
const MIN_EVIDENCE_IN_STORY = 1;

/**
 * The pair pins the story's running total: one outcome, counted with a number that tells. The outcome says
 * what is counted, so a count of two tells ("two survivors"); "one" does not (it is as often a pronoun).
 */
function pinsStoryCount(pair: QuantityPair): boolean {
  if (pair.page.unit === 'clock') return true;
  if (sameMeasure(pair)) return true;
  return isOutcome(pair.page.predicate) && countsOutcome(pair.page) && countsOutcome(pair.reference);
}

/** Units a measure of the story's own thing is given in (not a count, a date or a sum of money). */
const MEASURES = new Set(['km', 'km2', 'kg', 'percent']);

/**
 * The pair measures the same dimension of the story's thing, in a unit and with a figure that tells ("roughly 19
 * metres deep" / "about 19 metres deep"): as pinned as a count of its outcome, though the subject is only "it".
 */
function sameMeasure({ page, reference }: QuantityPair): boolean {
  if (page.unit !== reference.unit || page.head === '' || page.head !== reference.head) return false;
  return MEASURES.has(page.unit) && isTelling(page) && isTelling(reference);
}

/**
 * The pair gives the same count of the same named things, large enough to tell ("146 villages" / "146 villages"),
 * not of people in general, whom many of a story's counts count. It pins the fact only where the wording also
 * reaches the match threshold: sentences about other facts of the same things share their count too ("the 19
 * projects were river dikes").
 */
function sameCountedThings(pair: QuantityPair): boolean {
  const { page, reference } = pair;
  if (samePreciseFigureOfOneAct(page, reference)) return true;
  if (page.unit !== '' || reference.unit !== '' || page.head === '' || page.head !== reference.head) return false;
  return page.value >= TELLING_COUNT && page.value === reference.value && !GENERAL_PEOPLE_STEMS.has(page.head);
}

/** Least count of named things that tells a fact by its number within one story. */
const TELLING_COUNT = 10;

const countsOutcome = (quantity: Quantity): boolean => isTelling(quantity) || quantity.value >= 2;

/**
 * How far above the match threshold two sentences must align for a predicate worded apart to agree: news restates
 * an act in a phrasal verb the lexicon's frequent senses do not link to the verb it means ("brought in" / "hired",
 * "called on" / "urged"), while every other part of the claim is the reference's. Read off the pairs of 63 invented
 * stories' labelled pages (probes 31 to 39) that pass every other test of a paraphrase: from 0.25 down to 0.1 they
 * add 23 restatements, one pair labelled a contradiction and no pair of other facts; below, a pair of other facts
 * for every five restatements.
 */
const PARAPHRASE_MARGIN = 0.1;
/** Shared things a predicate worded apart needs: the same few words with another act are another fact. */
const MIN_PARAPHRASE_EVIDENCE = 4;
/**
 * A predicate worded apart in single verbs ("is expected" / "is forecast"): more of the claim must be the reference's
 * than for a phrasal verb, whose idiom explains why the lexicon links nothing (at the same margin).
 */
const MIN_SINGLE_VERB_EVIDENCE = 5;

/**
 * The page restates the reference's claim with its predicate worded apart: a verb phrase on one side, the rest
 * aligned nearly in full; or one figure as precise as a figure tells a fact, given alike on both sides (precisePair:
 * "1,340 people spent the night in shelters" / "1,340 had taken refuge in 47 shelters"), which ties two verbs the
 * lexicon does not link to one act whatever else each sentence adds. It may agree, never differ: two acts worded
 * apart on the same things may be opposite acts, which only an antonym the lexicon knows tells ("shut down" /
 * "opened").
 */
function paraphrasedPredicate(input: StanceInput, threshold: number): boolean {
  const { alignment, quoted } = input;
  if (quoted || alignment.predicateMatched || alignment.opposite !== undefined) return false;
  if (attemptedApart(input.page, input.reference, alignment.quantities)) return false;
  const sameSlots =
    figuresAgree(input.page, alignment) &&
    // A verb of the page's aside restated ("The captain, who escaped with light burns, was fined" / "The captain
    // escaped with light burns"): the reference restates the aside, and the page's predicate is its own act.
    !alignment.pairs.some(([i]) => input.page.words[i].aside === true) &&
    !opposedApart(input.page, input.reference, alignment) &&
    undoesApart(input.page, alignment, 0) === undoesApart(input.reference, alignment, 1);
  if (!sameSlots) return false;
  // Read off the labelled pages of 49 invented stories (probes 46 to 54 but the held-out 51): among their pairs that
  // reach the predicate test, a precise figure given alike joins 22 restatements and no pair of other facts; the
  // real reports of dev-real and jeju-air have no such pair there.
  if (alignment.quantities.some((pair) => precisePair(input, pair))) return true;
  return (
    alignment.score >= threshold + PARAPHRASE_MARGIN &&
    alignment.evidence >= MIN_PARAPHRASE_EVIDENCE &&
    (phrasalApart(input.page, alignment, 0) ||
      phrasalApart(input.reference, alignment, 1) ||
      (alignment.evidence >= MIN_SINGLE_VERB_EVIDENCE && onlyVerbsApart(input.page, alignment))) &&
    actsApart(input.page, alignment, 0) &&
    actsApart(input.reference, alignment, 1)
  );
}

/**
 * The pair gives one figure, as precise as a figure tells a fact: the same value of a unit ("up to €5,000", "3 per
 * cent"), or a count written to two significant digits or more ("340 residents", "1.3 million passengers"). Beside
 * wording that aligns in full, a figure that precise ties two verbs the lexicon does not link ("breach" / "break",
 * "served" / "handled") to one act.
 */
function precisePair(input: StanceInput, { page, reference, verdict }: QuantityPair): boolean {
  if (verdict !== 'agree' || page.unit !== reference.unit || TIMES_OF_DAY.has(page.unit)) return false;
  if (page.value !== reference.value || page.high !== reference.high) return false;
  if (yardstick(input.pageText, page) || yardstick(input.referenceText, reference)) return false;
  return page.unit !== '' || (isPrecise(page) && isPrecise(reference));
}

/**
 * A forecast, an estimate or a target right before the figure ("the average analyst forecast of 5.2 trillion won",
 * "analysts had expected"): a yardstick the fact is measured against, which "beat" and "fell short of" share.
 */
const YARDSTICK_BEFORE =
  /\b(?:forecasts?|estimates?|expectations?|targets?|consensus|guidance|goals?|projections?|expected|forecast|predicted|projected)\b[^.;:\d]{0,40}$/i;

/** The figure is a yardstick by the words right before it (YARDSTICK_BEFORE). */
const yardstick = (text: string, figure: Quantity): boolean =>
  YARDSTICK_BEFORE.test(text.slice(Math.max(0, figure.start - 60), figure.start));

/** Units that date rather than count: a shared day or hour is many facts' ("on March 3", "at 9 a.m."). */
const TIMES_OF_DAY = new Set(['clock', 'date', 'year']);

/**
 * Verbs that deny, undo or stop what their object is or does ("cleared two co-authors", "acquitted", "cancelled the
 * flights", "halted"), by stem: worded apart against a verb that is none of them, they may say the opposite of it
 * ("found two co-authors responsible" / "cleared two co-authors"); against another of them they restate it
 * ("withdrew its licence" / "revoked its licence").
 */
const UNDOING_STEMS = new Set([
  ...UNDO_AND_REJECT,
  ...'spare deny reject refuse dismiss rescind cancel axe halt stop suspend ban bar prevent withdraw pull strip remove cut lift call_off release free fire sack drop expel evict deport discharge lose withhold'
    .split(' ')
    .map(stemOf),
]);

/** The side states, with an unpaired verb, an act that denies or undoes its object. */
function undoesApart(features: ClaimFeatures, alignment: Alignment, side: 0 | 1): boolean {
  return features.words.some(
    (word, k) => word.verb === true && UNDOING_STEMS.has(word.stem) && unpaired(alignment, side, k),
  );
}

/**
 * Every word of the page but its verbs is paired: the page says what the reference says of the same things, in other
 * verbs ("heavy rain is expected across the region" / "is forecast"); not "paid the firm for work on the bridge" /
 * "hired the firm to inspect the bridge", where the work is the page's own.
 */
function onlyVerbsApart(page: ClaimFeatures, alignment: Alignment): boolean {
  return page.words.every((word, k) => word.verb === true || word.attribution === true || !unpaired(alignment, 0, k));
}

/** Whether word `k` of one side (0 page, 1 reference) is left out of the alignment's pairs. */
const unpaired = (alignment: Alignment, side: 0 | 1, k: number): boolean =>
  !alignment.pairs.some((pair) => pair[side] === k);

/**
 * A verb phrase of one side is left unpaired ("brought in", "set up", "called on"): an idiom the lexicon's frequent
 * senses do not link to the single verb it means ("hired", "installed", "urged").
 */
function phrasalApart(features: ClaimFeatures, alignment: Alignment, side: 0 | 1): boolean {
  return features.words.some(
    (word, k) => word.verb === true && word.stem.includes('_') && unpaired(alignment, side, k),
  );
}

/**
 * One side states an act of its own with an unpaired verb: not a light verb ("carrying"), nor one that only says
 * an event took place, which a noun names ("a bus accident happened" is not restated by "a bus caught fire").
 */
function actsApart(features: ClaimFeatures, alignment: Alignment, side: 0 | 1): boolean {
  return features.words.some(
    (word, k) =>
      word.verb === true &&
      !word.attribution &&
      !word.hypothetical &&
      !LIGHT_VERB_STEMS.has(word.stem) &&
      !EVENT_VERB_STEMS.has(word.stem) &&
      unpaired(alignment, side, k),
  );
}

/**
 * Every figure of the page is paired with an agreeing one of the reference: figures of acts worded apart are not
 * paired by their acts ("brought in 60 engineers" / "hired 40 engineers"), so a figure left over may conflict.
 */
function figuresAgree(page: ClaimFeatures, alignment: Alignment): boolean {
  const { quantities } = alignment;
  return (
    quantities.every((pair) => pair.verdict === 'agree') &&
    page.quantities.every((quantity) => quantities.some((pair) => pair.page === quantity))
  );
}

/**
 * A figure whose unit its side leaves out, against one of a unit it is not near ("for 12 billion" / "for 14 billion
 * pesos"): the page's figure is not the reference's, though the two were not compared as one figure.
 */
function elidedUnitConflict(quantity: Quantity, other: Quantity): boolean {
  return (
    quantity.unit !== other.unit &&
    unitOrElided(quantity, other) &&
    !farApart(quantity, other) &&
    compareValues(quantity, other) === 'conflict'
  );
}

/**
 * A figure of the page left unpaired against one of the reference, unpaired too, of the same measure that it does
 * not match: the figure the page states is not the one the reference states, so the rest of the wording cannot
 * vouch for the sentence. When the page's figures are all unpaired, any such figure tells ("a reward of 5,000
 * dollars" / "a reward of 20,000 dollars ... leading to an arrest", which the analysis could not pair by what they
 * count), a sum in another currency, or a count of another outcome ("230 treated for injuries" / "14 killed");
 * beside figures that pair, only one of the same thing by name ("measured 150 millimetres of rain in twelve hours" /
 * "recorded 250 millimetres of rain in 12 hours", the hours paired).
 */
function unconfirmedFigure(page: ClaimFeatures, reference: ClaimFeatures, alignment: Alignment): boolean {
  const unpaired = (features: ClaimFeatures, side: 'page' | 'reference') =>
    features.quantities.filter(
      (quantity) => quantity.predicate !== WHOLE && !alignment.quantities.some((pair) => pair[side] === quantity),
    );
  const figures = unpaired(page, 'page');
  if (figures.length === 0) return false;
  const others = unpaired(reference, 'reference');
  const allUnpaired = alignment.quantities.length === 0;
  const sameHead = (a: string, b: string) => sameHeadWord(a, b, page, reference);
  // A figure of the reference, its unit left out on one side, has the page figure's value ("9.2 billion pesos").
  const agreedElsewhere = (quantity: Quantity) =>
    reference.quantities.some((other) => unitOrElided(other, quantity) && compareValues(quantity, other) === 'agree');
  // The one time or day the page gives, unpaired, against the reference's unpaired ones, none of them the same:
  // the reference does not say it happened then, whatever else pairs ("from 6 pm" / "from 4 pm until 5 am").
  const ofUnit = (list: readonly Quantity[], unit: string) => list.filter((quantity) => quantity.unit === unit);
  const otherMoment = (quantity: Quantity, other: Quantity) =>
    MOMENTS.has(quantity.unit) &&
    other.unit === quantity.unit &&
    ofUnit(figures, quantity.unit).length === 1 &&
    ofUnit(others, quantity.unit).every((moment) => compareValues(quantity, moment) === 'conflict');
  return figures.some((quantity) =>
    others.some(
      (other) =>
        otherMoment(quantity, other) ||
        (other.per === quantity.per &&
          (allUnpaired || (quantity.head !== '' && other.head !== '' && sameHead(quantity.head, other.head))) &&
          (compareQuantities(quantity, other, { sameHead }) === 'conflict' ||
            // Figures far apart are not compared as one ("killed 1" / "killed 60"), nor vouched for either.
            (quantity.unit === other.unit &&
              quantity.head !== '' &&
              sameHead(quantity.head, other.head) &&
              farApart(quantity, other)) ||
            (elidedUnitConflict(quantity, other) && !agreedElsewhere(quantity)) ||
            otherCurrencies(quantity, other) ||
            (allUnpaired && (otherOutcomes(quantity, other) || otherMeasure(quantity, other))))),
    ),
  );
}

/**
 * Two measures of one unit that differ, where nothing pairs ("has risen to about 17 million euros" / "is expected to
 * cost about 12 million euros"), or two counts of one event ("lowered the age from 65 to 60" / "lowered the age to
 * 62 in the referendum"): whatever each was read to count, the reference does not give the page's figure.
 */
const otherMeasure = (quantity: Quantity, other: Quantity): boolean =>
  (quantity.unit !== '' || (quantity.predicate !== undefined && quantity.predicate === other.predicate)) &&
  !MOMENTS.has(quantity.unit) &&
  quantity.unit === other.unit &&
  compareValues(quantity, other) === 'conflict';

/** Units of a moment: a day of the year, a time of day. */
const MOMENTS = new Set(['date', 'clock']);

/** All of a group against some of it ("all 45" / "41 of the 45"), as allAgainstPart finds them. */
type AllAndPart = { all: Quantity; part: Quantity; sameAct: boolean; pageAll: boolean };

/**
 * All of a group against some of it for the same act, told on one day: a difference of figures ("all 45" / "41").
 * Told on two days, all may since have come to pass: no difference, and no agreement either.
 */
function allOrSome(found: AllAndPart | undefined, { published }: StanceInput): Difference[] {
  if (!found?.sameAct || (published && published.page !== published.reference)) return [];
  const all = `all ${found.all.text}`;
  return [
    found.pageAll
      ? { kind: 'number', page: all, reference: found.part.text }
      : { kind: 'number', page: found.part.text, reference: all },
  ];
}

/** "All" right before a figure: "all 45 municipalities", "all of the six members". */
const ALL_BEFORE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i;
/** Words by which a sentence tells what befell the rest of a group ("7 of the 20 were freed, and the rest later"). */
const THE_REST = /\b(?:the\s+(?:rest|remaining|others?)|all\s+the\s+others)\b/i;

/**
 * A figure one side gives as all of a group ("in all 45 of the canton's municipalities") where the other gives some of
 * the same group of that size ("in 41 of the canton's 45 municipalities"), and says nothing of the rest: the pair of
 * the part with the "all", whether the two tell the same act of it (same predicate) or not.
 */
function allAgainstPart({ page, reference, pageText, referenceText }: StanceInput): AllAndPart | undefined {
  const sides = [
    { features: page, text: pageText, other: reference, otherText: referenceText, pageAll: true },
    { features: reference, text: referenceText, other: page, otherText: pageText, pageAll: false },
  ];
  for (const { features, text, other, otherText, pageAll } of sides) {
    for (const all of features.quantities) {
      if (all.unit !== '' || all.head === '' || !ALL_BEFORE.test(text.slice(Math.max(0, all.start - 15), all.start))) {
        continue;
      }
      if (THE_REST.test(otherText)) continue;
      const whole = other.quantities.find(
        (quantity) => quantity.predicate === WHOLE && quantity.head === all.head && quantity.value === all.value,
      );
      if (!whole) continue;
      const part = other.quantities.find(
        (quantity) =>
          quantity !== whole && quantity.unit === '' && quantity.head === all.head && quantity.high < whole.value,
      );
      if (part) return { all, part, sameAct: all.predicate !== undefined && all.predicate === part.predicate, pageAll };
    }
  }
  return undefined;
}

/**
 * Counts of two outcomes that differ ("230 treated for injuries" / "14 killed"): the page's count is not the
 * reference's. The same count read as two outcomes ("captured two soldiers wounded" / "two soldiers captured") is one.
 */
const otherOutcomes = (a: Quantity, b: Quantity): boolean =>
  isOutcome(a.predicate) && isOutcome(b.predicate) && a.predicate !== b.predicate && compareValues(a, b) === 'conflict';

/** Two sums in different currencies ("34 billion US dollars" / "24 trillion won"): neither confirms the other. */
const otherCurrencies = (a: Quantity, b: Quantity): boolean =>
  a.unit !== b.unit && MONEY_UNITS.has(a.unit) && MONEY_UNITS.has(b.unit);

/** Stem pairs of WordNet's antonyms ("accept|reject" and "reject|accept"), built on first use. */
let opposedStems: Set<string> | undefined;

/** The stem a sentence's word of this lemma has: a phrase's words are stemmed one by one ("shut_down"). */
const lemmaStem = (lemma: string): string => lemma.split('_').map(stemOf).join('_');

/** Verbs of doing an act again, by stem, opposed as the act is ("reopen" / "close"). */
const DONE_AGAIN = new Set(['reopen', 'restart', 'resum', 'rejoin', 'reinstat', 'reconnect']);

/** The two stems are WordNet antonyms in some sense ("accept" / "reject", "open" / "shut_down"). */
function opposedStemPair(a: string, b: string): boolean {
  if (!opposedStems) {
    opposedStems = new Set();
    for (const [x, y] of oppositeLemmaPairs()) {
      const [sx, sy] = [lemmaStem(x), lemmaStem(y)];
      opposedStems.add(`${sx}|${sy}`).add(`${sy}|${sx}`);
    }
  }
  // "Reopen" / "close": an act done again is opposed as the act is.
  const again = (stem: string) => (DONE_AGAIN.has(stem) ? stem.slice(2) : stem);
  return opposedStems.has(`${a}|${b}`) || opposedStems.has(`${again(a)}|${again(b)}`);
}

/**
 * A word the alignment left unpaired on the page is an antonym of one left unpaired in the reference ("shut down
 * the ward" / "opened the ward"): the acts worded apart are opposite acts.
 */
function opposedApart(page: ClaimFeatures, reference: ClaimFeatures, alignment: Alignment): boolean {
  const referenceWords = reference.words.filter((_, k) => unpaired(alignment, 1, k));
  return page.words.some(
    (word, k) => unpaired(alignment, 0, k) && referenceWords.some((other) => opposedStemPair(word.stem, other.stem)),
  );
}

/**
 * The same slot with opposite values: the same verb on both sides, aligned, with antonym complements left unpaired
 * ("schools stayed open" / "schools will stay closed"), or antonyms left unpaired right beside the same aligned
 * thing ("a 29-year-old man" / "a 29-year-old woman"). Opposite verbs of two actors ("the hosts won", "the visitors
 * lost") are no such pair.
 */
function oppositeComplements({ page, reference, alignment }: StanceInput): Difference[] {
  const out: Difference[] = [];
  const opposed = (k: number, l: number, verbs: boolean) => {
    const [a, b] = [page.words[k], reference.words[l]];
    if (!a || !b || !unpaired(alignment, 0, k) || !unpaired(alignment, 1, l)) return;
    // Names are who or where, not a value ("North Korean" / "South Korean" are two peoples, not opposites).
    if ((!verbs && (a.verb || b.verb)) || a.proper || b.proper) return;
    const [page_, reference_] = [asWritten(a), asWritten(b)];
    const seen = out.some((difference) => difference.page === page_ && difference.reference === reference_);
    if (!seen && opposedStemPair(a.stem, b.stem)) out.push({ kind: 'polarity', page: page_, reference: reference_ });
  };
  for (const [i, j] of alignment.pairs) {
    const [wordA, wordB] = [page.words[i], reference.words[j]];
    if (wordA.negated || wordB.negated) continue;
    if (wordA.verb && wordB.verb && wordA.stem === wordB.stem) opposed(i + 1, j + 1, true);
    // "the left engine" / "the right engine", "a 29-year-old man" / "a 29-year-old woman": the same thing with
    // opposite words on the same side of it (not verbs: "the hosts won" / "the visitors lost" are one event).
    if (!wordA.verb && !wordB.verb) {
      opposed(i - 1, j - 1, false);
      opposed(i + 1, j + 1, false);
    }
  }
  return out;
}

/**
 * Where a sentence's clauses meet, for telling which clause a word is in: before a conjunction after a comma or
 * semicolon, at a semicolon or a spaced dash, and before "and that" ("said X was the cause and that its mains showed
 * no fault").
 */
const CLAUSE_BOUNDARY = /[,;]\s+(?=(?:and|but|while|whereas)\b)|;\s+|\s+[—–]\s+|\s+and\s+(?=that\b)/g;

/** Index of the clause each word of the features falls in, finding the words in order in the sentence. */
function wordClauses(text: string, features: ClaimFeatures): number[] {
  const boundaries = [...text.matchAll(CLAUSE_BOUNDARY)].map((match) => match.index ?? 0);
  const lower = text.toLowerCase();
  let cursor = 0;
  return features.words.map((word) => {
    const written = (word.text ?? word.stem).toLowerCase().split(/[\s_]/)[0];
    const at = lower.indexOf(written, cursor);
    if (at >= 0) cursor = at + written.length;
    const position = at >= 0 ? at : cursor;
    return boundaries.filter((boundary) => boundary < position).length;
  });
}

/** Aligned pairs a clause needs with another clause of the other side to be the one it restates. */
const CLAUSE_MARGIN = 2;

/** What ends the stretch of a clause after its verb: a clause break or a conjunction that starts another. */
const CLAUSE_AFTER_END = /[,;:\u2013\u2014]|\s(?:and|but|while|whereas|although|though)\s/u;

/** The day a word's act is given in its own clause, after it ("will reopen on Monday"), when it says one. */
function dayAfterWord(text: string, word: FeatureWord, published: string): DateSpan | undefined {
  const written = (word.text ?? '').split(' ')[0];
  const at = written ? firstWholeWordFrom(text, written, 0) : -1;
  if (at < 0) return undefined;
  const rest = text.slice(at);
  const end = rest.search(CLAUSE_AFTER_END);
  const time = sentenceTime(end < 0 ? rest : rest.slice(0, end), published);
  return time.own ? time.when : undefined;
}

/**
 * A verb that reads a level at a moment: a progressive of a price ("were charging", "is trading", "were selling at")
 * or a verb of where it stands ("traded at", "stood at"); not a sale done ("sold for $2 million on Tuesday").
 */
const READING_VERB =
  /\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:charging|selling\s+at|trading|asking|fetching|hovering)|(?:traded|trades|stood|stands)\s+at)\b/i;

/** Most days before its report a reading of a level may be and still be the report's own reading. */
const READING_DAYS = 2;

/**
 * Each side reads a level (READING_VERB) on its own report's day or just before it, and the reports are of different
 * days: the two days the sentences give are each its own reading's, not one fact's two dates.
 */
function readingsOfTheirDays(input: StanceInput): boolean {
  if (!input.published || !READING_VERB.test(input.pageText) || !READING_VERB.test(input.referenceText)) return false;
  const { page, reference } = timesOf(input);
  const pageReport = dateSpan(input.published.page);
  const referenceReport = dateSpan(input.published.reference);
  const ofItsReport = (time: SentenceTime, report: DateSpan | undefined) => {
    if (time.when === undefined || report === undefined) return false;
    const daysBefore = report.first - time.when.first;
    return daysBefore >= 0 && daysBefore <= READING_DAYS;
  };
  return (
    ofItsReport(page, pageReport) &&
    ofItsReport(reference, referenceReport) &&
    pageReport!.first !== referenceReport!.first
  );
}

/**
 * Each side of a flip gives its act a day of its own in the act's clause, and the two days differ: the act was
 * denied on one day and done on another, which both sides may report truly.
 */
function onOtherDays(input: StanceInput, [i, j]: readonly [number, number]): boolean {
  if (!input.published) return false;
  const page = dayAfterWord(input.pageText, input.page.words[i], input.published.page);
  const reference = dayAfterWord(input.referenceText, input.reference.words[j], input.published.reference);
  return page !== undefined && reference !== undefined && (page.last < reference.first || reference.last < page.first);
}

/**
 * The flip's two words stand in clauses that restate other clauses: the page word's clause shares nothing but the
 * flipped word with the reference word's clause, and CLAUSE_MARGIN aligned words with another ("blames a
 * leaking cooker connection, and says its pipes were sound" / "a leaking connection was the cause and its mains
 * showed no fault": "blames" and "no fault" are in clauses about different things).
 */
function acrossClauses(
  { page, reference, pageText, referenceText, alignment }: StanceInput,
  [i, j]: readonly [number, number],
): boolean {
  const pageClauses = wordClauses(pageText, page);
  const referenceClauses = wordClauses(referenceText, reference);
  // A side of one clause restates every clause of the other: only two sentences of several clauses each can pair
  // their clauses apart.
  if (pageClauses.every((clause) => clause === 0) || referenceClauses.every((clause) => clause === 0)) return false;
  const swapped = alignment.pairs.map(([k, l]) => [l, k] as const);
  return (
    restatesAnotherClause(pageClauses, referenceClauses, alignment.pairs, i, j) ||
    restatesAnotherClause(referenceClauses, pageClauses, swapped, j, i)
  );
}

/**
 * The clause of word `from` (of one side) shares only that word with the clause of its counterpart `to` (of the
 * other side), and CLAUSE_MARGIN aligned words or more with another clause of that side. `pairs` run from the
 * first side to the other.
 */
function restatesAnotherClause(
  fromClauses: readonly number[],
  toClauses: readonly number[],
  pairs: readonly (readonly [number, number])[],
  from: number,
  to: number,
): boolean {
  const shared = new Map<number, number>();
  for (const [k, l] of pairs) {
    if (fromClauses[k] === fromClauses[from]) shared.set(toClauses[l], (shared.get(toClauses[l]) ?? 0) + 1);
  }
  if ((shared.get(toClauses[to]) ?? 0) > 1) return false;
  for (const [clause, count] of shared) if (clause !== toClauses[to] && count >= CLAUSE_MARGIN) return true;
  return false;
}

/**
 * Decides the stance of one reference claim towards the page sentence it matched. The two sentences state the
 * same fact when their wording overlaps to `threshold`, or, from the lower `anchoredThreshold`, when a
 * quantity pins the fact down (Alignment.anchored: "61 killed" / "the death of 61 people"). A contradiction
 * needs the same fact: on a pinned fact, the difference must be in that fact's own number.
 */
export function decideStance(input: StanceInput, threshold: number, anchoredThreshold = threshold): StanceResult {
  const { alignment } = input;
  // A verdict needs the same predicate and at least three shared things: two common words in common
  // ("exhibition" ~ "highlighted", "work") make a topical likeness, not the same claim.
  const storyCount =
    input.sameStory === true &&
    (alignment.anchored.some(pinsStoryCount) ||
      (alignment.score >= threshold && alignment.anchored.some(sameCountedThings)));
  const minimum = storyCount ? MIN_EVIDENCE_IN_STORY : MIN_EVIDENCE;
  const quoted = input.quoted === true;
  // Each condition below leaves the pair related; the score is read first, the predicate and the actors (worked
  // out when read) last.
  const worded = quoted || alignment.score >= threshold;
  const pinned = alignment.score >= anchoredThreshold && alignment.anchored.length > 0;
  if (!worded && !pinned && !storyCount) return { stance: 'related', differences: [] };
  // Two shared things worded nearly word for word ("local officials said some residents had refused to leave" /
  // "some residents refused to leave their homes, local officials said") may agree; a difference between them needs
  // the evidence a contradiction needs.
  const scant = !quoted && alignment.evidence < minimum;
  const closeCopy =
    scant && alignment.evidence >= MIN_CLOSE_COPY_EVIDENCE && alignment.score >= threshold + CLOSE_COPY_MARGIN;
  if (scant && !closeCopy) return { stance: 'related', differences: [] };
  // A count of some of an outcome's group ("three of those killed were children") is what the page claims: a
  // reference that does not count that part says nothing of it, though it gives the toll.
  if (unpairedPart(input.page, alignment)) return { stance: 'related', differences: [] };
  const paraphrased = paraphrasedPredicate(input, threshold);
  if (!quoted && !alignment.predicateMatched && !paraphrased) return { stance: 'related', differences: [] };
  // Another actor doing the same thing is another fact ("the Bank of England held its rate" / "the Bank of
  // Canada held its rate"): no verdict, neither green nor red.
  if (alignment.otherActors || otherPerson(input) || otherPlace(input)) return { stance: 'related', differences: [] };
  // Figures of two kinds of one thing ("lending rates" / "the policy rate") are two facts, when only the figure, not
  // the wording, ties them ("fishing companies" / "member companies" of one association are the same ones).
  if (!worded && alignment.quantities.some((pair) => pair.verdict === 'conflict' && otherKindsOfHead(input, pair))) {
    return { stance: 'related', differences: [] };
  }
  // "Seven passengers were seriously injured" / "27 were injured": a count of those hurt one way is a part of those
  // hurt, not another count of them.
  if (alignment.quantities.some((pair) => pair.verdict === 'conflict' && severityApart(input, pair))) {
    return { stance: 'related', differences: [] };
  }
  // "Across the rest of the civil service, pay will go up by ten percent" / "teachers' pay will rise by 13.5
  // percent": the rest of a group, apart from what the other side counts, is another group's figure.
  if (alignment.quantities.some((pair) => pair.verdict === 'conflict' && restOfApart(input, pair))) {
    return { stance: 'related', differences: [] };
  }
  // Two parts of a group split at a threshold ("more than 300 kilowatt-hours" / "under 300") are two groups.
  if (alignment.quantities.some(splitAtThreshold)) return { stance: 'related', differences: [] };
  if (alignment.quantities.some((pair) => pair.verdict === 'conflict' && complementShares(input, pair))) {
    return { stance: 'related', differences: [] };
  }
  if (otherPosition(input)) return { stance: 'related', differences: [] };
  if (disputesReportedPosition(input)) return { stance: 'related', differences: [] };
  // A fact the sentence's own words place in another period ("the season before", "a year earlier", "in 2019")
  // is another fact, whatever its figures: neither red nor green (time/period.ts).
  if (
    input.published &&
    (otherPeriod(input.pageText, input.published.page, input.referenceText, input.published.reference) ||
      yearsApart(timesOf(input), input.published))
  ) {
    return { stance: 'related', differences: [] };
  }
  const allFlips = polarityFlips(input);
  // "Has been ordered to publish its maps" / "failed to publish its maps": what one is ordered to do is not said
  // done, so it is not said undone either: no verdict.
  if (allFlips.some((flip) => directedFlip(input, flip))) return { stance: 'related', differences: [] };
  // A position one side reports rejected is a dispute: against the plain fact it is no verdict either way.
  const dispute = disputedFlips(input, allFlips);
  if (dispute === 'stated') return { stance: 'related', differences: [] };
  const kept = (dispute === 'reported' ? allFlips.filter((flip) => !isDisputed(input, flip)) : allFlips).filter(
    (flip) =>
      !widerScope(input, flip) &&
      !rejectedProposal(input, flip) &&
      !wantedOnBothSides(input, flip) &&
      !subjectOfDenial(input, flip) &&
      !objectDeniedOnBoth(input, flip),
  );
  // A word denied in one clause and asserted in a clause of the other side that restates another clause is no
  // denial of it: neither a contradiction nor an agreement.
  // Nor is an act denied on one day and done on another ("will not open tomorrow" / "will reopen on Monday").
  const flips = kept.filter((flip) => !acrossClauses(input, flip) && !onOtherDays(input, flip));
  const group = allAgainstPart(input);
  const differences = [
    ...quantityDifferences(input),
    ...flips.map((flip) => polarityDifference(input, flip)),
    ...(alignment.opposite && changesMoveOneMeasure(input)
      ? [{ kind: 'polarity' as const, page: alignment.opposite[0], reference: alignment.opposite[1] }]
      : []),
    ...dateDifferences(
      input.page,
      input.reference,
      { page: input.pageText, reference: input.referenceText },
      alignment.quantities.some((pair) => pair.verdict === 'agree'),
      alignment.pairs,
    ),
    ...effectDifferences(input),
    ...rankDifferences(input),
    ...oppositeComplements(input),
    ...allOrSome(group, input),
  ];
  if (differences.length === 0 && flips.length < kept.length) return { stance: 'related', differences: [] };
  if (differences.length === 0) {
    // The page's own figure against another of the reference's, unpaired: not a restatement to vouch for.
    if (unconfirmedFigure(input.page, input.reference, alignment) || group) {
      return { stance: 'related', differences: [] };
    }
    if (alignment.quantities.some((pair) => wholesApart(input, pair))) return { stance: 'related', differences: [] };
    const grown = input.published && !paraphrased ? boundedGrowth(input) : undefined;
    return grown ?? { stance: 'supports', differences };
  }
  if (paraphrased || closeCopy) return { stance: 'related', differences: [] };
  // "Power was back for 71 percent of customers" / "200,000 customers were still without power": each side counts
  // its own part (figures the alignment cannot pair), so a word asserted on one and denied on the other splits a
  // whole between the two; it does not deny one by the other.
  if (differences.every((difference) => difference.kind === 'polarity') && partsOfAWhole(input))
    return { stance: 'related', differences: [] };
  // "No dead birds have been found at neighbouring Lake Shalla" / "the first dead birds were found on January 12": a
  // denial limited to a place the other side does not name denies nothing it says.
  if (
    differences.every((difference) => difference.kind === 'polarity') &&
    flips.length > 0 &&
    flips.every((flip) => deniedElsewhere(input, flip))
  )
    return { stance: 'related', differences: [] };
  // A figure given for another month ("about 1.9% in September" / "2.3% in August") is the figure of another period,
  // not the same one in dispute (a day apart may be the same event's count, told a day later: see updateFor).
  if (
    differences.some(
      (difference) =>
        difference.kind === 'date' && MONTHS_ONLY.test(difference.page) && MONTHS_ONLY.test(difference.reference),
    ) &&
    differences.some((difference) => difference.kind === 'number') &&
    differences.every((difference) => difference.kind === 'number' || difference.kind === 'date')
  )
    return { stance: 'related', differences: [] };
  // Two readings of a level, each of its own report's day ("were charging 2,000 naira on Thursday" / "were charging
  // 1,500 on Tuesday"): days that differ are two days' readings, not one fact's two dates.
  if (differences.every((difference) => difference.kind === 'date') && readingsOfTheirDays(input))
    return { stance: 'related', differences: [] };
  // Without the wording, only the number that pins the fact can contradict it: a conflicting count of the
  // story's outcome ("at least 120 killed" / "the death of 179") or of a pinned fact; a negation or a date
  // needs the wording.
  // Subjects that may be two things ("the Boeing 737" / "a Velo Air flight") can agree, not differ.
  if (alignment.unsureActor) return { stance: 'related', differences: [] };
  if (worded || ((pinned || storyCount) && alignment.anchored.some((pair) => pair.verdict === 'conflict'))) {
    const negated = negatedWords(input, flips);
    const time = input.published && updateFor(input, differences, negated);
    if (time) return { stance: 'updates', differences, time };
    // "Seven are still being treated" beside "31 were injured": some of the total, still in that state.
    const conflicts = timedConflicts(input);
    if (conflicts.length > 0 && input.published && stateWithinTotal(conflicts, timesOf(input, true))) {
      return { stance: 'related', differences: [] };
    }
    // A figure the page dates to a year the reference does not give may be another event's ("the 2009 fire
    // killed 90"): a difference is not shown as a contradiction.
    if (alignment.otherYear) return { stance: 'related', differences: [] };
    if (differences.every((difference) => difference.kind === 'number') && earlierEventOfReference(input)) {
      return { stance: 'related', differences: [] };
    }
    if (input.published && reportsYearsApart(timesOf(input), input.published)) {
      return { stance: 'related', differences: [] };
    }
    // A date one side says was moved, and time cannot tell which report is newer: a change of plan, not a mistake.
    if (
      differences.every((difference) => difference.kind === 'date') &&
      toldRescheduled(
        { page: input.pageText, reference: input.referenceText },
        input.published && { page: dateSpan(input.published.page), reference: dateSpan(input.published.reference) },
      )
    ) {
      return { stance: 'related', differences: [] };
    }
    // "It won 31 seats" against "the Green Forum won 10 seats": who "it" is, only the sentences before say.
    if (pronounAgainstName(input)) return { stance: 'related', differences: [] };
    // "More than 9 tonnes have been seized since January" / "the navy seized 2.1 tonnes": a total over a period
    // holds the one event's figure.
    if (differences.every((difference) => difference.kind === 'number') && periodTotalHoldsEvent(input)) {
      return { stance: 'related', differences: [] };
    }
    const undated = input.published && undatedFor(input, differences, negated);
    return undated ? { stance: 'contradicts', differences, undated } : { stance: 'contradicts', differences };
  }
  return { stance: 'related', differences: [] };
}

/**
 * The reference dates its figure to an earlier event of its own ("the last outbreak, in 2012, killed more than 130",
 * referenceDatesEarlierEvent) that the page does not speak of: no year of the page's, and no words of an earlier
 * time ("the last strike, four years ago, lasted nine days" still differs from "in 2021, lasted 11 days"). The page's
 * own year unpaired is Alignment.otherYear.
 */
function earlierEventOfReference({ page, reference, alignment, published, pageText, referenceText }: StanceInput) {
  if (!published || page.quantities.some((quantity) => quantity.unit === 'year') || speaksOfEarlierTime(pageText)) {
    return false;
  }
  const years = reference.quantities.filter(
    (quantity) => quantity.unit === 'year' && !alignment.quantities.some((pair) => pair.reference === quantity),
  );
  return referenceDatesEarlierEvent(referenceText, years, published.reference);
}

/**
 * One side counts a total over a period (countsOverPeriod) the other does not speak of, at least as large as the
 * other's figure in every pair that differs: the period's total holds that one event ("more than 9 tonnes have been
 * seized since January" / "seized 2.1 tonnes" in one raid).
 */
function periodTotalHoldsEvent({ pageText, referenceText, alignment }: StanceInput): boolean {
  const pageTotal = countsOverPeriod(pageText);
  if (pageTotal === countsOverPeriod(referenceText)) return false;
  const conflicts = alignment.quantities.filter((pair) => pair.verdict === 'conflict');
  return (
    conflicts.length > 0 &&
    conflicts.every((pair) =>
      pageTotal ? pair.page.high >= pair.reference.high : pair.reference.high >= pair.page.high,
    )
  );
}

/**
 * A sentence whose subject is a bare pronoun before a verb of its own: "It won 31 seats", "She finished second" (not
 * "It is the first time that ...", "It was the second spill": "it" before a form of "be" may stand for nothing).
 */
const PRONOUN_SUBJECT =
  /^\W*(?:it|he|she|they)\s+(?!(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|may\s+be|could\s+be|might\s+be)\b)/i;

/**
 * One side's subject is a bare pronoun and the other's is a name ("It won 31 seats" / "The Green Forum won 10
 * seats"): the pronoun may stand for another actor, so a difference is no contradiction.
 */
function pronounAgainstName({ page, reference, pageText, referenceText }: StanceInput): boolean {
  const pagePronoun = PRONOUN_SUBJECT.test(pageText);
  if (pagePronoun === PRONOUN_SUBJECT.test(referenceText)) return false;
  // The other sentence opens with a name: "The Green Forum won", "Resnik conceded" (a month or a day says when).
  const first = (pagePronoun ? reference : page).words.find(
    (word) => !CALENDAR_WORDS.has(word.text?.toLowerCase() ?? ''),
  );
  return first?.proper === true && !first.attribution;
}

/** Words before a verb of change, and after it, read for what it moves. */
const MEASURE_REACH = 4;
/** Words that open a clause of their own before a verb's subject ("after drought cut the harvest"). */
const CLAUSE_OPENERS = 'after|before|when|while|because|as|until|since|although|though|if|whereas';
/** What ends the stretch of words a verb of change moves: a clause break, or a word that starts another clause. */
const MEASURE_BREAK = new RegExp(String.raw`[,;:\u2013\u2014]|\b(?:${CLAUSE_OPENERS}|which|who|that|and|but)\b`);

/** Where each word of the features is written in the (lower-cased) sentence, finding them in order: [start, end]. */
function wordSpans(lower: string, features: ClaimFeatures): ([number, number] | undefined)[] {
  let cursor = 0;
  return features.words.map((word) => {
    const written = (word.text ?? '').toLowerCase();
    const at = written ? lower.indexOf(written, cursor) : -1;
    if (at < 0) return undefined;
    cursor = at + written.length;
    return [at, cursor];
  });
}

/** A word opening the clause a verb's subject starts after ("after drought cut the harvest"). */
const CLAUSE_OPENER = new RegExp(String.raw`\b(?:${CLAUSE_OPENERS})\s*$`);

/**
 * The words a verb of change may move, as indices of the sentence's words: before it (its subject: "monthly
 * inflation" of "monthly inflation in Argentina eased", "the tax threshold" of "the tax threshold is being lowered")
 * and after it (its object: "the rate" of "cut the rate"), within its clause; no names, places or dates among them,
 * but for a name right before the verb. `read`: the subject was read whole, back to the sentence's start, to a word
 * opening its clause or to as many words as are read; an aside ("Unemployment, which peaked last year, fell"), a
 * list ("prices of rice, wheat and maize rose") or another verb stops it short.
 */
function measuredBy(
  features: ClaimFeatures,
  text: string,
  verb: number,
): { before: number[]; after: number[]; read: boolean } {
  const lower = text.toLowerCase();
  const spans = wordSpans(lower, features);
  const plain = (word: FeatureWord) =>
    !word.proper && !word.locative && !word.attribution && !CALENDAR_WORDS.has(word.text?.toLowerCase() ?? '');
  const between = (k: number, l: number) => {
    const [a, b] = [spans[k], spans[l]];
    return a === undefined || b === undefined ? undefined : lower.slice(a[1], b[0]);
  };
  // The words between two words, apart: a clause break or a word starting another clause lies between.
  const apart = (k: number, l: number) => {
    const gap = between(k, l);
    return gap === undefined || MEASURE_BREAK.test(gap);
  };
  const before: number[] = [];
  let read = true;
  for (let k = verb - 1; k >= 0 && before.length < MEASURE_REACH; k -= 1) {
    if (features.words[k].verb || apart(k, k + 1)) {
      read = CLAUSE_OPENER.test(between(k, k + 1) ?? '');
      break;
    }
    // A name right before the verb is its subject ("Calder Motors cut 1,500 jobs").
    const subject = k === verb - 1 && features.words[k].proper && !features.words[k].locative;
    if (plain(features.words[k]) || subject) before.push(k);
  }
  const after: number[] = [];
  for (let k = verb + 1; k < features.words.length && after.length < MEASURE_REACH; k += 1) {
    if (features.words[k].verb || apart(k - 1, k)) break;
    if (plain(features.words[k])) after.push(k);
  }
  return { before, after, read };
}

/**
 * Two verbs of change moving opposite ways move one measure: a word each moves is aligned with the other's
 * ("exports rose" / "exports fell", "cut the rate" / "raised the rate", "the threshold is being lowered" / "raises
 * the threshold"). "Inflation eased" and "prices rose", "lifted the duty" and "after drought cut the harvest" move
 * other things. A change a figure states ("up 8%") has no word of its own: it moves the sentence's measure; so does a
 * verb whose subject was not read whole (see measuredBy): nothing tells the measures apart.
 */
function changesMoveOneMeasure({ page, reference, pageText, referenceText, alignment }: StanceInput): boolean {
  const changes = changesOf(page, reference);
  if (!changes || changes[0].word < 0 || changes[1].word < 0) return true;
  // "The bus fell 200 metres into the gorge", "the ferry sank in the river": a thing moved through space, no measure.
  if (
    movesThroughSpace(page, pageText, changes[0].word) ||
    movesThroughSpace(reference, referenceText, changes[1].word)
  )
    return false;
  const onPage = measuredBy(page, pageText, changes[0].word);
  const inReference = measuredBy(reference, referenceText, changes[1].word);
  if (!onPage.read || !inReference.read) return true;
  const moved = (side: { before: number[]; after: number[] }, k: number) =>
    side.before.includes(k) || side.after.includes(k);
  return alignment.pairs.some(([i, j]) => moved(onPage, i) && moved(inReference, j));
}

/** Places a thing can fall or sink into: a gorge, a river, the sea. */
const PHYSICAL_PLACES = String.raw`(?:gorge|ravine|canyon|river|sea|ocean|lake|water|waters|bay|harbour|harbor|channel|estuary|ditch|valley|cliff|bridge|embankment|abyss|shaft|pit)\b`;

/** Verbs by which a thing falls or sinks through space ("the bus fell", "the ferry sank", "plunged"). */
const FALLING_VERBS =
  /^(?:fell|falls?|fallen|plunged?|plunges|sank|sinks?|sunk|capsized?|tumbled?|toppled?|crashed|veered|careered|slid|skidded)$/i;

/**
 * What follows a verb of falling when a thing moves through space: a distance, or "into", "onto", "off", "down" or
 * "to the bottom of" a gorge, a river, the sea ("fell about 200 metres into the gorge", "plunged off a bridge into
 * the river"); a vessel that sank or capsized "in" a river or the sea. Not a measure's fall ("fell off sharply",
 * "sank into recession", "fell in the river's pollution readings").
 */
const THROUGH_SPACE = new RegExp(
  String.raw`^\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:[\d.,]+\s*(?:metres|meters|m|feet|ft|yards)\b|(?:into|onto|off|down|to\s+the\s+bottom\s+of)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${PHYSICAL_PLACES})`,
  'iu',
);
/** A vessel gone down in a body of water: "sank in the Velk river", "capsized in the bay". */
const SANK_IN = new RegExp(String.raw`^\s+(?:in|off)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${PHYSICAL_PLACES}`, 'iu');

/**
 * The change word at `verb` (a word index) is a verb of falling that moves a thing through space (THROUGH_SPACE, or
 * SANK_IN after "sank" or "capsized"), found at its own place in the sentence.
 */
function movesThroughSpace(features: ClaimFeatures, text: string, verb: number): boolean {
  const written = features.words[verb]?.text;
  if (!written || !FALLING_VERBS.test(written)) return false;
  const at = writtenAt(features, text.toLowerCase(), verb);
  if (at < 0) return false;
  const after = text.slice(at + written.length);
  return THROUGH_SPACE.test(after) || (/^(?:sank|sunk|sinks?|capsized?)$/i.test(written) && SANK_IN.test(after));
}

/** Where word `n` of the features is written in `lower` (the sentence lower-cased): its own occurrence, counting repeats. */
function writtenAt(features: ClaimFeatures, lower: string, n: number): number {
  const written = (features.words[n]?.text ?? '').toLowerCase();
  if (!written) return -1;
  let repeats = 0;
  for (let k = 0; k < n; k += 1) if ((features.words[k].text ?? '').toLowerCase() === written) repeats += 1;
  let at = -1;
  for (let r = 0; r <= repeats; r += 1) {
    at = firstWholeWordFrom(lower, written, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** A date difference in month names only ("september" / "august"), as dateDifferences writes them. */
const MONTHS_ONLY = new RegExp(`^(?:${MONTH_NAMES.join('|')})(?:, (?:${MONTH_NAMES.join('|')}))*$`);

/** What starts another clause between two words: a comma, a semicolon or dash, or a conjunction of contrast. */
const ANOTHER_CLAUSE = /[,;:\u2013\u2014]|\b(?:but|while|whereas|although|though)\b/;

/**
 * The negated side of a flip limits its denial to a place, in the denial's own clause after the denied word ("no
 * dead birds have been found at neighbouring Lake Shalla"; not "would not call a strike but would hold a rally in
 * Phnom Penh"), that the other side does not name, and the other side names no place or name of its own, which
 * might lie within it ("moved to Lyon" / "no new home in France").
 */
function deniedElsewhere(
  { page, reference, alignment, pageText, referenceText }: StanceInput,
  [i, j]: readonly [number, number],
): boolean {
  const onPage = page.words[i].negated === true;
  const [negated, other, text, at] = onPage ? [page, reference, pageText, i] : [reference, page, referenceText, j];
  const [side, otherSide] = onPage ? ([0, 1] as const) : ([1, 0] as const);
  const lower = text.toLowerCase();
  const from = firstWholeWordFrom(lower, (negated.words[at].text ?? '').toLowerCase(), 0);
  const placedDenial = negated.words.some((word, n) => {
    if (word.locative !== true || !unpaired(alignment, side, n) || from < 0) return false;
    if (other.words.some((named) => wordsMatch(named, word))) return false;
    const to = firstWholeWordFrom(lower, (word.text ?? '').toLowerCase(), from + 1);
    return to > from && !ANOTHER_CLAUSE.test(lower.slice(from, to));
  });
  const ownName = (word: FeatureWord, n: number) =>
    (word.proper || word.place !== undefined || word.locative === true) && unpaired(alignment, otherSide, n);
  return placedDenial && !other.words.some(ownName);
}

/** Counts (or shares) on both sides, none of them paired: each side counts a part of its own. */
function partsOfAWhole({ page, reference, alignment }: StanceInput): boolean {
  const counts = (features: ClaimFeatures) =>
    features.quantities.filter((quantity) => quantity.unit === '' || quantity.unit === 'percent');
  const pageCounts = counts(page);
  const referenceCounts = counts(reference);
  return (
    pageCounts.length > 0 &&
    referenceCounts.length > 0 &&
    !alignment.quantities.some((pair) => pageCounts.includes(pair.page) || referenceCounts.includes(pair.reference))
  );
}

/**
 * "At least 14 were killed" on Sunday, "the toll rose to 17" on Tuesday: the later figure is within the older one's
 * floor, so they do not conflict, but the later report has counted more. That is an update, not a confirmation of
 * either figure, when time explains it as it would a conflict (a running total, dated apart, grown plausibly), or
 * when the older side's floor says its count was still going on (raisedFloor).
 */
function boundedGrowth(input: StanceInput): StanceResult | undefined {
  const raised = input.alignment.quantities.filter(
    (pair) =>
      pair.verdict === 'agree' &&
      pair.page.unit === pair.reference.unit &&
      pair.page.unit !== 'date' &&
      pair.page.unit !== 'year' &&
      pair.page.value !== pair.reference.value &&
      // "Dozens were hurt" / "52 were injured": a vague plural is no count made so far.
      !isVaguePlural(pair.page) &&
      !isVaguePlural(pair.reference) &&
      (FLOOR_QUALIFIERS.has(pair.page.qualifier) || FLOOR_QUALIFIERS.has(pair.reference.qualifier)),
  );
  if (raised.length === 0) return undefined;
  const times = timesOf(input, true);
  const time = updateOf(raised, 0, times) ?? raisedFloor(raised, times);
  if (!time) return undefined;
  // Only a floor the older side gives: "at least 14" then "17" is more counted; "17" then "at least 14" is not.
  const older = time.newer === 'page' ? 'reference' : 'page';
  if (
    !raised.every((pair) => FLOOR_QUALIFIERS.has(pair[older].qualifier) && pair[time.newer].value > pair[older].value)
  ) {
    return undefined;
  }
  const differences = raised.map((pair) => ({
    kind: 'number' as const,
    page: pair.page.text,
    reference: pair.reference.text,
  }));
  return { stance: 'updates', differences, time };
}

/** The two sentences placed in time: their own dates, else their articles'; for counts, when each count held (countTime). */
function timesOf(input: StanceInput, counts = false): MatchTimes {
  const { pageText, referenceText, published } = input;
  const page = sentenceTime(pageText, published!.page);
  const reference = sentenceTime(referenceText, published!.reference);
  const texts = { page: pageText, reference: referenceText };
  // A position is held when the sentence says it was stated; a count, as below.
  if (!counts) return { page, reference, texts };
  return {
    page: countTime(page, pageText, published!.page),
    reference: countTime(reference, referenceText, published!.reference),
    texts,
    reports: { page: dateSpan(published!.page), reference: dateSpan(published!.reference) },
  };
}

/**
 * When a sentence's count held. Its own day dates the count only when the sentence says so ("as of Monday", "by
 * Tuesday", "rose to 17 on Tuesday", "Tuesday's count"); otherwise it is the day of the event counted ("five were
 * killed when a bus overturned late on Tuesday"), and the count is as of the report: its article's date, when the
 * article is not older than the event. A report of Tuesday night and one of Wednesday may both be right.
 */
function countTime(time: SentenceTime, text: string, published: string): SentenceTime {
  if (!time.own || time.when === undefined || datesItsCount(text)) return time;
  const article = dateSpan(published);
  if (article === undefined || article.last < time.when.first) return time;
  // An event long before its report ("in November 2016 a tram derailed") has its final count: its own date stands.
  if (article.first - time.when.last > RECENT_EVENT_DAYS) return time;
  return { ...time, when: article, own: false };
}

/** Most days between an event and its report for the report's count to be a count still running. */
const RECENT_EVENT_DAYS = 31;

/** The sentence dates its count rather than its event (see countTime). */
function datesItsCount(text: string): boolean {
  return countDayPhrases(text).length > 0;
}

/** The conflicting pairs of figures a date could explain (not dates or years themselves). */
function timedConflicts(input: StanceInput) {
  return input.alignment.quantities.filter(
    (pair) => pair.verdict === 'conflict' && pair.page.unit !== 'date' && pair.page.unit !== 'year',
  );
}

/**
 * The sentences' own month or weekday names are their dates, compared as dates by the time rule, so they are not
 * other differences. A contradiction in negation alone may be a position that turned.
 */
function negationOnly(differences: readonly Difference[]): boolean {
  return differences.every((difference) => difference.kind === 'polarity' || difference.kind === 'date');
}

/**
 * The update a contradiction is when time explains it: running totals that grew, or a stated position that
 * turned (see time/update.ts).
 */
function updateFor(
  input: StanceInput,
  differences: readonly Difference[],
  negated: readonly NegatedWord[],
): MatchTime | undefined {
  const conflicts = timedConflicts(input);
  if (conflicts.length === 0) {
    if (differences.length > 0 && differences.every((difference) => difference.kind === 'date'))
      return rescheduled(timesOf(input, true));
    if (!negationOnly(differences)) return undefined;
    const times = timesOf(input);
    const counts = { page: input.page.quantities, reference: input.reference.quantities };
    return changeOfPosition(negated, times) ?? changeOfState(negated, times) ?? startOfTally(negated, times, counts);
  }
  const times = timesOf(input, true);
  // "The rupee strengthened to 301.40" / "has since slipped back to 302.20": a level read at two dates may have moved
  // either way between them, so the way it last moved is told by time as its figure is.
  const moved = input.alignment.opposite;
  const movedLevel = (difference: Difference) =>
    moved !== undefined &&
    difference.page === moved[0] &&
    difference.reference === moved[1] &&
    levelsOfTheirDays(conflicts, times);
  const others = differences.filter(
    (difference) => difference.kind !== 'number' && difference.kind !== 'date' && !movedLevel(difference),
  );
  return updateOf(conflicts, others.length, times);
}

/** The side of a contradiction time might explain (running totals, a position) that has no date, if any. */
function undatedFor(
  input: StanceInput,
  differences: readonly Difference[],
  negated: readonly NegatedWord[],
): Undated | undefined {
  const conflicts = timedConflicts(input);
  if (conflicts.length > 0) return undatedSide(conflicts, timesOf(input, true));
  return negationOnly(differences) ? undatedPosition(negated, timesOf(input)) : undefined;
}
