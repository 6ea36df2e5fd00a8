/**
 * A compact form of claims with their features for the start-up snapshot: arrays instead of keyed objects,
 * and a feature word list as parallel arrays. About a third of the size of plain JSON and faster to read back.
 * Claims whose features have fields this codec does not know are kept whole, so nothing is ever lost when the
 * engine adds a field.
 */
import type { ClaimFeatures, FeatureWord, ReferenceClaim } from '../types';

const FEATURE_KEYS = 'version,words,entities,quantities,negations,dates';
const WORD_KEYS = 'stem,concepts,proper,negated';
const CLAIM_KEYS = new Set(['id', 'sourceId', 'text', 'start', 'end', 'groupId', 'features']);

type PackedFeatures = [
  number,
  string[],
  string,
  string[][] | 0,
  string[],
  ClaimFeatures['quantities'],
  number,
  string[],
];
/** [id, sourceId, text, start, end, groupId, features] or the claim itself when it cannot be packed. */
export type PackedClaim = [string, string, string, number, number, string | 0, PackedFeatures | 0] | ReferenceClaim;

function packFeatures(features: ClaimFeatures): PackedFeatures | undefined {
  if (Object.keys(features).join(',') !== FEATURE_KEYS) return undefined;
  const stems: string[] = [];
  let flags = '';
  let concepts: string[][] | 0 = 0;
  for (let i = 0; i < features.words.length; i++) {
    const word = features.words[i];
    if (Object.keys(word).join(',') !== WORD_KEYS) return undefined;
    stems.push(word.stem);
    flags += String((word.proper ? 1 : 0) + (word.negated ? 2 : 0));
    if (word.concepts.length > 0) {
      if (concepts === 0) concepts = features.words.map(() => []);
      concepts[i] = [...word.concepts];
    }
  }
  const { version, entities, quantities, negations, dates } = features;
  return [version, stems, flags, concepts, entities, quantities, negations, dates];
}

function unpackFeatures(packed: PackedFeatures): ClaimFeatures {
  const [version, stems, flags, concepts, entities, quantities, negations, dates] = packed;
  const words: FeatureWord[] = new Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const flag = flags.charCodeAt(i) - 48;
    words[i] = {
      stem: stems[i],
      concepts: concepts === 0 ? [] : concepts[i],
      proper: (flag & 1) === 1,
      negated: flag >= 2,
    };
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
