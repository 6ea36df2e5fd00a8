/**
 * Writes claim columns, copying the rows of earlier columns for claims that did not change: after a small
 * change to a large set, a new snapshot costs a few array copies, not an encoding of every claim. The work
 * comes in steps (see steps.ts), so a caller can let other tasks run in between.
 */

import type { Steps } from '../../steps';
import type { ClaimReview, ReferenceClaim, ReferenceSource } from '../../types';
import type { ClaimColumns, SourceColumns } from './claims';
import { canPackFeatures, copyFeatureRows, featureRowsSize, newFeatureColumns, writeFeatures } from './features';
import { PackedStringsWriter } from './packed-strings';
import { isInt32, isStringList, type TableWriter } from './tables';

/** Claims encoded per step (about 20 ms at most on a slow machine). */
const ENCODED_PER_STEP = 1_000;
/** Claims copied per step. */
const COPIED_PER_STEP = 25_000;

/** Columns written before, and the row in them of each item to write that is unchanged (-1: not there). */
export interface Earlier<Columns> {
  columns: Columns;
  rows: Int32Array;
}

const CLAIM_KEYS = new Set(['id', 'sourceId', 'text', 'start', 'end', 'groupId', 'features', 'review']);
const SOURCE_KEYS = ['id', 'title', 'publisher', 'url', 'publishedAt', 'addedAt', 'origin'] as const;

function canPackReview(review: ClaimReview | undefined): boolean {
  if (review === undefined) return true;
  if (Object.keys(review).some((key) => key !== 'rating' && key !== 'appearances')) return false;
  return typeof review.rating === 'string' && isStringList(review.appearances);
}

/** True when the columns can hold the claim exactly (else it is kept whole). */
export function canPackClaim(claim: ReferenceClaim): boolean {
  for (const key in claim) if (!CLAIM_KEYS.has(key)) return false;
  return (
    typeof claim.id === 'string' &&
    typeof claim.sourceId === 'string' &&
    typeof claim.text === 'string' &&
    isInt32(claim.start) &&
    isInt32(claim.end) &&
    (claim.groupId === undefined || typeof claim.groupId === 'string') &&
    claim.features !== undefined &&
    canPackFeatures(claim.features) &&
    canPackReview(claim.review)
  );
}

/**
 * Items the columns cannot hold, as JSON, and where they were; the others, in order. In steps of
 * ENCODED_PER_STEP items: telling whether a claim fits looks at every word of its features (about 10 µs a claim
 * in Chromium's service worker, so 1.2 s at once for a 100,000-claim pack just subscribed).
 */
export function* wholeOf<T>(
  items: readonly T[],
  fits: (item: T, n: number) => boolean,
): Steps<{ packed: T[]; whole: string; wholeAt: Int32Array }> {
  const packed: T[] = [];
  const whole: T[] = [];
  const wholeAt: number[] = [];
  for (let n = 0; n < items.length; n += 1) {
    const item = items[n];
    if (fits(item, n)) packed.push(item);
    else {
      whole.push(item);
      wholeAt.push(n);
    }
    if ((n + 1) % ENCODED_PER_STEP === 0) yield;
  }
  return { packed, whole: JSON.stringify(whole), wholeAt: Int32Array.from(wholeAt) };
}

function canPackSource(source: ReferenceSource): boolean {
  const known: readonly string[] = SOURCE_KEYS;
  for (const key in source) if (key !== 'enabled' && !known.includes(key)) return false;
  return SOURCE_KEYS.every((key) => typeof source[key] === 'string') && typeof source.enabled === 'boolean';
}

const SCALARS = ['sourceIds', 'starts', 'ends', 'groupIds', 'reviewRatings', 'reviewAppearances'] as const;

/**
 * The columns of `claims` (in order), written with `tables`. With `earlier`, a claim with a row there is
 * copied from it, so `tables` must extend the tables those columns were written with.
 */
export function* writeClaimColumns(
  claims: readonly ReferenceClaim[],
  tables: TableWriter,
  earlier?: Earlier<ClaimColumns>,
): Steps<ClaimColumns> {
  const rowOf = (n: number) => (earlier ? earlier.rows[n] : -1);
  const { packed, whole, wholeAt } = yield* wholeOf(claims, (claim, n) => rowOf(n) >= 0 || canPackClaim(claim));
  // Rows of the packed claims in the earlier columns, and the size of the new feature columns.
  const from = new Int32Array(packed.length);
  let words = 0;
  let quantities = 0;
  let w = 0;
  for (let n = 0, m = 0; n < claims.length; n += 1) {
    if (w < wholeAt.length && wholeAt[w] === n) {
      w += 1;
      continue;
    }
    from[m] = rowOf(n);
    if (from[m] < 0) {
      words += packed[m].features!.words.length;
      quantities += packed[m].features!.quantities.length;
    } else if (earlier) {
      const size = featureRowsSize(earlier.columns.features, from[m], 1);
      words += size.word;
      quantities += size.quantity;
    }
    m += 1;
    if (m % COPIED_PER_STEP === 0) yield;
  }
  const column = () => new Int32Array(packed.length);
  const columns: ClaimColumns = {
    ids: { text: '', ends: new Int32Array(0) },
    texts: { text: '', ends: new Int32Array(0) },
    sourceIds: column(),
    starts: column(),
    ends: column(),
    groupIds: column(),
    reviewRatings: column(),
    reviewAppearances: column(),
    features: newFeatureColumns(packed.length, words, quantities),
    whole,
    wholeAt,
  };
  yield;
  const ids = new PackedStringsWriter(packed.length);
  const texts = new PackedStringsWriter(packed.length);
  const at = { word: 0, quantity: 0 };
  let m = 0;
  let work = 0;
  while (m < packed.length) {
    if (from[m] >= 0 && earlier) {
      // A run of claims in consecutive earlier rows is copied at once.
      let count = 1;
      while (m + count < packed.length && count < COPIED_PER_STEP && from[m + count] === from[m] + count) count += 1;
      const row = from[m];
      for (const key of SCALARS) columns[key].set(earlier.columns[key].subarray(row, row + count), m);
      ids.copy(earlier.columns.ids, row, count);
      texts.copy(earlier.columns.texts, row, count);
      copyFeatureRows(earlier.columns.features, row, count, columns.features, m, at);
      m += count;
      work += count / (COPIED_PER_STEP / ENCODED_PER_STEP);
    } else {
      const claim = packed[m];
      ids.add(claim.id);
      texts.add(claim.text);
      columns.sourceIds[m] = tables.string(claim.sourceId);
      columns.starts[m] = claim.start;
      columns.ends[m] = claim.end;
      columns.groupIds[m] = claim.groupId === undefined ? -1 : tables.string(claim.groupId);
      columns.reviewRatings[m] = claim.review ? tables.string(claim.review.rating) : -1;
      columns.reviewAppearances[m] = claim.review ? tables.list(claim.review.appearances) : 0;
      writeFeatures(columns.features, m, at, claim.features!, tables);
      m += 1;
      work += 1;
    }
    if (work >= ENCODED_PER_STEP) {
      work = 0;
      yield;
    }
  }
  columns.ids = ids.pack();
  columns.texts = texts.pack();
  return columns;
}

/** The columns of `sources` (in order); with `earlier`, as writeClaimColumns. In steps (a pack has a source a claim). */
export function* writeSourceColumns(
  sources: readonly ReferenceSource[],
  tables: TableWriter,
  earlier?: Earlier<SourceColumns>,
): Steps<SourceColumns> {
  const rowOf = (n: number) => (earlier ? earlier.rows[n] : -1);
  const { packed, whole, wholeAt } = yield* wholeOf(sources, (source, n) => rowOf(n) >= 0 || canPackSource(source));
  const column = () => new Int32Array(packed.length);
  const columns: SourceColumns = {
    ids: column(),
    titles: column(),
    publishers: column(),
    urls: column(),
    publishedAt: column(),
    addedAt: column(),
    origins: column(),
    enabled: new Uint8Array(packed.length),
    whole,
    wholeAt,
  };
  const fields = [
    ['ids', 'id'],
    ['titles', 'title'],
    ['publishers', 'publisher'],
    ['urls', 'url'],
    ['publishedAt', 'publishedAt'],
    ['addedAt', 'addedAt'],
    ['origins', 'origin'],
  ] as const;
  let w = 0;
  for (let n = 0, m = 0; n < sources.length; n += 1) {
    if (w < wholeAt.length && wholeAt[w] === n) {
      w += 1;
      continue;
    }
    const row = rowOf(n);
    const source = packed[m];
    for (const [key, field] of fields) {
      columns[key][m] = row >= 0 && earlier ? earlier.columns[key][row] : tables.string(source[field]);
    }
    columns.enabled[m] = source.enabled ? 1 : 0;
    m += 1;
    if (m % ENCODED_PER_STEP === 0) yield;
  }
  return columns;
}
