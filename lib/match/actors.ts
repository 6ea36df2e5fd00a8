/**
 * Who and where a claim is about, beyond its words: two sentences that say the same thing of other actors
 * ("the Bank of England held its rate" / "the Bank of Canada held its rate"), in other places, of counts owned
 * by others, or with another cause state two facts (Alignment.otherActors). Names the word alignment left
 * unmatched decide; a place word and a name of the same place meet ("DPRK" / "North Korean").
 */

import type { Change } from '../features/direction';
import type { QuantityPair } from '../features/quantities';
import type { ClaimFeatures, FeatureWord, Quantity } from '../types';

/**
 * Whether the sentence's subject (the words before its first asserted verb) has a name, or a place, for which
 * `unmatched(i)` holds: one the other sentence lacks. Names of who says it (attribution) are not the subject.
 */
export function subjectNamed(features: ClaimFeatures, unmatched: (i: number) => boolean): boolean {
  const { words } = features;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word.attribution || word.hypothetical) continue;
    if (word.verb) return false;
    if ((word.proper || word.place !== undefined) && unmatched(i)) return true;
  }
  return false;
}

/** The runs of names of a sentence (consecutive capitalised or place words), by their word indexes. */
function nameRuns(features: ClaimFeatures): number[][] {
  const known = runsCache.get(features);
  if (known) return known;
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
  runsCache.set(features, runs);
  return runs;
}

/** Name runs per sentence, remembered: reference claims are compared again and again. */
const runsCache = new WeakMap<ClaimFeatures, number[][]>();

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

/** The indexes of a sentence's cause words, kept with its features (a reference claim is compared again and again). */
const causesCache = new WeakMap<ClaimFeatures, readonly number[]>();

function causeWords(features: ClaimFeatures): readonly number[] {
  let found = causesCache.get(features);
  if (!found) {
    found = features.words.flatMap((word, i) => (word.cause === true && !word.attribution ? [i] : []));
    causesCache.set(features, found);
  }
  return found;
}

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
function quartersOf(features: ClaimFeatures): string[] {
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
  page?: ClaimFeatures,
  reference?: ClaimFeatures,
): boolean {
  // A change its figure states ("up 8%") has no verb: the measure may be anywhere in its sentence.
  if (a.word <= 0 || b.word <= 0) return false;
  if (pageUnmatched(a.word - 1) && refUnmatched(b.word - 1)) return true;
  // Or the head of the verb's subject, before a phrase that says whose or where ("imports to the region fell").
  if (!page || !reference) return false;
  const head = (features: ClaimFeatures, verb: number) => {
    let first = verb - 1;
    while (first > 0 && !features.words[first - 1].verb && !features.words[first - 1].attribution) first -= 1;
    return features.words[first]?.proper || features.words[first]?.place !== undefined ? -1 : first;
  };
  const pageHead = head(page, a.word);
  const refHead = head(reference, b.word);
  return pageHead >= 0 && refHead >= 0 && pageUnmatched(pageHead) && refUnmatched(refHead);
}
