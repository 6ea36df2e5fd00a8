/** What a pattern reader found at a token, before qualifiers and heads are attached. */

import type { QuantityQualifier } from '../../types';

export interface Reading {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  value: number;
  high: number;
  unit: string;
  /** Absolute rounding allowance, in `unit` (see Quantity.rounding). */
  rounding: number;
  /** Place value of the last significant digit written, in `unit` (see Quantity.digit). */
  digit?: number;
  /** Set by readers whose wording carries its own hedge ("thousands of" → atLeast). */
  qualifier?: QuantityQualifier;
  /** Dates and years count nothing: no head is looked for. */
  headless?: boolean;
}

/** Result of a reader: what it found (possibly nothing worth keeping) and the token to go on from. */
export interface ReaderResult {
  readings: Reading[];
  next: number;
}
