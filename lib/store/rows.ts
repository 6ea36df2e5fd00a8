/**
 * What a source or claim row read from the database must hold for the index to use it. A row damaged on disk
 * (a field gone or of another type) is skipped and reported rather than failing every start: the rest of the
 * reference set loads, matches and exports.
 */
import type { ReferenceClaim, ReferenceSource } from '../types';

/** A row the load left out, and why. */
export interface SkippedRow {
  table: 'sources' | 'claims';
  /** The row's id when it has a readable one. */
  id: string;
  problem: string;
}

const isText = (value: unknown) => typeof value === 'string';

function fieldProblem(row: unknown, fields: Record<string, (value: unknown) => boolean>): string | undefined {
  if (typeof row !== 'object' || row === null) return 'is not a record';
  for (const [field, fits] of Object.entries(fields)) {
    const value = (row as Record<string, unknown>)[field];
    if (value === undefined) return `has no ${field}`;
    if (!fits(value)) return `has a ${field} of the wrong kind`;
  }
  return undefined;
}

const SOURCE_FIELDS = {
  id: (value: unknown) => isText(value) && value !== '',
  title: isText,
  publisher: isText,
  url: isText,
  publishedAt: isText,
  addedAt: isText,
  origin: isText,
  enabled: (value: unknown) => typeof value === 'boolean',
};

const CLAIM_FIELDS = {
  id: (value: unknown) => isText(value) && value !== '',
  sourceId: isText,
  text: isText,
  start: (value: unknown) => typeof value === 'number',
  end: (value: unknown) => typeof value === 'number',
};

/** Why a source row cannot be used, or undefined when it can. */
export function sourceRowProblem(row: unknown): string | undefined {
  return fieldProblem(row, SOURCE_FIELDS);
}

/** Why a claim row cannot be used, or undefined when it can (optional fields are checked where they are read). */
export function claimRowProblem(row: unknown): string | undefined {
  const problem = fieldProblem(row, CLAIM_FIELDS);
  if (problem) return problem;
  const { groupId, review } = row as ReferenceClaim;
  if (groupId !== undefined && !isText(groupId)) return 'has a groupId of the wrong kind';
  if (review !== undefined && (typeof review !== 'object' || review === null || !isText(review.rating))) {
    return 'has a review of the wrong kind';
  }
  return undefined;
}

/** The usable rows of a table, and the ones left out. */
export function usableRows<T extends ReferenceSource | ReferenceClaim>(
  table: SkippedRow['table'],
  rows: readonly unknown[],
  skipped: SkippedRow[],
): T[] {
  const problemOf = table === 'sources' ? sourceRowProblem : claimRowProblem;
  const usable: T[] = [];
  for (const row of rows) {
    const problem = problemOf(row);
    if (!problem) usable.push(row as T);
    else {
      const id = (row as { id?: unknown } | null)?.id;
      skipped.push({ table, id: typeof id === 'string' ? id : '', problem });
    }
  }
  return usable;
}
