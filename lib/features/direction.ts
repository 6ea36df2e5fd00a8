/**
 * Verbs of change by the way they move what they measure: "exports rose 3%" and "exports fell 3%" give the same
 * figure and state opposite facts; "rates were cut" contradicts "rates were raised". A closed class of general
 * English verbs (WordNet keeps antonyms apart from the concepts the lexicon shares, see lib/lexicon), looked up
 * by stem, as feature words and quantity predicates carry them.
 */
import { stemmer } from 'stemmer';
import type { ClaimFeatures, FeatureWord } from '../types';

export type Direction = 'up' | 'down';

const DIRECTIONS = new Map<string, Direction>();
for (const [direction, lemmas] of [
  [
    'up',
    'rise increase grow climb jump gain soar surge raise lift boost expand widen rebound hike double triple swell ' +
      'accelerate',
  ],
  [
    'down',
    'fall decrease drop decline shrink slide slump plunge cut lower reduce ease dip contract narrow tumble halve',
  ],
] as const) {
  for (const lemma of lemmas.split(' ')) DIRECTIONS.set(stemmer(lemma), direction);
}

/** The direction a verb of change moves its measure in, by its stem; undefined for other words. */
export function directionOf(stem: string | undefined): Direction | undefined {
  return stem === undefined ? undefined : DIRECTIONS.get(stem);
}

/**
 * The sentence's asserted verbs of change, when they all move one way: "exports fell 3% while imports rose" moves
 * two ways and says nothing of one direction as a whole. Undefined when it has none or both.
 */
export function changeOf(features: ClaimFeatures): { word: number; direction: Direction } | undefined {
  let found: { word: number; direction: Direction } | undefined;
  for (let i = 0; i < features.words.length; i += 1) {
    const word: FeatureWord = features.words[i];
    if (!word.verb || word.attribution || word.hypothetical || word.adjunct || word.negated) continue;
    const direction = directionOf(word.stem);
    if (direction === undefined) continue;
    if (found && found.direction !== direction) return undefined;
    found ??= { word: i, direction };
  }
  return found;
}
