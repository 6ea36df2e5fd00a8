/**
 * Claim features (ClaimFeatures: words, entities, quantities) as typed-array columns: one entry per claim,
 * per word and per quantity, strings and string lists by number (see tables.ts). Decoding builds each word
 * and quantity as one object literal, the same shape the analysis makes.
 *
 * Only features whose fields are all known here can be packed (`canPackFeatures`); the claim codec keeps the
 * others whole, so a field the analysis adds later is never lost (but is packed only once it is added here).
 */
import type { ClaimFeatures, FeatureWord, Quantity, QuantityQualifier } from '../../types';
import { isInt32, isStringList, type Tables, type TableWriter } from './tables';

/**
 * Word flags: proper 1, negated 2; attribution set 4 (true 8); verb set 16 (true 32); hypothetical set 64
 * (true 128); locative set 256 (true 512); adjunct set 1024 (true 2048); coordinated set 4096 (true 8192); cause set
 * 16384 (true 32768); aside set 65536 (true 131072).
 */
export interface WordColumns {
  stems: Int32Array;
  /** String numbers; -1 when the word has none (also for cues, places, broader). */
  texts: Int32Array;
  cues: Int32Array;
  /** List numbers. */
  concepts: Int32Array;
  broader: Int32Array;
  places: Int32Array;
  /** NaN when the word has no cap. */
  caps: Float64Array;
  flags: Uint32Array;
}

export interface QuantityColumns {
  texts: Int32Array;
  values: Float64Array;
  highs: Float64Array;
  qualifiers: Int32Array;
  units: Int32Array;
  heads: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** NaN when the quantity has no rounding. */
  roundings: Float64Array;
  /** NaN when the quantity has no last digit (Quantity.digit). */
  digits: Float64Array;
  /** List numbers; -1 when the quantity has no context. */
  contexts: Int32Array;
  /** String numbers; -1 when the quantity has no predicate. */
  predicates: Int32Array;
  /** String numbers; -1 when the quantity is no part of a whole (Quantity.whole). */
  wholes: Int32Array;
}

export interface FeatureColumns {
  versions: Int32Array;
  negations: Int32Array;
  /** List numbers. */
  entities: Int32Array;
  dates: Int32Array;
  /** The end of each claim's words (quantities) in the word (quantity) columns. */
  wordEnds: Int32Array;
  quantityEnds: Int32Array;
  words: WordColumns;
  quantities: QuantityColumns;
}

const FEATURE_KEYS = new Set(['version', 'words', 'entities', 'quantities', 'negations', 'dates']);
const QUANTITY_KEYS = new Set([
  'text',
  'value',
  'high',
  'qualifier',
  'unit',
  'head',
  'start',
  'end',
  'rounding',
  'digit',
  'context',
  'predicate',
  'whole',
]);

function canPackWord(word: FeatureWord): boolean {
  for (const key in word) {
    const value = word[key as keyof FeatureWord];
    if (value === undefined) continue;
    switch (key) {
      case 'stem':
      case 'text':
      case 'cue':
      case 'place':
        if (typeof value !== 'string') return false;
        break;
      case 'concepts':
      case 'broader':
        if (!isStringList(value)) return false;
        break;
      case 'proper':
      case 'negated':
      case 'attribution':
      case 'verb':
      case 'hypothetical':
      case 'locative':
      case 'adjunct':
      case 'coordinated':
      case 'aside':
      case 'cause':
        if (typeof value !== 'boolean') return false;
        break;
      case 'cap':
        if (typeof value !== 'number' || Number.isNaN(value)) return false;
        break;
      default:
        return false;
    }
  }
  return typeof word.stem === 'string' && Array.isArray(word.concepts);
}

function canPackQuantity(quantity: Quantity): boolean {
  for (const key in quantity) if (!QUANTITY_KEYS.has(key)) return false;
  const { text, value, high, qualifier, unit, head, start, end, rounding, digit, context, predicate, whole } = quantity;
  return (
    typeof text === 'string' &&
    typeof value === 'number' &&
    typeof high === 'number' &&
    typeof qualifier === 'string' &&
    typeof unit === 'string' &&
    typeof head === 'string' &&
    isInt32(start) &&
    isInt32(end) &&
    (rounding === undefined || (typeof rounding === 'number' && !Number.isNaN(rounding))) &&
    (digit === undefined || (typeof digit === 'number' && !Number.isNaN(digit))) &&
    (context === undefined || isStringList(context)) &&
    (predicate === undefined || typeof predicate === 'string') &&
    (whole === undefined || typeof whole === 'string')
  );
}

/** True when the columns can hold these features exactly (every field known, of the expected type). */
export function canPackFeatures(features: ClaimFeatures): boolean {
  for (const key in features) if (!FEATURE_KEYS.has(key)) return false;
  const { version, words, entities, quantities, negations, dates } = features;
  return (
    isInt32(version) &&
    isInt32(negations) &&
    isStringList(entities) &&
    isStringList(dates) &&
    Array.isArray(words) &&
    words.every(canPackWord) &&
    Array.isArray(quantities) &&
    quantities.every(canPackQuantity)
  );
}

function flagsOf(word: FeatureWord): number {
  return (
    (word.proper ? 1 : 0) |
    (word.negated ? 2 : 0) |
    (word.attribution === undefined ? 0 : word.attribution ? 12 : 4) |
    (word.verb === undefined ? 0 : word.verb ? 48 : 16) |
    (word.hypothetical === undefined ? 0 : word.hypothetical ? 192 : 64) |
    (word.locative === undefined ? 0 : word.locative ? 768 : 256) |
    (word.adjunct === undefined ? 0 : word.adjunct ? 3072 : 1024) |
    (word.coordinated === undefined ? 0 : word.coordinated ? 12288 : 4096) |
    (word.cause === undefined ? 0 : word.cause ? 49152 : 16384) |
    (word.aside === undefined ? 0 : word.aside ? 196608 : 65536)
  );
}

/** Empty columns for `claims` claims with `words` words and `quantities` quantities in all. */
export function newFeatureColumns(claims: number, words: number, quantities: number): FeatureColumns {
  return {
    versions: new Int32Array(claims),
    negations: new Int32Array(claims),
    entities: new Int32Array(claims),
    dates: new Int32Array(claims),
    wordEnds: new Int32Array(claims),
    quantityEnds: new Int32Array(claims),
    words: {
      stems: new Int32Array(words),
      texts: new Int32Array(words),
      cues: new Int32Array(words),
      concepts: new Int32Array(words),
      broader: new Int32Array(words),
      places: new Int32Array(words),
      caps: new Float64Array(words),
      flags: new Uint32Array(words),
    },
    quantities: {
      texts: new Int32Array(quantities),
      values: new Float64Array(quantities),
      highs: new Float64Array(quantities),
      qualifiers: new Int32Array(quantities),
      units: new Int32Array(quantities),
      heads: new Int32Array(quantities),
      starts: new Int32Array(quantities),
      ends: new Int32Array(quantities),
      roundings: new Float64Array(quantities),
      digits: new Float64Array(quantities),
      contexts: new Int32Array(quantities),
      predicates: new Int32Array(quantities),
      wholes: new Int32Array(quantities),
    },
  };
}

/** Where the next claim's words and quantities go in the columns being written. */
export interface FeatureCursor {
  word: number;
  quantity: number;
}

/** Writes one claim's features (passing canPackFeatures) as row `n`, at the cursor, which moves on. */
export function writeFeatures(
  columns: FeatureColumns,
  n: number,
  at: FeatureCursor,
  features: ClaimFeatures,
  tables: TableWriter,
): void {
  const { words, quantities } = columns;
  const optional = (value: string | undefined) => (value === undefined ? -1 : tables.string(value));
  columns.versions[n] = features.version;
  columns.negations[n] = features.negations;
  columns.entities[n] = tables.list(features.entities);
  columns.dates[n] = tables.list(features.dates);
  let w = at.word;
  for (const word of features.words) {
    words.stems[w] = tables.string(word.stem);
    words.texts[w] = optional(word.text);
    words.cues[w] = optional(word.cue);
    words.concepts[w] = tables.list(word.concepts);
    words.broader[w] = word.broader === undefined ? -1 : tables.list(word.broader);
    words.places[w] = optional(word.place);
    words.caps[w] = word.cap ?? Number.NaN;
    words.flags[w] = flagsOf(word);
    w += 1;
  }
  let q = at.quantity;
  for (const quantity of features.quantities) {
    quantities.texts[q] = tables.string(quantity.text);
    quantities.values[q] = quantity.value;
    quantities.highs[q] = quantity.high;
    quantities.qualifiers[q] = tables.string(quantity.qualifier);
    quantities.units[q] = tables.string(quantity.unit);
    quantities.heads[q] = tables.string(quantity.head);
    quantities.starts[q] = quantity.start;
    quantities.ends[q] = quantity.end;
    quantities.roundings[q] = quantity.rounding ?? Number.NaN;
    quantities.digits[q] = quantity.digit ?? Number.NaN;
    quantities.contexts[q] = quantity.context === undefined ? -1 : tables.list(quantity.context);
    quantities.predicates[q] = quantity.predicate === undefined ? -1 : tables.string(quantity.predicate);
    quantities.wholes[q] = quantity.whole === undefined ? -1 : tables.string(quantity.whole);
    q += 1;
  }
  columns.wordEnds[n] = at.word = w;
  columns.quantityEnds[n] = at.quantity = q;
}

/** How many words and quantities rows [row, row + count) of the columns hold. */
export function featureRowsSize(columns: FeatureColumns, row: number, count: number): FeatureCursor {
  if (count === 0) return { word: 0, quantity: 0 };
  const last = row + count - 1;
  return {
    word: columns.wordEnds[last] - (row > 0 ? columns.wordEnds[row - 1] : 0),
    quantity: columns.quantityEnds[last] - (row > 0 ? columns.quantityEnds[row - 1] : 0),
  };
}

type Column = Int32Array | Float64Array | Uint32Array;

/** Copies items [start, end) of each column of `from` to the same column of `to`, from `at` on. */
function copyItems<T extends WordColumns | QuantityColumns>(from: T, to: T, start: number, end: number, at: number) {
  for (const key in from) (to[key] as Column).set((from[key] as Column).subarray(start, end), at);
}

/**
 * Copies `count` rows of `from`, from row `row` on, to rows `n`... of `to`, at the cursor, which moves on.
 * String and list numbers are copied as they are: `to` must be written with tables that extend those of
 * `from` (TableWriter.extending). A run of rows is copied at once, so a snapshot that changed little costs
 * a few array copies.
 */
export function copyFeatureRows(
  from: FeatureColumns,
  row: number,
  count: number,
  to: FeatureColumns,
  n: number,
  at: FeatureCursor,
): void {
  if (count === 0) return;
  const last = row + count;
  for (const key of ['versions', 'negations', 'entities', 'dates'] as const) {
    to[key].set(from[key].subarray(row, last), n);
  }
  const wordStart = row > 0 ? from.wordEnds[row - 1] : 0;
  const quantityStart = row > 0 ? from.quantityEnds[row - 1] : 0;
  copyItems(from.words, to.words, wordStart, from.wordEnds[last - 1], at.word);
  copyItems(from.quantities, to.quantities, quantityStart, from.quantityEnds[last - 1], at.quantity);
  const wordShift = at.word - wordStart;
  const quantityShift = at.quantity - quantityStart;
  for (let i = 0; i < count; i += 1) {
    to.wordEnds[n + i] = from.wordEnds[row + i] + wordShift;
    to.quantityEnds[n + i] = from.quantityEnds[row + i] + quantityShift;
  }
  at.word = to.wordEnds[n + count - 1];
  at.quantity = to.quantityEnds[n + count - 1];
}

function unpackWord(columns: WordColumns, w: number, { strings, lists }: Tables): FeatureWord {
  const flags = columns.flags[w];
  const text = columns.texts[w];
  const word: FeatureWord =
    text < 0
      ? {
          stem: strings[columns.stems[w]],
          concepts: lists[columns.concepts[w]],
          proper: (flags & 1) !== 0,
          negated: (flags & 2) !== 0,
        }
      : {
          stem: strings[columns.stems[w]],
          concepts: lists[columns.concepts[w]],
          proper: (flags & 1) !== 0,
          negated: (flags & 2) !== 0,
          text: strings[text],
        };
  if (columns.cues[w] >= 0) word.cue = strings[columns.cues[w]];
  if (columns.broader[w] >= 0) word.broader = lists[columns.broader[w]];
  if (columns.places[w] >= 0) word.place = strings[columns.places[w]];
  if (!Number.isNaN(columns.caps[w])) word.cap = columns.caps[w];
  if (flags & 16) word.verb = (flags & 32) !== 0;
  if (flags & 4) word.attribution = (flags & 8) !== 0;
  if (flags & 64) word.hypothetical = (flags & 128) !== 0;
  if (flags & 256) word.locative = (flags & 512) !== 0;
  if (flags & 1024) word.adjunct = (flags & 2048) !== 0;
  if (flags & 4096) word.coordinated = (flags & 8192) !== 0;
  if (flags & 16384) word.cause = (flags & 32768) !== 0;
  if (flags & 65536) word.aside = (flags & 131072) !== 0;
  return word;
}

function unpackQuantity(columns: QuantityColumns, q: number, { strings, lists }: Tables): Quantity {
  const rounding = columns.roundings[q];
  const quantity: Quantity = {
    text: strings[columns.texts[q]],
    value: columns.values[q],
    high: columns.highs[q],
    qualifier: strings[columns.qualifiers[q]] as QuantityQualifier,
    unit: strings[columns.units[q]],
    head: strings[columns.heads[q]],
    start: columns.starts[q],
    end: columns.ends[q],
    rounding: Number.isNaN(rounding) ? undefined : rounding,
  };
  if (!Number.isNaN(columns.digits[q])) quantity.digit = columns.digits[q];
  if (columns.contexts[q] >= 0) quantity.context = lists[columns.contexts[q]];
  if (columns.predicates[q] >= 0) quantity.predicate = strings[columns.predicates[q]];
  if (columns.wholes[q] >= 0) quantity.whole = strings[columns.wholes[q]];
  return quantity;
}

/** The features of claim `n` of the columns. */
export function unpackFeatures(columns: FeatureColumns, n: number, tables: Tables): ClaimFeatures {
  const words: FeatureWord[] = [];
  for (let w = n > 0 ? columns.wordEnds[n - 1] : 0; w < columns.wordEnds[n]; w += 1) {
    words.push(unpackWord(columns.words, w, tables));
  }
  const quantities: Quantity[] = [];
  for (let q = n > 0 ? columns.quantityEnds[n - 1] : 0; q < columns.quantityEnds[n]; q += 1) {
    quantities.push(unpackQuantity(columns.quantities, q, tables));
  }
  return {
    version: columns.versions[n],
    words,
    entities: tables.lists[columns.entities[n]],
    quantities,
    negations: columns.negations[n],
    dates: tables.lists[columns.dates[n]],
  };
}
