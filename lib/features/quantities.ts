/**
 * The numbers part of claim checking: read the quantities of a sentence, decide whether two quantities
 * can both be true, and pair the quantities of a page sentence with those of a reference sentence.
 *
 * - `extractQuantities(sentence)`: every quantity with offsets, qualifier, normalised unit and head.
 * - `compareQuantities(page, reference, options?)`: 'agree' | 'conflict' | 'incomparable'.
 * - `alignQuantities(page, reference, options?)`: item-by-item pairs with a verdict each.
 *
 * Units are normalised at extraction ("two days" is 48 'hour'), heads are stemmed lower-case nouns
 * ("300 North Korean soldiers" counts "soldier"), and `options.sameHead` lets the engine add synonyms.
 * The pieces live in lib/features/quantity/; their comments give the choices (tolerances, heads, dates).
 */

export { alignQuantities, type QuantityPair } from './quantity/align';
export {
  APPROXIMATE_TOLERANCE,
  compareQuantities,
  type QuantityOptions,
  type QuantityVerdict,
} from './quantity/compare';
export { extractQuantities } from './quantity/extract';
