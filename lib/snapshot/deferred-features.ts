/**
 * The features of claims restored from a snapshot, decoded on first use: restoring 100,000 claims then costs
 * a few typed arrays, and a page lookup decodes only the few hundred candidates it verifies.
 */
import type { ReferenceClaim } from '../types';
import { type FeatureColumns, unpackFeatures } from './features';
import type { Tables } from './tables';

export class DeferredFeatures {
  constructor(
    private readonly columns: FeatureColumns,
    private readonly tables: Tables,
    /** Row in `columns` of each restored claim, by its number in the snapshot; -1 when it came whole. */
    private readonly rows: Int32Array,
  ) {}

  /** Gives restored claim `n` its features, if it has none yet. */
  fill(claim: ReferenceClaim, n: number): void {
    if (claim.features !== undefined || n >= this.rows.length || this.rows[n] < 0) return;
    claim.features = unpackFeatures(this.columns, this.rows[n], this.tables);
  }
}
