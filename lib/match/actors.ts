/**
 * Who and where a claim is about, beyond its words: two sentences that say the same thing of other actors
 * ("the Bank of England held its rate" / "the Bank of Canada held its rate"), in other places, of counts owned
 * by others, or with another cause state two facts (Alignment.otherActors). Names the word alignment left
 * unmatched decide; a place word and a name of the same place meet ("DPRK" / "North Korean").
 */

import type { Change } from '../features/direction';
import type { QuantityPair } from '../features/quantities';
import { CALENDAR_WORDS } from '../features/quantity/word-tables';
import type { ClaimFeatures, FeatureWord, Quantity } from '../types';
import { perSentence } from './remember';

/**
 * Whether the sentence's subject (the words before its first asserted verb) has a name, or a place, for which
 * `unmatched(i)` holds: one the other sentence lacks. Names of who says it (attribution) are not the subject.
 */
export function subjectNamed(features: ClaimFeatures, unmatched: (i: number) => boolean, designations = true): boolean {
  const { words } = features;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word.attribution || word.hypothetical) continue;
    if (word.verb) return false;
    if (!designations && word.designation) continue;
    // A month or a day says when, not who: "Profit for July to September".
    if (CALENDAR_WORDS.has(word.text?.toLowerCase() ?? '')) continue;
    if ((word.proper || word.place !== undefined) && unmatched(i)) return true;
  }
  return false;
}

/**
 * The content words of the sentence's subject: those before its first verb, but who says it, clauses it does not
 * assert and asides ("The mine, which employs 1,900 people, produced").
 */
function subjectWords(features: ClaimFeatures): number[] {
  const subject: number[] = [];
  for (let i = 0; i < features.words.length; i += 1) {
    const word = features.words[i];
    if (word.attribution || word.hypothetical || word.aside) continue;
    if (word.verb) break;
    subject.push(i);
  }
  return subject;
}

/**
 * One subject is a country or another place, unmatched ("Chile produced about 50,000 tonnes of copper") and the
 * other is a thing named by common words or a pronoun, none matched, with no name ("The mine produced 38,000
 * tonnes", "It produced"): a place's total or one thing in it. They may be one actor or two, so the two may agree but
 * not differ (see Alignment.unsureActor).
 */
export function placeAgainstThing(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  pageUnmatched: (i: number) => boolean,
  refUnmatched: (j: number) => boolean,
): boolean {
  const place = (features: ClaimFeatures, unmatched: (i: number) => boolean) =>
    subjectWords(features).some(
      (i) => features.words[i].place !== undefined && !features.words[i].locative && unmatched(i),
    );
  // "The mine", "the plant", "it": no name, and nothing the other subject shares.
  // Not "the country", "the nation", "the government": the place itself.
  const thing = (features: ClaimFeatures, unmatched: (i: number) => boolean) =>
    subjectWords(features).every(
      (i) =>
        unmatched(i) &&
        !features.words[i].proper &&
        features.words[i].place === undefined &&
        !PLACE_ITSELF.has(features.words[i].stem),
    );
  return (
    (place(page, pageUnmatched) && thing(reference, refUnmatched)) ||
    (place(reference, refUnmatched) && thing(page, pageUnmatched))
  );
}

/** Stems of words that name a place itself, as its subject: "the country", "the nation", "the government". */
const PLACE_ITSELF = new Set(['countri', 'nation', 'state', 'govern', 'government', 'republ', 'kingdom']);

/** Whether the sentence's subject names a thing by its designation ("The Boeing 737-800 skidded ..."). */
function subjectDesignated(features: ClaimFeatures): boolean {
  for (const word of features.words) {
    if (word.attribution || word.hypothetical) continue;
    if (word.verb) return false;
    if (word.designation) return true;
  }
  return false;
}

/** Abbreviations of time zones: part of a time ("09:00 GMT"), not names of anyone. */
const TIME_ZONES = new Set('gmt utc bst cet cest eet est edt cst cdt mst mdt pst pdt ist jst kst aest'.split(' '));

/**
 * Whether the sentence names, anywhere, someone the other sentence lacks: a name that is no place, designation, day
 * or month.
 */
function actorNamed(features: ClaimFeatures, unmatched: (i: number) => boolean): boolean {
  return features.words.some(
    (word, i) =>
      word.proper &&
      word.place === undefined &&
      !word.locative &&
      !word.designation &&
      !word.attribution &&
      !TIME_ZONES.has(word.stem) &&
      !CALENDAR_WORDS.has(word.text?.toLowerCase() ?? '') &&
      unmatched(i),
  );
}

/**
 * Each sentence's subject has a name the other lacks (see subjectNamed). A model or a service named by its
 * designation ("the Boeing 737-800") may be what the other names by who runs it ("the Velo Air flight"): it tells
 * another actor only against another designation ("the Airbus A320"), or when the sentence names someone else the
 * other lacks ("the Intercity 582, run by Rail South").
 */
export function otherSubjects(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  pageUnmatched: (i: number) => boolean,
  refUnmatched: (j: number) => boolean,
): boolean {
  if (subjectNamed(page, pageUnmatched) && subjectNamed(reference, refUnmatched)) {
    const pageDesignated = subjectDesignated(page);
    const refDesignated = subjectDesignated(reference);
    if (pageDesignated === refDesignated) return true;
    const [designated, unmatched] = pageDesignated ? [page, pageUnmatched] : [reference, refUnmatched];
    return (
      actorNamed(designated, unmatched) ||
      (subjectNamed(page, pageUnmatched, false) && subjectNamed(reference, refUnmatched, false))
    );
  }
  return false;
}

/** The runs of names of a sentence (consecutive capitalised or place words), by their word indexes. */
const nameRuns = perSentence((features): readonly (readonly number[])[] => {
  const runs: number[][] = [];
  let run: number[] = [];
  features.words.forEach((word, i) => {
    const previous = features.words[i - 1];
    // Who says it and what it is about are two runs: "South Korea said North Korean soldiers ...".
    if (run.length > 0 && previous?.attribution !== word.attribution) {
      runs.push(run);
      run = [];
    }
    if (word.proper || word.place !== undefined) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
});

/**
 * Words of `features` that name a place the other sentence names with a single word: the run "North Korean"
 * is what "DPRK" (north korea) names, though neither word alone is. Both directions are asked by the caller.
 */
export function namedByPlace(features: ClaimFeatures, other: ClaimFeatures): Set<number> {
  const places = new Set<string>();
  for (const word of other.words) if (word.place !== undefined) places.add(word.place);
  const named = new Set<number>();
  if (places.size === 0) return named;
  for (const run of nameRuns(features)) {
    const joined = run.map((i) => features.words[i].stem).join(' ');
    for (const place of places) {
      if (joined.startsWith(place)) for (const i of run) named.add(i);
    }
  }
  // A single-word place of this sentence whose name the other gives as a run ("DPRK" / "North Korean").
  const otherRuns = nameRuns(other).map((run) => run.map((i) => other.words[i].stem).join(' '));
  features.words.forEach((word, i) => {
    if (word.place !== undefined && otherRuns.some((joined) => joined.startsWith(word.place!))) named.add(i);
  });
  return named;
}

/**
 * The names that say whose things a count counts: the run of names right before its head ("300 North Korean
 * soldiers" → north korea; "300 Russian soldiers" → russia), as place keys or stems. Empty when none.
 */
function countedNames(features: ClaimFeatures, quantity: Quantity): FeatureWord[] {
  if (quantity.head === '') return [];
  const { words } = features;
  const head = words.findIndex((word) => word.stem === quantity.head);
  let first = head;
  while (first > 0 && !words[first - 1].attribution && (words[first - 1].proper || words[first - 1].place)) first -= 1;
  return words.slice(first, Math.max(first, head));
}

/** One run of names names what the other does: a word in common, or one run's place starts the other run. */
function sameOwner(a: readonly FeatureWord[], b: readonly FeatureWord[]): boolean {
  const keys = (run: readonly FeatureWord[]) => run.map((word) => word.place ?? word.stem);
  const keysA = keys(a);
  const keysB = keys(b);
  if (keysA.some((key) => keysB.includes(key))) return true;
  // "DPRK" (north korea) and "North Korean": the place is how the other run begins.
  const joinedA = a.map((word) => word.stem).join(' ');
  const joinedB = b.map((word) => word.stem).join(' ');
  return keysA.some((key) => joinedB.startsWith(key)) || keysB.some((key) => joinedA.startsWith(key));
}

/**
 * A pair of counts of the same kind of thing that belong to different named owners ("300 Russian soldiers" /
 * "300 North Korean soldiers"): two facts, whatever the numbers.
 */
export function countsOthers(pair: QuantityPair, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  const a = countedNames(page, pair.page);
  const b = countedNames(reference, pair.reference);
  return a.length > 0 && b.length > 0 && !sameOwner(a, b);
}

/**
 * Each sentence gives a cause of the event (or who did it) and the two share none of its words: "started by
 * lightning" and "started by a discarded cigarette" are two accounts, not one fact restated.
 */
export function otherCause(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  pageUnmatched: (i: number) => boolean,
  refUnmatched: (j: number) => boolean,
): boolean {
  const pageCause = causeWords(page);
  if (pageCause.length === 0) return false;
  const refCause = causeWords(reference);
  return refCause.length > 0 && pageCause.every(pageUnmatched) && refCause.every(refUnmatched);
}

/** The indexes of a sentence's cause words. */
const causeWords = perSentence((features): readonly number[] =>
  features.words.flatMap((word, i) => (word.cause === true && !word.attribution ? [i] : [])),
);

/** Whether the sentence says where with a name for which `unmatched(i)` holds: one the other sentence lacks. */
export function placeNamed(features: ClaimFeatures, unmatched: (i: number) => boolean): boolean {
  return features.words.some((word, i) => word.locative === true && !word.attribution && unmatched(i));
}

/** The quarter of the compass a word names ("northern", "north-east"), by stem; lower-case words only. */
const QUARTERS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  north: 'north',
  northern: 'north',
  south: 'south',
  southern: 'south',
  east: 'east',
  eastern: 'east',
  west: 'west',
  western: 'west',
  northeast: 'northeast',
  northeastern: 'northeast',
  northwest: 'northwest',
  northwestern: 'northwest',
  southeast: 'southeast',
  southeastern: 'southeast',
  southwest: 'southwest',
  southwestern: 'southwest',
});

/** The quarters of the compass a sentence names where (not in names: "North Korea" is a name). */
const quartersOf = perSentence((features): readonly string[] => readQuarters(features));

function readQuarters(features: ClaimFeatures): string[] {
  return features.words.flatMap((word) => {
    const named = word.proper || word.place !== undefined || /^\p{Lu}/u.test(word.text ?? '');
    const quarter = named || word.attribution ? undefined : QUARTERS[word.stem];
    return quarter ? [quarter] : [];
  });
}

/**
 * The two sentences place their fact in different quarters of the same place ("schools in the northern
 * provinces" / "in the southern provinces"): two facts, however alike the rest.
 */
export function otherQuarter(page: ClaimFeatures, reference: ClaimFeatures): boolean {
  const pageQuarters = quartersOf(page);
  if (pageQuarters.length === 0) return false;
  const refQuarters = quartersOf(reference);
  return refQuarters.length > 0 && !pageQuarters.some((quarter) => refQuarters.includes(quarter));
}

/**
 * What a verb of change measures is the word right before it ("exports fell", "unemployment in Norland rose"):
 * when that word is unmatched on both sides, the two sentences move different measures ("imports fell 3%" /
 * "exports fell 3%"), however alike the rest.
 */
export function otherMeasure(
  [a, b]: readonly [Change, Change],
  pageUnmatched: (i: number) => boolean,
  refUnmatched: (j: number) => boolean,
  page: ClaimFeatures,
  reference: ClaimFeatures,
): boolean {
  // A change its figure states ("up 8%") has no verb: the measure may be anywhere in its sentence.
  if (a.word <= 0 || b.word <= 0) return false;
  if (pageUnmatched(a.word - 1) && refUnmatched(b.word - 1)) return true;
  // "Food prices rose" / "core prices rose": the same measure's noun, of kinds both sides name and neither shares;
  // only where each side gives the one figure of that change ("education costs rose 3.1% and housing 3.4%" moves
  // two measures).
  return (
    page.quantities.length === 1 &&
    reference.quantities.length === 1 &&
    !pageUnmatched(a.word - 1) &&
    !refUnmatched(b.word - 1) &&
    kindBefore(page, a.word - 1) &&
    kindBefore(reference, b.word - 1) &&
    pageUnmatched(a.word - 2) &&
    refUnmatched(b.word - 2)
  );
}

/**
 * The word at `k` is a common noun of a measure and the content word before it may say its kind: neither is a name,
 * a place, a verb or a source ("food prices", not "inflation in Argentina").
 */
function kindBefore(features: ClaimFeatures, k: number): boolean {
  const common = (word: FeatureWord | undefined) =>
    word !== undefined && !word.verb && !word.proper && !word.attribution && !word.locative && word.place === undefined;
  return common(features.words[k]) && common(features.words[k - 1]);
}

/**
 * A designator: letters and digits in one word with a letter before a digit ("7c2216", "a320", "mh17", "g7"), the
 * number of a flight, a model, a route or a group; not an ordinal, a decade or a measure ("29th", "1990s", "90mph").
 */
const DESIGNATOR = /^(?=[a-z\d]*\d)[a-z\d]*[a-z]\d[a-z\d]*$/;

/** Whether the sentence has a designator for which `unmatched(i)` holds: one the other sentence does not give. */
function designatorNamed(features: ClaimFeatures, unmatched: (i: number) => boolean): boolean {
  return features.words.some((word, i) => !word.attribution && DESIGNATOR.test(word.stem) && unmatched(i));
}

/**
 * Each sentence gives a designator the other does not ("flight 6E2031" / "flight 6E2013", "an A320" / "an
 * A321"): two flights, two models, however alike the rest. A designator names one thing, like a name.
 */
export function otherDesignators(
  page: ClaimFeatures,
  reference: ClaimFeatures,
  pageUnmatched: (i: number) => boolean,
  refUnmatched: (j: number) => boolean,
): boolean {
  return designatorNamed(page, pageUnmatched) && designatorNamed(reference, refUnmatched);
}
