/**
 * Verbs of change by the way they move what they measure: "exports rose 3%" and "exports fell 3%" give the same
 * figure and state opposite facts; "rates were cut" contradicts "rates were raised". A closed class of general
 * English verbs (WordNet keeps antonyms apart from the concepts the lexicon shares, see lib/lexicon), looked up
 * by stem, as feature words and quantity predicates carry them.
 */
import { stemmer } from 'stemmer';
import type { ClaimFeatures } from '../types';

export type Direction = 'up' | 'down';

const DIRECTIONS = new Map<string, Direction>();
for (const [direction, lemmas] of [
  [
    'up',
    'rise increase grow climb jump gain soar surge raise lift boost expand widen rebound hike double triple swell ' +
      'accelerate strengthen',
  ],
  [
    'down',
    'fall decrease drop decline shrink slide slump plunge cut lower reduce ease dip contract narrow tumble halve ' +
      'weaken slip sink trim shed',
  ],
] as const) {
  for (const lemma of lemmas.split(' ')) DIRECTIONS.set(stemmer(lemma), direction);
}

/**
 * Words after a verb of change that make it a verb of becoming, with no measure to move: "fell ill", "fell
 * silent", "fell victim to", "grew tired", "dropped dead".
 */
const STATES_BECOME = new Set(
  'ill sick silent asleep victim prey short apart pregnant quiet dead foul tired old weary'.split(' ').map(stemmer),
);

/** The direction a verb of change moves its measure in, by its stem; undefined for other words. */
export function directionOf(stem: string | undefined): Direction | undefined {
  return stem === undefined ? undefined : DIRECTIONS.get(stem);
}

/**
 * A sentence's change: the word index of its verb of change (-1 for a change its figure states: "up 8%", "an 8%
 * increase"), the way it moves, and how it is written.
 */
export interface Change {
  word: number;
  direction: Direction;
  text: string;
}

/**
 * The sentence's asserted changes, when they all move one way: its verbs of change ("profit fell 8%") and the
 * changes its figures state ("a profit of 1.2 billion euros, up 8%"; "an 8% increase"). "Exports fell 3% while
 * imports rose" moves two ways and says nothing of one direction as a whole. Undefined when it has none or both.
 */
export function changeOf(features: ClaimFeatures): Change | undefined {
  let found: Change | undefined;
  for (let i = 0; i < features.words.length; i += 1) {
    const word = features.words[i];
    if (!word.verb || word.attribution || word.hypothetical || word.adjunct || word.negated) continue;
    const direction = directionOf(word.stem);
    if (direction === undefined || STATES_BECOME.has(features.words[i + 1]?.stem ?? '')) continue;
    if (found && found.direction !== direction) return undefined;
    found ??= { word: i, direction, text: word.text ?? word.stem };
  }
  for (const quantity of features.quantities) {
    if (quantity.change === undefined) continue;
    if (found && found.direction !== quantity.change.direction) return undefined;
    found ??= { word: -1, direction: quantity.change.direction, text: quantity.change.text };
  }
  return found;
}

/** The changes of both sentences [page, reference], when each has one (the reference is read only then). */
export function changesOf(page: ClaimFeatures, reference: ClaimFeatures): readonly [Change, Change] | undefined {
  const a = changeOf(page);
  const b = a && changeOf(reference);
  return a && b ? [a, b] : undefined;
}
