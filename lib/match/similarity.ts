/**
 * How much two sentences say the same thing: IDF-weighted coverage of each side's content words by the
 * other's, where a word is covered by the same stem, a shared concept (synonym), a close spelling of a
 * name (Zelensky/Zelenskyy), or an entity the other side names another way (an acronym, a capital).
 * The result is in 0..1 whatever the size of the reference set, so one threshold holds for all.
 */

import { stemOf } from '../features/analyse';
import { changesOf, directionOf } from '../features/direction';
import {
  ATTEMPT_VERB_STEMS,
  CASUALTIES,
  CONTROL_VERB_STEMS,
  DEATHS,
  GENERAL_PEOPLE_STEMS,
  HELD,
  INJURIES,
  isOutcome,
  LASTING_VERB_STEMS,
  LIGHT_VERB_STEMS,
  namesOutcome,
  PART,
  POSITION,
  SUPPORT_VERB_STEMS,
  samePredicate,
  WHOLE,
} from '../features/predicate';
import {
  alignQuantities,
  compareQuantities,
  farApart,
  householdsAndOthers,
  type QuantityPair,
  sameFigureAsRate,
  someOfTheOthersGroup,
  valueElsewhere,
} from '../features/quantities';
import { headStem, LEVEL_VERB_STEMS } from '../features/quantity/heads';
import { otherMeasures } from '../features/quantity/measure';
import { MONEY_UNITS } from '../features/quantity/word-tables';
import { ASKING_LEMMAS } from '../features/roles';
import type { ClaimFeatures, FeatureWord, Quantity } from '../types';
import {
  countsOthers,
  namedByPlace,
  otherCause,
  otherDesignators,
  otherMeasure,
  otherQuarter,
  otherSubjects,
  placeAgainstThing,
  placeNamed,
  subjectNamed,
} from './actors';
import { perSentence } from './remember';
import {
  BROADER,
  CONCEPTS,
  ENTITIES,
  ENTITY_QUERY,
  INDEX,
  joinFirst,
  joinMark,
  pairKeys,
  QUERY,
  type SentenceKeys,
} from './word-keys';

export interface Alignment {
  /** Share of the page sentence's weight covered by the reference, 0..1. */
  pageCoverage: number;
  /** Share of the reference sentence's weight covered by the page, 0..1. */
  referenceCoverage: number;
  /** Combined score, 0..1. */
  score: number;
  /** False when the page sentence has verbs and none of them is matched: the two share a topic, not a claim. */
  predicateMatched: boolean;
  /**
   * Changes that move the same measure opposite ways ("rose" / "fell", "fell 8%" / "up 8%"), as written [page,
   * reference]: the predicate is the same slot with the opposite value.
   */
  opposite?: readonly [string, string];
  /** How many things the two share: matched words of the page sentence plus quantities about the same thing. */
  evidence: number;
  /** Pairs of aligned words (index in page words, index in reference words). */
  pairs: [number, number][];
  /** Quantities that talk about the same thing, with whether their values agree. */
  quantities: QuantityPair[];
  /**
   * Pairs of `quantities` that pin one fact down: both count the same outcome ("61 killed" / "the death of
   * 61"), the same named thing with a telling number ("70 passengers" / "70 passengers"), or give the time
   * of the same event ("occurred at 6:15 p.m.").
   */
  anchored: QuantityPair[];
  /**
   * The two sentences name different actors: each one's subject has a name the other sentence does not have
   * at all ("The Bank of England held its rate" / "The Bank of Canada held its rate"). Then they state two facts
   * however alike the rest.
   */
  otherActors: boolean;
  /**
   * The subjects are named apart, one only by a designation ("the Boeing 737" / "the Velo Air flight"): they may be
   * one thing, not surely. The two may agree, but not contradict: a day or a time that differs may be another
   * event's.
   */
  unsureActor?: boolean;
  /**
   * The page sentence gives a year the reference does not ("the 2009 fire killed 90"): its figures may be of
   * another event of the same kind, however alike the wording.
   */
  otherYear: boolean;
  /**
   * The names with which the page sentence says where that the reference lacks ("In Greece, firefighters fought
   * 40 fires"), as place keys or stems: its figures may count that place only.
   */
  otherPlaces: readonly string[];
}

/** A number too small or round to tell a fact by itself ("two", "one"), unless an outcome says what it counts. */
export function isTelling(quantity: Quantity): boolean {
  return quantity.unit !== '' || quantity.value > 2;
}

/** A figure of at least two significant digits: its size is ten times its last digit's place or more. */
const PRECISE_DIGITS = 10;

/** The figure is written to two significant digits or more ("9,800", "$1.48 billion", "340"; not "300", "$1 million"). */
export function isPrecise(quantity: Quantity): boolean {
  const size = Math.max(Math.abs(quantity.value), Math.abs(quantity.high));
  return quantity.digit !== undefined && quantity.digit > 0 && size / quantity.digit >= PRECISE_DIGITS;
}

/**
 * The pair gives one figure written to two significant digits or more (isPrecise), of one unit, as the count or sum
 * of the same act ("employs roughly 9,800 people" / "employs about 9,800 workers"): a figure that precise, done by the
 * same verb, tells the fact within one story whoever the sentence names it of. Things named apart ("1.2 million
 * tonnes of copper" / "of zinc") are two facts, unless one side names only people in general.
 */
export function samePreciseFigureOfOneAct(page: Quantity, reference: Quantity): boolean {
  if (page.unit !== reference.unit || page.value !== reference.value || page.high !== reference.high) return false;
  if (page.predicate === undefined || page.predicate !== reference.predicate || page.predicate === WHOLE) return false;
  // A head that is the verb itself names no thing ("employs roughly 9,800 people" read as 9,800 of "employ").
  const [a, b] = [page, reference].map((quantity) => (quantity.head === quantity.predicate ? '' : quantity.head));
  const general = GENERAL_PEOPLE_STEMS.has(a) || GENERAL_PEOPLE_STEMS.has(b);
  if (a !== '' && b !== '' && a !== b && !general) return false;
  return isPrecise(page) && isPrecise(reference);
}

/**
 * The quantity pairs that pin a fact down (see Alignment.anchored); a whole a count is taken from, or how long the
 * occasion of a statement lasted, pins nothing.
 */
function anchoredPairs(pairs: readonly QuantityPair[], page: ClaimFeatures, reference: ClaimFeatures): QuantityPair[] {
  return pairs.filter(
    ({ page: a, reference: b }) =>
      a.predicate !== WHOLE &&
      b.predicate !== WHOLE &&
      a.occasion !== true &&
      b.occasion !== true &&
      !otherEvents(a, b, page, reference) &&
      ((isOutcome(a.predicate) && a.predicate === b.predicate) ||
        a.unit === 'clock' ||
        samePreciseFigureOfOneAct(a, b) ||
        (a.head !== '' && isTelling(a) && isTelling(b) && namesOneThing(a, b, page, reference))),
  );
}

/**
 * The two figures' heads name one thing: the same word (or synonyms), or two words each of which the other sentence
 * has too ("the emergency aid ... totals 4 million reais" / "40 million reais in emergency aid": "aid" and
 * "emergency" are two words of one name for the thing).
 */
function namesOneThing(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (sameHeadWord(a.head, b.head, page, reference)) return true;
  const has = (features: ClaimFeatures, stem: string) => features.words.some((word) => word.stem === stem);
  return a.head !== '' && b.head !== '' && has(reference, a.head) && has(page, b.head);
}

/**
 * Weight of one quantity, like a word's: small numbers ("two") are common, figures with several significant
 * digits or in the thousands ("2,700", "34,000") are as telling as a rare word.
 */
function quantityWeight(quantity: Quantity): number {
  if (quantity.unit === 'year' || quantity.unit === 'date') return 0.8;
  if (quantity.unit === '' && quantity.value <= 10) return 0.4;
  return quantity.value >= 1000 || significantDigits(quantity.value) >= 2 ? 1.2 : 0.8;
}

/** Digits of the rounded value as written, trailing zeros left out ("2,700" → 2). Counted without a string below 1000. */
function significantDigits(value: number): number {
  if (!(value >= 0 && value < 1000)) return String(Math.round(value)).replace(/0+$/, '').length;
  let rounded = Math.round(value);
  if (rounded === 0) return 0;
  while (rounded % 10 === 0) rounded /= 10;
  return rounded < 10 ? 1 : rounded < 100 ? 2 : 3;
}

function sumWeights(quantities: readonly Quantity[]): number {
  let total = 0;
  for (const quantity of quantities) total += quantityWeight(quantity);
  return total;
}

/**
 * Weight of a stem: its inverse document frequency in the reference set, scaled so an unseen word weighs 1.
 * When it has a `revision` that changes whenever the weights do, `align` keeps each sentence's word weights
 * until it changes (reference claims are compared again and again).
 */
export type WeightOf = ((stem: string) => number) & { readonly revision?: number };

/** A word's weight: the reference set's IDF, capped for words common in general English. */
function weigh(word: FeatureWord, weightOf: WeightOf): number {
  const weight = word.cap === undefined ? weightOf(word.stem) : Math.min(weightOf(word.stem), word.cap);
  return word.attribution ? weight * ATTRIBUTION_SHARE : weight;
}

/**
 * The weight of each word of a sentence (0 for a word repeating an earlier word's stem: it counts once), kept with
 * its keys until the weigher's revision changes.
 */
function wordWeights(features: ClaimFeatures, keys: SentenceKeys, weightOf: WeightOf): Float64Array {
  const { revision } = weightOf;
  const cached = keys.weights;
  if (cached && cached.weightOf === weightOf && cached.revision === revision) return cached.values;
  const { firstOfStem } = keys;
  const weights = new Float64Array(features.words.length);
  features.words.forEach((word, i) => {
    if (firstOfStem[i] === 1) weights[i] = weigh(word, weightOf);
  });
  if (revision !== undefined) keys.weights = { weightOf, revision, values: weights };
  return weights;
}

/** How much the words naming a claim's source count, against the claim's own words. */
const ATTRIBUTION_SHARE = 0.3;

/** How much a match through a broader concept (a close kind, not a synonym) counts. */
const BROADER_CREDIT = 0.6;

/** Titles before a name, as stems: "Mr Belik" is the Belik of "Anton Belik", "Dr Berg" the Berg of "Anna Berg". */
export const TITLE_STEMS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof sir dame lord ladi presid minist governor mayor gener colonel captain judg senat sheikh st saint'.split(
    ' ',
  ),
);

/** Jaro-Winkler-like closeness for names: same first 5 letters and lengths within 2, or edit distance 1. */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (Math.abs(a.length - b.length) > 2) return false;
  const prefix = Math.min(a.length, b.length) - 1;
  return samePrefix(a, b, Math.max(5, prefix)) || editDistanceAtMostOne(a, b);
}

/** The first `length` characters of a and b are the same (both at least that long); compared in place. */
function samePrefix(a: string, b: string, length: number): boolean {
  for (let i = 0; i < length; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A phrase verb and its verb written apart: "hand_over" and "hand" (in "hand the soldiers over"). */
function phraseOf(a: string, b: string): boolean {
  return a.length < b.length && b.startsWith(`${a}_`);
}

export function wordsMatch(a: FeatureWord, b: FeatureWord): boolean {
  if (a.stem === b.stem || phraseOf(a.stem, b.stem) || phraseOf(b.stem, a.stem)) return true;
  if (a.place !== undefined && (a.place === b.place || a.place === b.stem)) return true;
  if (b.place !== undefined && b.place === a.stem) return true;
  if (a.concepts.length > 0 && b.concepts.length > 0 && a.concepts.some((c) => b.concepts.includes(c))) return true;
  return a.proper && b.proper && similarNames(a.stem, b.stem);
}

/** Quantities already paired by the words around them: their heads are not compared again. */
const ANY_HEAD = { sameHead: () => true };

/**
 * Quantities about the same thing: first by what they count (their heads), then, for those left, by the words
 * around them ("78% of members had voted" and "87% voted in favour").
 */
/** The sentence gives one length of time (a quantity in hours) and no other figure. */
function soleDuration(features: ClaimFeatures): boolean {
  return features.quantities.length === 1 && features.quantities[0].unit === 'hour';
}

/**
 * A figure that moved ("fifteen cents more", "up 8%", "rose 9%") rather than one that stands at a level; where a
 * change started ("rose from 570 gourdes") is a level.
 */
const moves = (quantity: Quantity): boolean =>
  quantity.difference === true ||
  quantity.change !== undefined ||
  (quantity.from !== true && directionOf(quantity.predicate) !== undefined);

/** One figure is a change's size ("will cost fifteen cents more") and the other a level ("60 cents"). */
function differenceAndLevel(a: Quantity, b: Quantity): boolean {
  return (a.difference === true && !moves(b)) || (b.difference === true && !moves(a));
}

/**
 * Sums that are a balance of two others, by their noun, as head stems, and the kind of balance: "a loss of 120 naira a
 * litre" (a price less a cost), "a deficit of", "a profit of" ("surplu" is the stem of "surplus"). Such a sum is not
 * the price, the cost or the budget itself; a loss, a deficit and a shortfall are one kind.
 */
const BALANCES = new Map([
  ['loss', 'loss'],
  ['deficit', 'loss'],
  ['shortfal', 'loss'],
  ['profit', 'gain'],
  ['surplu', 'gain'],
  ['margin', 'margin'],
]);

/**
 * The balance a sum is, by its head or, for money (MONEY_UNITS), a verb of losing ("losing 120 naira a litre", not
 * tonnes lost); undefined for any other figure.
 */
function balanceKind(quantity: Quantity): string | undefined {
  if (quantity.unit === '') return undefined;
  const kind = BALANCES.get(quantity.head);
  if (kind !== undefined) return kind;
  const lost = quantity.predicate === 'lose' || quantity.head === 'lost';
  return lost && MONEY_UNITS.has(quantity.unit) ? 'loss' : undefined;
}

/**
 * One sum is a balance and the other is not the same kind of balance: a loss of 120 naira a litre against a price of
 * 1,130 naira a litre. A sum whose sentence names the balance elsewhere ("ran up losses: it lost 40 million") is that
 * balance.
 */
function otherSums(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  const kindA = balanceKind(a);
  const kindB = balanceKind(b);
  if (kindA === kindB) return false;
  if (kindA !== undefined && kindB !== undefined) return true;
  const kind = kindA ?? kindB;
  const other = kindA !== undefined ? reference : page;
  return !other.words.some((word) => BALANCES.get(word.stem) === kind || (kind === 'loss' && word.stem === 'lose'));
}

/** One figure is what someone wants ("had wanted 1,000 euros") and the other what is or was ("will rise to 945"). */
const wishAndFact = (a: Quantity, b: Quantity): boolean => (a.wanted === true) !== (b.wanted === true);

function pairQuantities(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  otherThings: QuantityPair[] = [],
): QuantityPair[] {
  if (page.quantities.length === 0 || reference.quantities.length === 0) return [];
  // The one length of time each side gives is how long the one act lasts ("suspended the league for a month" /
  // "suspended all matches for two weeks"), whichever word the search for its verb ends on.
  const onlySpan = soleDuration(page) && soleDuration(reference);
  const sameEvent = (a: Quantity, b: Quantity) =>
    a.unit === 'clock'
      ? sameTimedEvent(a, b, page, reference)
      : (samePredicate(a.predicate, b.predicate) || (onlySpan && a.unit === 'hour' && b.unit === 'hour')) &&
        !differenceAndLevel(a, b) &&
        !wishAndFact(a, b) &&
        !otherMeasures(a, b) &&
        !otherSums(a, b, page, reference);
  const pageQuantities = withCasualties(page.quantities, reference.quantities);
  const referenceQuantities = withCasualties(reference.quantities, page.quantities);
  const heads = { sameHead: (a: string, b: string) => sameHeadWord(a, b, page, reference) };
  const aligned = alignQuantities(pageQuantities, referenceQuantities, {
    ...heads,
    sameEvent,
    sameCount: countsOneOutcome,
  });
  const moved = new Set<QuantityPair>();
  const pairs = toOwnFigures(aligned, referenceQuantities, page, reference, sameEvent, moved).filter((pair) => {
    // The same number of other things ("250,000 kettles" / "250,000 toasters") is no agreement either.
    if (otherNamedThings(pair.page, pair.reference, page, reference)) {
      otherThings.push(pair);
      return false;
    }
    // The one length of time of each side: how long the act lasts, whatever its nearest noun or verb.
    if (onlySpan && pair.page.unit === 'hour' && pair.reference.unit === 'hour') return true;
    // A figure moved to the one of its own actor was paired by who, not as the last left: its verb may differ.
    if (moved.has(pair)) return !countsOtherThings(pair.page, pair.reference, page, reference);
    return (
      pair.verdict === 'agree' ||
      (!countsOtherThings(pair.page, pair.reference, page, reference) &&
        !namesOtherThings(pair.page, pair.reference, page, reference) &&
        !otherEvents(pair.page, pair.reference, page, reference))
    );
  });
  const usedPage = new Set(pairs.map((pair) => pair.page));
  const usedRef = new Set(pairs.map((pair) => pair.reference));
  for (const quantity of pageQuantities) {
    if (usedPage.has(quantity)) continue;
    let best: { reference: Quantity; shared: number } | undefined;
    for (const other of referenceQuantities) {
      if (usedRef.has(other) || other.unit !== quantity.unit || other.per !== quantity.per) continue;
      if (farApart(quantity, other)) continue;
      if (!sameEvent(quantity, other) || someOfTheOthersGroup(quantity, other, heads)) continue;
      if (countsOtherThings(quantity, other, page, reference)) continue;
      const shared = (quantity.context ?? []).filter((stem) => other.context?.includes(stem)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { reference: other, shared };
    }
    if (!best) continue;
    const verdict = compareQuantities(quantity, best.reference, ANY_HEAD);
    if (verdict === 'incomparable') continue;
    if (verdict === 'conflict' && otherEvents(quantity, best.reference, page, reference)) continue;
    // Paired by the words around them only: a figure of the same value elsewhere is the likelier counterpart.
    if (
      verdict === 'conflict' &&
      (valueElsewhere(quantity, referenceQuantities, best.reference) ||
        valueElsewhere(best.reference, pageQuantities, quantity) ||
        sameFigureAsRate(quantity, referenceQuantities, heads) ||
        sameFigureAsRate(best.reference, pageQuantities, heads))
    ) {
      continue;
    }
    usedRef.add(best.reference);
    pairs.push({ page: quantity, reference: best.reference, verdict });
  }
  return pairs;
}

/**
 * A figure is compared with the figure the reference gives the same actor and predicate: "Moravec won 54.3% of the
 * vote and Herak received 45.7%" gives Herak 45.7%, so "Herak received 54.3%" is compared with that, not agreed
 * with Moravec's; "prosecutors had sought eight years, but the court sentenced Lindqvist to six" gives the
 * sentence six years. A pair moves to another figure of the reference when the names and verbs around the page's
 * figure are around that figure and none is around the paired one, which has a name or a verb of its own the page
 * sentence lacks (another actor, another act). Two counts of one outcome stay paired. Moved pairs are added to
 * `moved`.
 */
function toOwnFigures(
  pairs: readonly QuantityPair[],
  referenceQuantities: readonly Quantity[],
  page: ClaimFeatures,
  reference: ClaimFeatures,
  sameEvent: (a: Quantity, b: Quantity) => boolean,
  moved: Set<QuantityPair>,
): QuantityPair[] {
  if (pairs.length === 0 || referenceQuantities.length < 2) return [...pairs];
  const used = new Set(pairs.map((pair) => pair.reference));
  return pairs.map((pair) => {
    // Two counts of one outcome are one toll whoever gives it ("local media put the toll at 17").
    if (isOutcome(pair.page.predicate) && pair.page.predicate === pair.reference.predicate) return pair;
    // Who first: "Tomas Herak won 54.3%" is not Lidia Moravec's "won 54.3%", though the verb is the same. A place
    // ("in the Varenna valley") says where, not who.
    const words = actorsAndActs(pair.page, page);
    const names = words.filter((stem) => isActorName(wordOfStem(page, stem)));
    const own = names.length > 0 ? names : words;
    const around = (quantity: Quantity) => own.some((stem) => quantity.context?.includes(stem));
    if (own.length === 0 || around(pair.reference)) return pair;
    const theirs = actorsAndActs(pair.reference, reference);
    if (!theirs.some((stem) => !page.words.some((word) => word.stem === stem))) return pair;
    // A pair that names one thing on both sides ("four kilometres long" / "four kilometres long") stays with it,
    // rather than moving to a figure of another named thing that an act around it shares ("drifted 18 kilometres
    // out to sea"); a figure that names no thing ("Brede received 38.2%") may be the actor's own.
    const sameThing = namesThing(pair.page) && pair.page.head === pair.reference.head;
    const figure = referenceQuantities.find(
      (other) =>
        !used.has(other) &&
        other.unit === pair.page.unit &&
        other.per === pair.page.per &&
        (!sameThing || !namesThing(other) || other.head === pair.page.head) &&
        sameEvent(pair.page, other) &&
        around(other),
    );
    if (!figure) return pair;
    const verdict = compareQuantities(pair.page, figure, ANY_HEAD);
    if (verdict === 'incomparable') return pair;
    used.add(figure);
    const ownPair: QuantityPair = { page: pair.page, reference: figure, verdict };
    moved.add(ownPair);
    return ownPair;
  });
}

/** The figure's head is a thing it counts or measures ("kilometres long", "out to sea"), not its own verb ("received"). */
const namesThing = (quantity: Quantity): boolean => quantity.head !== '' && quantity.head !== quantity.predicate;

/** A name that can be who did something: not a place, nor a name in a phrase on where. */
const isActorName = (word: FeatureWord | undefined): boolean =>
  word?.proper === true && word.place === undefined && word.locative !== true;

/**
 * The names and verbs among the words around a figure ("Herak", "received"), as stems; not the figure's own head,
 * which says what is counted ("a 9% pay rise").
 */
function actorsAndActs(quantity: Quantity, features: ClaimFeatures): string[] {
  return (quantity.context ?? []).filter((stem) => {
    if (stem === quantity.head) return false;
    const word = wordOfStem(features, stem);
    return word !== undefined && !word.attribution && (word.proper || word.verb === true);
  });
}

/**
 * A sentence's quantities, with its dead and injured added up when the other sentence counts casualties and it
 * does not ("about 5,000 casualties" / "about 300 killed and 2,700 injured"): casualties are the dead and the
 * injured together, in any report of a war or a disaster.
 */
function withCasualties(own: Quantity[], other: readonly Quantity[]): Quantity[] {
  if (!counted(other, CASUALTIES) || counted(own, CASUALTIES)) return own;
  const dead = counted(own, DEATHS);
  const injured = counted(own, INJURIES);
  if (!dead || !injured) return own;
  const [first, last] = dead.start < injured.start ? [dead, injured] : [injured, dead];
  const sum: Quantity = {
    text: `${first.text} + ${last.text}`,
    value: dead.value + injured.value,
    high: dead.high + injured.high,
    qualifier: dead.qualifier === injured.qualifier ? dead.qualifier : 'about',
    unit: '',
    head: '',
    start: first.start,
    end: last.end,
    rounding: (dead.rounding ?? 0) + (injured.rounding ?? 0),
    predicate: CASUALTIES,
  };
  return [...own, sum];
}

/** The plain count of this outcome among the quantities, if any. */
function counted(quantities: readonly Quantity[], predicate: string): Quantity | undefined {
  return quantities.find((quantity) => quantity.predicate === predicate && quantity.unit === '');
}

/**
 * Two counts of one outcome where one side names only the outcome count the same people: "two crew members
 * were rescued" and "the two survivors", "killing 61" and "61 deaths".
 */
function countsOneOutcome(a: Quantity, b: Quantity): boolean {
  return isOutcome(a.predicate) && a.predicate === b.predicate && (namesOutcome(a.head) || namesOutcome(b.head));
}

/**
 * Two plain counts count different things when both name what they count with a noun and the nouns do not
 * match ("300 soldiers" / "12 civilians"): their numbers cannot conflict. A head that is a verb says what
 * happened, not who it happened to ("300 killed"): that pair may still conflict. Shares and measures are
 * left alone: their head is often only context ("half of its timetable" / "a third of its services").
 */
function countsOtherThings(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a.unit === '' && b.unit === '' && householdsAndOthers(a, b)) return true;
  if (a.unit !== '' || b.unit !== '' || countsOneOutcome(a, b)) return false;
  if (a.head === '' || b.head === '' || sameHeadWord(a.head, b.head, page, reference)) return false;
  const wordA = wordOfStem(page, a.head);
  const wordB = wordOfStem(reference, b.head);
  return wordA !== undefined && wordB !== undefined && !wordA.verb && !wordB.verb;
}

/**
 * Two counts whose heads are both nouns that differ count different things: "250,000 kettles" / "250,000
 * toasters". The same number is no agreement, and a different one no conflict. Counts of one outcome ("300 troops
 * died" / "300 soldiers were killed") are the same count whatever they call the dead. Shares and measures are left
 * alone: their head is often only context ("a fee of 48 million", "an 8% increase").
 */
function otherNamedThings(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a.unit !== '' || b.unit !== '') return false;
  if (a.head === '' || b.head === '' || sameHeadWord(a.head, b.head, page, reference)) return false;
  if (isOutcome(a.predicate) && a.predicate === b.predicate) return false;
  // A figure a verb of change governs is the size of the change ("increased its workforce by 2,000 at its plant").
  if (directionOf(a.predicate) !== undefined || directionOf(b.predicate) !== undefined) return false;
  // "20,000 workers" / "20,000 members who work": the other sentence says what the one's head is.
  if (agentNamed(a.head, reference) || agentNamed(b.head, page)) return false;
  const wordA = wordOfStem(page, a.head);
  const wordB = wordOfStem(reference, b.head);
  return wordA !== undefined && wordB !== undefined && !wordA.verb && !wordB.verb && !wordA.proper && !wordB.proper;
}

/** The head is the agent noun of a word of the sentence ("worker" where it says "who work"). */
function agentNamed(head: string, features: ClaimFeatures): boolean {
  return features.words.some(
    (word) => word.stem.length >= 3 && (head === `${word.stem}er` || head === `${word.stem}or`),
  );
}

/** The head a figure's search found is a verb of its sentence ("154 mm fell"), as written. */
function headIsVerb(features: ClaimFeatures, head: string): boolean {
  return features.words.some(
    (word) => word.verb === true && word.text !== undefined && headStem(word.text.split(' ')[0]) === head,
  );
}

/** Units of physical measures (lengths, weights, speeds, temperatures). */
const PHYSICAL_UNITS = new Set(['km', 'kg', 'kmh', 'celsius', 'fahrenheit']);

/**
 * Two counts whose heads are both named and differ ("four crew members" / "one woman") were paired only as the
 * last ones left: that is enough to agree, not to contradict, unless both count the same outcome ("killed 12
 * troops" / "300 soldiers were killed").
 */
function namesOtherThings(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a.head === '' || b.head === '' || namesOneThing(a, b, page, reference)) return false;
  // A physical measure's nearest word is often only context, a verb ("154 mm fell" / "145 millimetres of rain"): the
  // last two lengths, weights, speeds or temperatures left are then one measure ("155mm shells" / "120mm mortars",
  // two named things, are not).
  const verbHead = headIsVerb(page, a.head) || headIsVerb(reference, b.head);
  if (PHYSICAL_UNITS.has(a.unit) && a.unit === b.unit && verbHead) return false;
  return !(isOutcome(a.predicate) && a.predicate === b.predicate);
}

/**
 * Two counts governed by different verbs count what different events did ("the union represents 12,000 dock
 * workers" / "4,500 dock workers walked off the job"): the same people may be counted, but not the same fact, so
 * the numbers can neither contradict nor pin a match. Verbs that only report a level ("rose to", "reached") and
 * verbs the two sentences word alike (synonyms) are one event.
 */
function otherEvents(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  // Where something is ("400 metres below the station") is not how far an act went ("dropped 30 metres").
  if ((a.predicate === POSITION) !== (b.predicate === POSITION)) return true;
  // What something holds ("has 14,000 students") is not what an act did ("38 students admitted it").
  if (a.predicate === HELD || b.predicate === HELD) {
    const [other, features] = a.predicate === HELD ? [b, reference] : [a, page];
    return isEventVerb(other.predicate) && wordOfStem(features, other.predicate as string)?.verb === true;
  }
  if (a.predicate === b.predicate || !isEventVerb(a.predicate) || !isEventVerb(b.predicate)) return false;
  const wordA = wordOfStem(page, a.predicate as string);
  const wordB = wordOfStem(reference, b.predicate as string);
  return wordA?.verb === true && wordB?.verb === true && !wordsMatch(wordA, wordB);
}

/** A figure's predicate that is a verb of an event: not an outcome, a whole or a part, nor a verb of level. */
function isEventVerb(predicate: string | undefined): boolean {
  return (
    predicate !== undefined &&
    !isOutcome(predicate) &&
    predicate !== WHOLE &&
    predicate !== PART &&
    predicate !== HELD &&
    predicate !== POSITION &&
    !LEVEL_VERB_STEMS.has(predicate)
  );
}

/**
 * Two times of day are of the same event only when the verbs they hang on match ("occurred at 6:15" / "took
 * place at 6:19"): a story has many times ("put out the blaze at 7:02"). The same minute, given plainly on both
 * sides, dates one moment whatever each side calls it ("the blast at 9:03" / "the accident at 9:03"): such a
 * pair can only agree.
 */
function sameTimedEvent(a: Quantity, b: Quantity, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (sameMinute(a, b)) return true;
  if (a.predicate === undefined || b.predicate === undefined) return false;
  if (a.predicate === b.predicate || sameHeadWord(a.predicate, b.predicate, page, reference)) return true;
  // Events named as close kinds of one thing ("the crash" / "the accident") that the two sentences date.
  const wordA = wordOfStem(page, a.predicate);
  const wordB = wordOfStem(reference, b.predicate);
  return wordA !== undefined && wordB !== undefined && closeKinds(wordA, wordB);
}

/**
 * The two sentences date one moment, the same minute given plainly on both sides, and nothing else they say can
 * differ (every figure they pair agrees, neither negates): "attempted a landing at 6:15" and "the accident occurred
 * at 6:15" agree on the moment, whatever each calls it, so the attempt does not keep the time from agreeing.
 */
function oneMoment(page: ClaimFeatures, reference: ClaimFeatures, pairs: readonly QuantityPair[]): boolean {
  return (
    page.negations === 0 &&
    reference.negations === 0 &&
    pairs.some((pair) => pair.page.unit === 'clock' && sameMinute(pair.page, pair.reference)) &&
    pairs.every((pair) => pair.verdict === 'agree')
  );
}

/**
 * Two times of day given as the same minute, neither as a bound ("before 9:03"). A whole hour ("about 9 p.m.")
 * is when many things of a day happen: the fire broke out shortly before it, and was brought under control
 * shortly after it. Only a minute of its own ("9:03") names one moment.
 */
function sameMinute(a: Quantity, b: Quantity): boolean {
  const plain = (quantity: Quantity) => quantity.qualifier === 'exact' || quantity.qualifier === 'about';
  return a.value === b.value && a.high === b.high && a.value % 60 !== 0 && plain(a) && plain(b);
}

/**
 * The page's main predicate names a close kind of an event the reference asserts ("the bus crashed" / "the bus
 * accident occurred": "crash" and "accident" share a broader concept), and every other word of the page's claim is
 * the reference's too, or a near word of it: the event is then the same, told with a near word.
 */
function closeKindPredicate(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  main: readonly FeatureWord[],
  pageUnmatched: (i: number) => boolean,
  broaderMatched: (i: number) => boolean,
): boolean {
  const events = reference.words.filter((word) => !word.attribution && !word.hypothetical && !word.adjunct);
  const near = main.some(
    (word) => broaderMatched(page.words.indexOf(word)) && events.some((event) => closeKinds(word, event)),
  );
  if (!near) return false;
  // Every other word of the page's claim is the reference's too, or a near word of it.
  return page.words.every(
    (word, i) => word.attribution || word.hypothetical || main.includes(word) || !pageUnmatched(i) || broaderMatched(i),
  );
}

/** Two words share a broader concept ("crash" / "accident"). */
function closeKinds(a: FeatureWord, b: FeatureWord): boolean {
  const broaderA = a.broader ?? [];
  const broaderB = b.broader ?? [];
  return broaderA.some((concept) => broaderB.includes(concept));
}

/** The word of a sentence with this stem, or the phrase it is part of ("member" in "crew_member"). */
function wordOfStem(features: ClaimFeatures, stem: string): FeatureWord | undefined {
  // Loops, and the joins checked by character: no closures or joined strings for every figure compared.
  for (const word of features.words) if (word.stem === stem) return word;
  for (const word of features.words) if (joinedPart(word.stem, stem)) return word;
  return undefined;
}

const JOIN = 95; // "_"

/** `stem` opens or closes the phrase ("crew" or "member" of "crew_member"). */
function joinedPart(phrase: string, stem: string): boolean {
  const rest = phrase.length - stem.length;
  if (rest < 1) return false;
  if (phrase.charCodeAt(stem.length) === JOIN && phrase.startsWith(stem)) return true;
  return phrase.charCodeAt(rest - 1) === JOIN && phrase.endsWith(stem);
}

/** The word a figure's head names is one the other sentence lacks ("toasters" where the other recalls "kettles"). */
function headUnmatched(features: ClaimFeatures, quantity: Quantity, unmatched: (i: number) => boolean): boolean {
  const word = wordOfStem(features, quantity.head);
  return word !== undefined && unmatched(features.words.indexOf(word));
}

/**
 * Two quantity heads (stems) name the same thing: same stem, words of the two sentences that match, or common nouns
 * one of which is the other's direct hypernym ("1,400 houses" / "1,400 homes", "31 ships" / "31 vessels").
 */
export function sameHeadWord(a: string, b: string, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a === b) return true;
  const wordA = wordOfStem(page, a);
  const wordB = wordOfStem(reference, b);
  if (wordA === undefined || wordB === undefined) return false;
  return wordsMatch(wordA, wordB) || (isCommonNoun(wordA) && isCommonNoun(wordB) && directKinds(wordA, wordB));
}

function isCommonNoun(word: FeatureWord): boolean {
  return word.verb !== true && !word.proper && !word.stem.includes('_');
}

/**
 * One word names the other's direct hypernym: it owns a broader concept ("=" id) the other reaches ("~" id), as
 * "home" ("dwelling, home") does for "house". Siblings under a parent ("nurse" / "doctor", "car" / "truck") only
 * reach it, and share nothing this way.
 */
function directKinds(a: FeatureWord, b: FeatureWord): boolean {
  const owns = (x: FeatureWord, y: FeatureWord) =>
    (x.broader ?? []).some((id) => id.startsWith('=') && (y.broader ?? []).includes(`~${id.slice(1)}`));
  return owns(a, b) || owns(b, a);
}

/** A verb phrase joined into one word ("take_part") counts as a verb when its first word is one. */
function hasMatchedVerbPhrase(page: ClaimFeatures, pairs: readonly [number, number][]): boolean {
  return pairs.some(([i]) => page.words[i].verb === true && page.words[i].stem.includes('_'));
}

/** A verb, or a verb phrase joined into one word ("take_part", "ready_to_hand"). */
function isPredicateWord(word: FeatureWord): boolean {
  return word.verb === true || word.stem.includes('_');
}

/**
 * The page sentence's predicate is matched: its first asserted verb (the main clause's, in most news
 * sentences) or a verb coordinated with it ("skidded off the runway and crashed"), or two of its asserted
 * verbs. Sharing a later verb alone ("Lee was speaking after a briefing" / "in a briefing, the agency
 * confirmed ...") is sharing the background, not the claim; a gerund ("hesitant about returning") asserts
 * nothing.
 */
function mainVerbMatched(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  asserted: readonly FeatureWord[],
  pairs: readonly [number, number][],
): boolean {
  const main = withObjects(page, mainPredicate(page, asserted));
  let matched = 0;
  for (const [i, j] of pairs) {
    const word = page.words[i];
    // What the page asserts is not restated by a circumstance of the reference ("before attempting to ...").
    if (reference.words[j].adjunct) continue;
    // Nor by a word the page restates with another of its words ("urged residents to stay" / "urged residents
    // to leave": "stay" is akin to "residents", which "residents" restates).
    if (page.words.some((other, k) => k !== i && other.stem === reference.words[j].stem)) continue;
    if (main.includes(word)) return true;
    if (asserted.includes(word)) matched += 1;
  }
  return matched >= 2;
}

/**
 * The sentence's asserted verbs, in order. A light verb says little by itself ("the passengers included two
 * Thai nationals", "a plane carrying 75 people"): what it asserts is in its object, so it is left out while
 * another verb says what happened. A verb of an aside ("The driver, who escaped with light injuries, was
 * arrested") is not the sentence's predicate: it only adds to what it follows.
 */
/** Remembered per sentence: a page sentence's verbs are asked for with every candidate claim. */
const assertedVerbs = perSentence((features: ClaimFeatures): readonly FeatureWord[] => {
  const verbs = features.words.filter(
    (word) => isPredicateWord(word) && !word.attribution && !word.hypothetical && !word.adjunct && !word.aside,
  );
  const meaningful = verbs.filter((word) => !LIGHT_VERB_STEMS.has(word.stem));
  return meaningful.length > 0 || verbs.length === 0 ? meaningful : [];
});

/**
 * The sentence asserts an event or a state with a verb of its own, not a light one ("included", "there are"), or
 * names an outcome it reports ("confirmed the capture of two soldiers", "the deaths of 40 miners").
 */
export function assertsPredicate(features: ClaimFeatures): boolean {
  return assertedVerbs(features).length > 0 || features.words.some(isNamedOutcome);
}

const isNamedOutcome = (word: FeatureWord): boolean =>
  !word.hypothetical && !word.attribution && namesOutcome(word.stem);

/**
 * The page sentence's predicate is restated in the alignment's pairs: any pair will do when it asserts a verb
 * (the alignment checked that), its outcome word itself when an outcome is all it names ("confirmed the capture
 * of two soldiers" is not restated by "prisoners held elsewhere").
 */
export function predicateRestated(page: ClaimFeatures, reference: ClaimFeatures, alignment: Alignment): boolean {
  if (!alignment.predicateMatched) return false;
  if (assertedVerbs(page).length > 0) return true;
  return alignment.pairs.some(
    ([i, j]) => isNamedOutcome(page.words[i]) && page.words[i].stem === reference.words[j].stem,
  );
}

/** Content words of a support verb's object that may name the event, at most this many. */
const OBJECT_REACH = 2;

/**
 * The predicate's words with the objects of its support verbs ("declared a mayday alert": "mayday", "alert"),
 * which name the event the verb only supports.
 */
function withObjects(features: ClaimFeatures, predicate: readonly FeatureWord[]): readonly FeatureWord[] {
  if (!predicate.some((word) => SUPPORT_VERB_STEMS.has(word.stem))) return predicate;
  const words = [...predicate];
  for (const verb of predicate) {
    if (!SUPPORT_VERB_STEMS.has(verb.stem)) continue;
    const at = features.words.indexOf(verb);
    for (let k = at + 1; k <= at + OBJECT_REACH && k < features.words.length; k += 1) {
      const next = features.words[k];
      if (isPredicateWord(next) || next.locative || next.proper) break;
      words.push(next);
    }
  }
  return words;
}

/** The first asserted verb only attempts an act ("tried to sign him", "attempted a landing"). */
function attempts(verbs: readonly FeatureWord[]): boolean {
  return verbs.length > 0 && ATTEMPT_VERB_STEMS.has(verbs[0].stem);
}

/**
 * One side only attempts the act the other says was done ("tried to sign him" / "signed him"), unless both date it
 * to the same minute (see oneMoment): the two predicates are not one, however else they are tied.
 */
export function attemptedApart(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  quantities: readonly QuantityPair[],
  pageVerbs = assertedVerbs(page),
  referenceVerbs = assertedVerbs(reference),
): boolean {
  return attempts(pageVerbs) !== attempts(referenceVerbs) && !oneMoment(page, reference, quantities);
}

/**
 * The first asserted verb and the verbs coordinated with it, in order; past a verb whose event is the verb it puts
 * after it ("urged residents to leave": leave), or a verb of lasting right before the verb it keeps up ("remains
 * suspended", "continued to burn"; not "stayed open although 40 flights were cancelled").
 */
function mainPredicate(features: ClaimFeatures, verbs: readonly FeatureWord[]): FeatureWord[] {
  if (
    verbs.length > 1 &&
    !verbs[1].coordinated &&
    (CONTROL_VERB_STEMS.has(verbs[0].stem) ||
      ATTEMPT_VERB_STEMS.has(verbs[0].stem) ||
      (LASTING_VERB_STEMS.has(verbs[0].stem) && verbs[1] === features.words[features.words.indexOf(verbs[0]) + 1]))
  )
    return mainPredicate(features, verbs.slice(1));
  let end = 1;
  while (end < verbs.length && verbs[end].coordinated) end += 1;
  return verbs.slice(0, end);
}

/** Scratch arrays for `align`, grown as needed (align runs to completion, one call at a time). */
const scratch = {
  firstMatch: new Int32Array(64),
  firstBroader: new Int32Array(64),
  pageEntity: new Uint8Array(64),
  refMatched: new Uint8Array(64),
  refBroader: new Uint8Array(64),
  refEntity: new Uint8Array(64),
};

/** Makes the scratch arrays long enough for sentences of these lengths. */
function fitScratch(pageCount: number, refCount: number): typeof scratch {
  if (scratch.firstMatch.length < pageCount) {
    scratch.firstMatch = new Int32Array(2 * pageCount);
    scratch.firstBroader = new Int32Array(2 * pageCount);
    scratch.pageEntity = new Uint8Array(2 * pageCount);
  }
  if (scratch.refMatched.length < refCount) {
    scratch.refMatched = new Uint8Array(2 * refCount);
    scratch.refBroader = new Uint8Array(2 * refCount);
    scratch.refEntity = new Uint8Array(2 * refCount);
  }
  return scratch;
}

/** The page sentence's coverage's share of the score (the page sentence is usually the shorter restatement). */
const PAGE_SHARE = 0.65;

/**
 * The most one side's coverage can be once its figures are paired (see alignAtLeast): a figure the other side
 * could pair (a finite value of a unit it also gives) adds its weight to covered and total at most; one it cannot
 * pair adds to the total only.
 */
function bestCoverage(covered: number, total: number, own: readonly Quantity[], other: readonly Quantity[]): number {
  let pairable = 0;
  let unpairable = 0;
  for (const quantity of own) {
    const weight = quantityWeight(quantity);
    if (Number.isFinite(quantity.value) && hasFiniteOfUnit(other, quantity.unit)) pairable += weight;
    else unpairable += weight;
  }
  const most = total + pairable + unpairable;
  return most > 0 ? (covered + pairable) / most : 0;
}

/** Some quantity of this unit has a finite value (a loop: bestCoverage runs for every candidate). */
function hasFiniteOfUnit(quantities: readonly Quantity[], unit: string): boolean {
  for (const quantity of quantities) if (quantity.unit === unit && Number.isFinite(quantity.value)) return true;
  return false;
}

/** Rounding room for alignAtLeast's bound: a score exactly at the floor is never cut off by it. */
const BOUND_MARGIN = 1e-9;

/** No match: larger than any word number. */
const NONE = 0x7fffffff;

/** Aligns the content words of a page sentence with a reference sentence and scores the overlap. */
export function align(page: ClaimFeatures, reference: ClaimFeatures, weightOf: WeightOf): Alignment {
  return alignAtLeast(page, reference, weightOf, Number.NEGATIVE_INFINITY) as Alignment;
}

/**
 * `align`, or undefined when its score is below `floor`: as soon as the words show it cannot reach it, else once
 * the figures are paired. Most candidates the index gives a page sentence share a word or two with it, not a
 * claim: their figures, verbs and actors (the costly part) need not be looked at. The bound is exact (see
 * bestCoverage): figures can at most add their whole weight to both the covered and the total weight of each
 * side, and only those the other side could pair.
 */
export function alignAtLeast(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  weightOf: WeightOf,
  floor: number,
): Alignment | undefined {
  const [pageKeys, refKeys] = pairKeys(page, reference);
  const pageCount = page.words.length;
  const refCount = reference.words.length;
  // For each page word: the first reference word it matches, and the first sharing a broader concept;
  // whether it names an entity of the reference. For each reference word: whether it is matched, shares a
  // broader concept, names an entity of the page.
  const { firstMatch, firstBroader, pageEntity, refMatched, refBroader, refEntity } = fitScratch(pageCount, refCount);
  firstMatch.fill(NONE, 0, pageCount);
  firstBroader.fill(NONE, 0, pageCount);
  pageEntity.fill(0, 0, pageCount);
  refMatched.fill(0, 0, refCount);
  refBroader.fill(0, 0, refCount);
  refEntity.fill(0, 0, refCount);
  joinFirst(pageKeys, QUERY, refKeys, INDEX, firstMatch, refMatched);
  joinFirst(pageKeys, CONCEPTS, refKeys, CONCEPTS, firstMatch, refMatched);
  // Names spelt alike (similarNames): the same stem (same string number), or, before the stems themselves are
  // read, both of 5 letters or more, lengths within 2, and the same first letter (a shared prefix) or the same
  // last letter (one edit at the start).
  for (let m = 0; m < pageKeys.names.length; m += 1) {
    const i = pageKeys.names[m];
    const length = pageKeys.nameLengths[m];
    for (let n = 0; n < refKeys.names.length; n += 1) {
      const j = refKeys.names[n];
      if (pageKeys.nameStems[m] !== refKeys.nameStems[n]) {
        const other = refKeys.nameLengths[n];
        if (length < 5 || other < 5 || Math.abs(length - other) > 2) continue;
        if (pageKeys.nameFirsts[m] !== refKeys.nameFirsts[n] && pageKeys.nameLasts[m] !== refKeys.nameLasts[n])
          continue;
        if (!similarNames(page.words[i].stem, reference.words[j].stem)) continue;
      }
      if (j < firstMatch[i]) firstMatch[i] = j;
      refMatched[j] = 1;
    }
  }
  joinFirst(pageKeys, BROADER, refKeys, BROADER, firstBroader, refBroader);
  joinMark(pageKeys, ENTITY_QUERY, refKeys, ENTITIES, pageEntity);
  joinMark(refKeys, ENTITY_QUERY, pageKeys, ENTITIES, refEntity);

  let pageTotal = 0;
  let pageCovered = 0;
  // Evidence counts shared words; names together count once ("North", "Korean" and "Russia" say who, not what).
  let evidence = 0;
  let sharedName = false;
  const pageWeights = wordWeights(page, pageKeys, weightOf);
  const refWeights = wordWeights(reference, refKeys, weightOf);
  for (let i = 0; i < pageCount; i += 1) {
    if (pageKeys.firstOfStem[i] === 0) continue;
    const word = page.words[i];
    const weight = pageWeights[i];
    pageTotal += weight;
    if (firstMatch[i] !== NONE || pageEntity[i] === 1) {
      pageCovered += weight;
    } else if (firstBroader[i] !== NONE) {
      // A close kind of the same thing ("fled" / "defected") counts in part.
      pageCovered += weight * BROADER_CREDIT;
      continue;
    } else continue;
    // A shared word is evidence, unless it only says who reported it.
    if (word.attribution) continue;
    if (!word.proper && word.place === undefined) evidence += 1;
    else if (!sharedName) {
      sharedName = true;
      evidence += 1;
    }
  }
  let refTotal = 0;
  let refCovered = 0;
  for (let j = 0; j < refCount; j += 1) {
    if (refKeys.firstOfStem[j] === 0) continue;
    const weight = refWeights[j];
    refTotal += weight;
    if (refMatched[j] === 1 || refEntity[j] === 1) refCovered += weight;
    else if (refBroader[j] === 1) refCovered += weight * BROADER_CREDIT;
  }
  if (floor > 0) {
    const bound =
      bestCoverage(pageCovered, pageTotal, page.quantities, reference.quantities) * PAGE_SHARE +
      bestCoverage(refCovered, refTotal, reference.quantities, page.quantities) * (1 - PAGE_SHARE);
    if (bound < floor - BOUND_MARGIN) return undefined;
  }
  // The aligned words, listed only now: most candidates are cut off by the bound above.
  const pairs: [number, number][] = [];
  for (let i = 0; i < pageCount; i += 1) {
    if (pageKeys.firstOfStem[i] === 1 && firstMatch[i] !== NONE) pairs.push([i, firstMatch[i]]);
  }
  const otherThings: QuantityPair[] = [];
  const quantities = pairQuantities(page, reference, otherThings);
  // Agreeing numbers count as shared content. A conflicting pair about the same named thing ("100 soldiers" /
  // "300 soldiers") still shows the two sentences fill the same slot, so it counts as shared too; other
  // conflicting pairs count on neither side (the stance judges them). A number only one side gives is content
  // the other lacks.
  // One loop rather than filters and maps: every candidate past the bound comes here.
  evidence += quantities.length;
  let pageNeutral = 0;
  let refNeutral = 0;
  for (const pair of quantities) {
    const sameSlot =
      pair.verdict === 'agree' ||
      (pair.page.head !== '' && sameHeadWord(pair.page.head, pair.reference.head, page, reference));
    if (sameSlot) {
      pageCovered += quantityWeight(pair.page);
      refCovered += quantityWeight(pair.reference);
    } else {
      pageNeutral += quantityWeight(pair.page);
      refNeutral += quantityWeight(pair.reference);
    }
  }
  pageTotal += sumWeights(page.quantities) - pageNeutral;
  refTotal += sumWeights(reference.quantities) - refNeutral;
  const pageCoverage = pageTotal > 0 ? pageCovered / pageTotal : 0;
  const referenceCoverage = refTotal > 0 ? refCovered / refTotal : 0;
  // The page sentence is usually the shorter restatement: weigh its coverage more.
  const score = pageCoverage * PAGE_SHARE + referenceCoverage * (1 - PAGE_SHARE);
  if (score < floor) return undefined;
  const anchored = anchoredPairs(quantities, page, reference);
  // Verbs of change that move the same measure opposite ways ("rose" / "fell") fill the predicate's slot.
  const changes = changesOf(page, reference);
  const opposite =
    changes && changes[0].direction !== changes[1].direction
      ? ([changes[0].text, changes[1].text] as const)
      : undefined;
  // The two changes fill one slot with opposite values: shared content, like a negated verb and its assertion.
  if (opposite) evidence += 1;
  const otherYear = unpairedYear(page.quantities, quantities);
  // Whether the predicate is matched and whether the actors differ are worked out when first read: a caller
  // turns most alignments down by their score and figures alone. They read the word marks, kept here, since
  // the next alignment reuses the scratch arrays.
  const sides: AlignedSides = { page, reference, marks: wordMarks(pageCount, refCount), pairs, quantities };
  return new ReadAlignment(
    { pageCoverage, referenceCoverage, score, pairs, quantities, opposite, evidence, anchored, otherYear },
    sides,
    otherThings,
    changes,
  );
}

/** A year of the page sentence that no pair holds (loops: every alignment asks). */
function unpairedYear(quantities: readonly Quantity[], pairs: readonly QuantityPair[]): boolean {
  for (const quantity of quantities) {
    if (quantity.unit !== 'year') continue;
    let paired = false;
    for (const pair of pairs) if (pair.page === quantity) paired = true;
    if (!paired) return true;
  }
  return false;
}

/**
 * An Alignment whose predicate, actors and places are worked out when first read (see alignAtLeast). A class
 * rather than an object literal with getters: a literal makes a closure per getter for every alignment, and
 * hundreds are made per page.
 */
class ReadAlignment implements Alignment {
  readonly pageCoverage: number;
  readonly referenceCoverage: number;
  readonly score: number;
  readonly pairs: [number, number][];
  readonly quantities: QuantityPair[];
  readonly opposite?: readonly [string, string];
  readonly evidence: number;
  readonly anchored: QuantityPair[];
  readonly otherYear: boolean;
  private readonly sides: AlignedSides;
  private readonly otherThings: readonly QuantityPair[];
  private readonly changes: ReturnType<typeof changesOf>;
  private predicate?: boolean;
  private actors?: boolean;
  private places?: readonly string[];

  constructor(
    fields: Omit<Alignment, 'predicateMatched' | 'otherActors' | 'unsureActor' | 'otherPlaces'>,
    sides: AlignedSides,
    otherThings: readonly QuantityPair[],
    changes: ReturnType<typeof changesOf>,
  ) {
    this.pageCoverage = fields.pageCoverage;
    this.referenceCoverage = fields.referenceCoverage;
    this.score = fields.score;
    this.pairs = fields.pairs;
    this.quantities = fields.quantities;
    if (fields.opposite) this.opposite = fields.opposite;
    this.evidence = fields.evidence;
    this.anchored = fields.anchored;
    this.otherYear = fields.otherYear;
    this.sides = sides;
    this.otherThings = otherThings;
    this.changes = changes;
  }

  get predicateMatched(): boolean {
    this.predicate ??= matchesPredicate(this.sides, this.anchored, this.changes);
    return this.predicate;
  }

  get otherActors(): boolean {
    this.actors ??= namesOtherActors(this.sides, this.otherThings, this.changes);
    return this.actors;
  }

  get unsureActor(): boolean {
    const { namedApart, other } = subjectsApart(this.sides);
    if (namedApart && !other) return true;
    const [pageUnmatched, refUnmatched] = unmatchedTests(this.sides);
    return placeAgainstThing(this.sides.page, this.sides.reference, pageUnmatched, refUnmatched);
  }

  get otherPlaces(): readonly string[] {
    this.places ??= placesOnlyThePageNames(this.sides);
    return this.places;
  }
}

/** A word the alignment matched to none of the other sentence's words, nor to an entity it names. */
const UNMATCHED = 1;
/** A word the alignment matched to none of the other sentence's words, nor to a close kind of one. */
const UNRELATED = 2;
/** A page word matched to a close kind of a word of the reference (whether or not matched to a word too). */
const CLOSE_KIND = 4;
/** A page word matched to none of the reference's words (an entity it names aside). */
const NO_WORD = 8;

/**
 * What the alignment found of each word of the two sentences (UNMATCHED, UNRELATED; of the page's, CLOSE_KIND and
 * NO_WORD too), read from the scratch arrays: the page's words, then the reference's, in one array (one allocation
 * per alignment rather than two arrays and an object; read them with pageMark and referenceMark).
 */
function wordMarks(pageCount: number, refCount: number): Uint8Array {
  const { firstMatch, firstBroader, pageEntity, refMatched, refBroader, refEntity } = scratch;
  const marks = new Uint8Array(pageCount + refCount);
  for (let i = 0; i < pageCount; i += 1) {
    const broader = firstBroader[i] !== NONE ? CLOSE_KIND : 0;
    if (firstMatch[i] !== NONE) {
      marks[i] = broader;
      continue;
    }
    marks[i] = NO_WORD | broader | (pageEntity[i] === 0 ? UNMATCHED : 0) | (broader === 0 ? UNRELATED : 0);
  }
  for (let j = 0; j < refCount; j += 1) {
    if (refMatched[j] === 1) continue;
    marks[pageCount + j] = (refEntity[j] === 0 ? UNMATCHED : 0) | (refBroader[j] === 0 ? UNRELATED : 0);
  }
  return marks;
}

/** The marks of page word i (none past the page's words). */
function pageMark({ page, marks }: AlignedSides, i: number): number {
  return i >= 0 && i < page.words.length ? marks[i] : 0;
}

/** The marks of reference word j (none past the reference's words). */
function referenceMark({ page, reference, marks }: AlignedSides, j: number): number {
  return j >= 0 && j < reference.words.length ? marks[page.words.length + j] : 0;
}

/** Two aligned sentences with what their alignment found: word marks, word pairs and quantity pairs. */
interface AlignedSides {
  page: ClaimFeatures;
  reference: ClaimFeatures;
  /** See wordMarks. */
  marks: Uint8Array;
  pairs: readonly [number, number][];
  quantities: readonly QuantityPair[];
  /** Words of each side that name a place the other names another way (see namedByPlace), once looked for. */
  named?: [Set<number>, Set<number>];
  /** Whether the subjects are named apart, and whether that makes them other actors (see subjectsApart). */
  subjects?: { namedApart: boolean; other: boolean };
}

/**
 * Subjects named apart: each has a name the other sentence lacks. Other actors, unless one is named only by a
 * designation ("the Boeing 737" / "a Velo Air flight"): then maybe one thing (Alignment.unsureActor).
 */
function subjectsApart(sides: AlignedSides): { namedApart: boolean; other: boolean } {
  if (!sides.subjects) {
    const { page, reference } = sides;
    const [pageUnmatched, refUnmatched] = unmatchedTests(sides);
    const namedApart = subjectNamed(page, pageUnmatched) && subjectNamed(reference, refUnmatched);
    sides.subjects = {
      namedApart,
      other: namedApart && otherSubjects(page, reference, pageUnmatched, refUnmatched),
    };
  }
  return sides.subjects;
}

/**
 * The sentence's only verbs ask a question ("Asked whether prices would fall, the president said that was up to the
 * market"): with nothing of its own asserted, it has no predicate to restate.
 */
function asksOnly(page: ClaimFeatures): boolean {
  return page.words.some((word) => word.hypothetical && ASKING_STEMS.has(word.stem));
}
const ASKING_STEMS = new Set([...ASKING_LEMMAS].map(stemOf));

/**
 * The sentence's verbs are all in an aside ("The Andes are prone to landslides in the rainy season, which runs from
 * December"): its predicate is not a verb, but it is not one of the sentences of no verb either ("Core inflation at
 * 2.3%"), which any predicate may restate.
 */
function onlyAsideVerbs(features: ClaimFeatures): boolean {
  return (
    features.words.some((word) => word.aside === true) &&
    !features.words.some(
      (word) => isPredicateWord(word) && !word.aside && !word.attribution && !word.hypothetical && !word.adjunct,
    )
  );
}

/** Alignment.predicateMatched. */
function matchesPredicate(
  sides: AlignedSides,
  anchored: readonly QuantityPair[],
  changes: ReturnType<typeof changesOf>,
): boolean {
  const { page, reference, pairs, quantities } = sides;
  const pageVerbs = assertedVerbs(page);
  const referenceVerbs = assertedVerbs(reference);
  if (attemptedApart(page, reference, quantities, pageVerbs, referenceVerbs)) return false;
  // Two agreeing figures ("34,000 ... since the late 1990s") pin the same fact down even when the verbs differ.
  const agreeing = quantities.filter((pair) => pair.verdict === 'agree').length;
  // A count of the same outcome, or a time of the same event, names the event itself.
  const eventAnchored = anchored.some((pair) => pair.page.unit === 'clock' || isOutcome(pair.page.predicate));
  if (
    (changes !== undefined && (changes[0].direction !== changes[1].direction || oneMeasure(sides, changes))) ||
    eventAnchored ||
    levelsOfOneFigure(sides, pageVerbs, referenceVerbs, quantities) ||
    (anchored.length > 0 && !mainVerbsOfOtherEvents(sides, pageVerbs, referenceVerbs)) ||
    agreeing >= 2 ||
    (pageVerbs.length === 0 && !asksOnly(page) && !onlyAsideVerbs(page)) ||
    mainVerbMatched(page, reference, pageVerbs, pairs) ||
    hasMatchedVerbPhrase(page, pairs)
  ) {
    return true;
  }
  // An event told with a near word is the same event when every other word of the claim is the reference's.
  const [pageUnmatched] = unmatchedTests(sides);
  return closeKindPredicate(
    page,
    reference,
    mainPredicate(page, pageVerbs),
    pageUnmatched,
    (i) => (pageMark(sides, i) & CLOSE_KIND) !== 0,
  );
}

/**
 * Two verbs of change fill the predicate's slot: moving the measure opposite ways ("rose" / "fell"), or the same
 * way when the words on either side of the page's verb, what it moves, are the reference's ("the krona slid
 * 0.6%" / "weakened 0.6%", "trimmed its policy rate" / "cut its policy rate"; not "lowered its growth forecast").
 * Another measure ("profit fell" / "sales fell") is another actor's fact.
 */
function oneMeasure(sides: AlignedSides, [change]: NonNullable<ReturnType<typeof changesOf>>): boolean {
  if (change.word <= 0) return false;
  return [change.word - 1, change.word + 1].every(
    (i) =>
      i >= sides.page.words.length || sides.page.words[i].attribution === true || (pageMark(sides, i) & NO_WORD) === 0,
  );
}

/**
 * Verbs that only say where a figure stands ("stood at", "totalled", "amounted to", "reached", "came in at"), by
 * stem.
 */
const STANDING_VERB_STEMS = new Set(['stand', 'total', 'amount', 'reach', 'number', 'come_in']);

/**
 * Both main verbs only say where a figure stands ("cash in circulation stood at about 25 billion dinars" /
 * "totalled about 25 billion dinars"), and the two give a figure of one unit that the pairing set together: the
 * figure is the predicate.
 */
function levelsOfOneFigure(
  { page, reference }: AlignedSides,
  pageVerbs: readonly FeatureWord[],
  referenceVerbs: readonly FeatureWord[],
  quantities: readonly QuantityPair[],
): boolean {
  const mains = [mainPredicate(page, pageVerbs), mainPredicate(reference, referenceVerbs)];
  // One side at least says it with a verb of standing: two sentences without one say nothing of where it stands.
  // A side with no asserted verb but a light one ("totalled", "numbered") says where the figure stands too.
  return (
    mains.some((main) => main.length > 0) &&
    mains.every((main) => main.every((word) => STANDING_VERB_STEMS.has(word.stem))) &&
    quantities.some(
      (pair) =>
        pair.page.unit === pair.reference.unit &&
        // A count in no unit stands for one figure when both count the same thing ("vacancies stand at 640" /
        // "vacancies had reached 640").
        (pair.page.unit !== '' || (pair.page.head !== '' && pair.page.head === pair.reference.head)),
    )
  );
}

/**
 * Verbs of little meaning of their own, by stem ("the auction went 27 rounds", "took 27 rounds"). Not the verbs of
 * having: "had 40 members" and "lost 40 members" are two facts.
 */
const EMPTY_VERB_STEMS = new Set(['go', 'take', 'get']);

/**
 * One anchored figure stands in for the verb only when the two main verbs are not of other events ("cut 2,000
 * jobs" / "created 2,000 jobs"): a verb neither matched nor a close kind on either side. Two agreeing figures
 * pin the fact whatever the verbs ("2,000 jobs would go by 2028" / "would cut 2,000 jobs by 2028").
 */
function mainVerbsOfOtherEvents(
  sides: AlignedSides,
  pageVerbs: readonly FeatureWord[],
  referenceVerbs: readonly FeatureWord[],
): boolean {
  const { page, reference } = sides;
  const pageMain = mainPredicate(page, pageVerbs);
  const refMain = mainPredicate(reference, referenceVerbs);
  // A verb of little meaning ("went 27 rounds") names no event of its own: the figure does.
  if ([...pageMain, ...refMain].some((word) => EMPTY_VERB_STEMS.has(word.stem))) return false;
  return (
    pageMain.length > 0 &&
    refMain.length > 0 &&
    pageMain.every((word) => {
      const i = page.words.indexOf(word);
      return (pageMark(sides, i) & UNRELATED) !== 0;
    }) &&
    refMain.every((word) => {
      const j = reference.words.indexOf(word);
      return (referenceMark(sides, j) & UNRELATED) !== 0;
    })
  );
}

/** Alignment.otherActors. */
function namesOtherActors(
  sides: AlignedSides,
  otherThings: readonly QuantityPair[],
  changes: ReturnType<typeof changesOf>,
): boolean {
  const { page, reference, quantities } = sides;
  const [pageUnmatched, refUnmatched] = unmatchedTests(sides);
  return (
    subjectsApart(sides).other ||
    (placeNamed(page, pageUnmatched) && placeNamed(reference, refUnmatched)) ||
    otherQuarter(page, reference) ||
    otherDesignators(page, reference, pageUnmatched, refUnmatched) ||
    otherCause(page, reference, pageUnmatched, refUnmatched) ||
    (changes !== undefined && otherMeasure(changes, pageUnmatched, refUnmatched, page, reference)) ||
    quantities.some((pair) => countsOthers(pair, page, reference)) ||
    otherThings.some(
      (pair) => headUnmatched(page, pair.page, pageUnmatched) && headUnmatched(reference, pair.reference, refUnmatched),
    )
  );
}

/**
 * Tests of whether a word of the page (i) or of the reference (j) is one the alignment left unmatched. A place word
 * and a name run of the same place ("DPRK" / "North Korean") are looked for only when asked (most pairs share
 * their names), once for both tests.
 */
function unmatchedTests(sides: AlignedSides): [(i: number) => boolean, (j: number) => boolean] {
  const { page, reference } = sides;
  const byPlace = () => {
    sides.named ??= [namedByPlace(page, reference), namedByPlace(reference, page)];
    return sides.named;
  };
  return [
    (i) => (pageMark(sides, i) & UNMATCHED) !== 0 && !byPlace()[0].has(i),
    (j) => (referenceMark(sides, j) & UNMATCHED) !== 0 && !byPlace()[1].has(j),
  ];
}

/** Alignment.otherPlaces. */
function placesOnlyThePageNames(sides: AlignedSides): readonly string[] {
  const { page } = sides;
  const [pageUnmatched] = unmatchedTests(sides);
  if (!placeNamed(page, pageUnmatched)) return [];
  return page.words.flatMap((word, i) =>
    word.locative === true && !word.attribution && (word.proper || word.place !== undefined) && pageUnmatched(i)
      ? [word.place ?? word.stem]
      : [],
  );
}
