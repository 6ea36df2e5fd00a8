/**
 * Reference sources and claims (with features) as typed-array columns for the index snapshot. Any source or
 * claim with a field these columns do not know is kept whole, as JSON, so nothing is ever lost.
 */

import { runSteps } from '../../steps';
import type { ReferenceClaim, ReferenceSource, SourceOrigin } from '../../types';
import { type FeatureColumns, unpackFeatures } from './features';
import { type PackedStrings, unpackStrings } from './packed-strings';
import type { Tables, TableWriter } from './tables';
import { writeClaimColumns, writeSourceColumns } from './writer';

export interface ClaimColumns {
  /** Ids and texts (unique to each claim, so not in the shared table). */
  ids: PackedStrings;
  texts: PackedStrings;
  /** String numbers. */
  sourceIds: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** String numbers; -1 when the claim has none (also for review ratings). */
  groupIds: Int32Array;
  reviewRatings: Int32Array;
  /** List numbers. */
  reviewAppearances: Int32Array;
  features: FeatureColumns;
  /** Claims kept whole (JSON array), and their places among the claims, ascending. */
  whole: string;
  wholeAt: Int32Array;
}

export interface SourceColumns {
  /** String numbers of each field. */
  ids: Int32Array;
  titles: Int32Array;
  publishers: Int32Array;
  urls: Int32Array;
  publishedAt: Int32Array;
  addedAt: Int32Array;
  origins: Int32Array;
  enabled: Uint8Array;
  whole: string;
  wholeAt: Int32Array;
}

/** Puts the whole items back among the unpacked ones, in their places. */
function merge<T>(unpacked: readonly T[], whole: string, wholeAt: Int32Array): T[] {
  if (wholeAt.length === 0) return unpacked as T[];
  const items = JSON.parse(whole) as T[];
  const out: T[] = new Array(unpacked.length + items.length);
  let next = 0;
  let w = 0;
  for (let n = 0; n < out.length; n += 1) {
    out[n] = w < wholeAt.length && wholeAt[w] === n ? items[w++] : unpacked[next++];
  }
  return out;
}

/** Writes claims into columns (those with unknown fields are kept whole). */
export function packClaims(claims: readonly ReferenceClaim[], tables: TableWriter): ClaimColumns {
  return runSteps(writeClaimColumns(claims, tables));
}

/**
 * The claims of the columns, in order, without the features of those the columns hold (the claims kept whole
 * have theirs); `rows[n]` is claim n's row in `columns.features` (-1 for a whole claim), for `unpackFeatures`.
 * Lets an index restore many claims at once and decode features only for the claims it looks at.
 */
export function unpackClaimShells(
  columns: ClaimColumns,
  tables: Tables,
): { claims: ReferenceClaim[]; rows: Int32Array } {
  const { strings } = tables;
  const ids = unpackStrings(columns.ids);
  const texts = unpackStrings(columns.texts);
  const shells: ReferenceClaim[] = new Array(ids.length);
  for (let n = 0; n < shells.length; n += 1) {
    const claim: ReferenceClaim = {
      id: ids[n],
      sourceId: strings[columns.sourceIds[n]],
      text: texts[n],
      start: columns.starts[n],
      end: columns.ends[n],
    };
    if (columns.groupIds[n] >= 0) claim.groupId = strings[columns.groupIds[n]];
    if (columns.reviewRatings[n] >= 0) {
      claim.review = {
        rating: strings[columns.reviewRatings[n]],
        appearances: tables.lists[columns.reviewAppearances[n]],
      };
    }
    shells[n] = claim;
  }
  const claims = merge(shells, columns.whole, columns.wholeAt);
  return { claims, rows: packedRows(claims.length, columns.wholeAt) };
}

/** For each of `count` items, its row in the columns, or -1 for one kept whole (at `wholeAt`). */
export function packedRows(count: number, wholeAt: Int32Array): Int32Array {
  const rows = new Int32Array(count);
  let row = 0;
  let w = 0;
  for (let n = 0; n < count; n += 1) {
    if (w < wholeAt.length && wholeAt[w] === n) {
      rows[n] = -1;
      w += 1;
    } else rows[n] = row++;
  }
  return rows;
}

/** The claims `packClaims` was given, in order, with their features. */
export function unpackClaims(columns: ClaimColumns, tables: Tables): ReferenceClaim[] {
  const { claims, rows } = unpackClaimShells(columns, tables);
  claims.forEach((claim, n) => {
    if (rows[n] >= 0) claim.features = unpackFeatures(columns.features, rows[n], tables);
  });
  return claims;
}

/** Writes sources into columns (those with unknown fields are kept whole). */
export function packSources(sources: readonly ReferenceSource[], tables: TableWriter): SourceColumns {
  return runSteps(writeSourceColumns(sources, tables));
}

/** The sources `packSources` was given, in order. */
export function unpackSources(columns: SourceColumns, { strings }: Tables): ReferenceSource[] {
  const sources: ReferenceSource[] = new Array(columns.ids.length);
  for (let n = 0; n < sources.length; n += 1) {
    sources[n] = {
      id: strings[columns.ids[n]],
      title: strings[columns.titles[n]],
      publisher: strings[columns.publishers[n]],
      url: strings[columns.urls[n]],
      publishedAt: strings[columns.publishedAt[n]],
      addedAt: strings[columns.addedAt[n]],
      origin: strings[columns.origins[n]] as SourceOrigin,
      enabled: columns.enabled[n] === 1,
    };
  }
  return merge(sources, columns.whole, columns.wholeAt);
}
