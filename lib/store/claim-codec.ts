/**
 * A compact form of claims with their features for the start-up snapshot: arrays instead of keyed objects,
 * and a feature word list as parallel arrays. About a third of the size of plain JSON and faster to read back.
 * Claims whose features have fields this codec does not know are kept whole, so nothing is ever lost when the
 * engine adds a field.
 */
import type { ClaimFeatures, FeatureWord, ReferenceClaim } from '../types';

const FEATURE_KEYS = 'version,words,entities,quantities,negations,dates';
const WORD_KEYS = new Set([
  'stem',
  'concepts',
  'proper',
  'negated',
  'attribution',
  'verb',
  'cap',
  'place',
  'text',
  'cue',
  'broader',
  'hypothetical',
]);
const CLAIM_KEYS = new Set(['id', 'sourceId', 'text', 'start', 'end', 'groupId', 'features']);

/** Word flags: proper 1, negated 2; attribution present 4 (true 8); verb present 16 (true 32); hypothetical 64. */
type Sparse<T> = (T | null)[] | 0;
type PackedFeatures = [
  number,
  string[],
  number[],
  Sparse<string[]>,
  Sparse<number>,
  Sparse<string>,
  string[],
  ClaimFeatures['quantities'],
  number,
  string[],
  Sparse<string>,
  Sparse<string>,
  Sparse<string[]>,
];
/** [id, sourceId, text, start, end, groupId, features] or the claim itself when it cannot be packed. */
export type PackedClaim = [string, string, string, number, number, string | 0, PackedFeatures | 0] | ReferenceClaim;

/** A sparse column: values by word, or 0 when no word has one. */
function column<T>(words: readonly FeatureWord[], value: (word: FeatureWord) => T | undefined): Sparse<T> {
  let out: Sparse<T> = 0;
  words.forEach((word, i) => {
    const item = value(word);
    if (item === undefined) return;
    if (out === 0) out = words.map(() => null);
    out[i] = item;
  });
  return out;
}

function packFeatures(features: ClaimFeatures): PackedFeatures | undefined {
  if (Object.keys(features).join(',') !== FEATURE_KEYS) return undefined;
  const { words } = features;
  const flags: number[] = [];
  for (const word of words) {
    for (const key in word) if (!WORD_KEYS.has(key)) return undefined;
    flags.push(
      (word.proper ? 1 : 0) +
        (word.negated ? 2 : 0) +
        (word.attribution === undefined ? 0 : word.attribution ? 12 : 4) +
        (word.verb === undefined ? 0 : word.verb ? 48 : 16) +
        (word.hypothetical ? 64 : 0),
    );
  }
  const concepts = column(words, (word) => (word.concepts.length > 0 ? [...word.concepts] : undefined));
  const caps = column(words, (word) => word.cap);
  const places = column(words, (word) => word.place);
  const { version, entities, quantities, negations, dates } = features;
  const stems = words.map((word) => word.stem);
  const texts = column(words, (word) => word.text);
  const cues = column(words, (word) => word.cue);
  const broader = column(words, (word) => (word.broader ? [...word.broader] : undefined));
  return [version, stems, flags, concepts, caps, places, entities, quantities, negations, dates, texts, cues, broader];
}

function unpackFeatures(packed: PackedFeatures): ClaimFeatures {
  const [version, stems, flags, concepts, caps, places, entities, quantities, negations, dates, texts, cues, broader] =
    packed;
  const words: FeatureWord[] = new Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const flag = flags[i];
    const word: FeatureWord = {
      stem: stems[i],
      concepts: concepts === 0 ? [] : (concepts[i] ?? []),
      proper: (flag & 1) !== 0,
      negated: (flag & 2) !== 0,
    };
    if (flag & 4) word.attribution = (flag & 8) !== 0;
    if (flag & 16) word.verb = (flag & 32) !== 0;
    if (flag & 64) word.hypothetical = true;
    if (caps !== 0 && caps[i] !== null) word.cap = caps[i]!;
    if (places !== 0 && places[i] !== null) word.place = places[i]!;
    if (texts && texts[i] !== null) word.text = texts[i]!;
    if (cues && cues[i] !== null) word.cue = cues[i]!;
    if (broader && broader[i] !== null) word.broader = broader[i]!;
    words[i] = word;
  }
  return { version, words, entities, quantities, negations, dates };
}

/** The compact form of one claim. */
export function packClaim(claim: ReferenceClaim): PackedClaim {
  if (Object.keys(claim).some((key) => !CLAIM_KEYS.has(key))) return claim;
  const features = claim.features ? packFeatures(claim.features) : 0;
  if (features === undefined) return claim;
  return [claim.id, claim.sourceId, claim.text, claim.start, claim.end, claim.groupId ?? 0, features];
}

/** The claim `packClaim` was given. */
export function unpackClaim(packed: PackedClaim): ReferenceClaim {
  if (!Array.isArray(packed)) return packed;
  const [id, sourceId, text, start, end, groupId, features] = packed;
  const claim: ReferenceClaim = { id, sourceId, text, start, end };
  if (groupId !== 0) claim.groupId = groupId;
  if (features !== 0) claim.features = unpackFeatures(features);
  return claim;
}
