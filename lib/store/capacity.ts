/**
 * The store's side of the limits (lib/limits.ts): every operation that writes sources or claims checks them
 * here before its transaction, so nothing enters the store that the messages could not carry back out
 * (list, edit, delete, Undo), whoever called it. A refusal names the record, the field and the limit.
 */
import { claimProblem, LIMITS, sourceProblem } from '../limits';
import { quoted } from '../reference/file-error';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { StoreError } from './errors';
import type { Library } from './library';

const count = (n: number) => n.toLocaleString('en-US');

/** Refuses (StoreError) the first source or claim with a field over its limit; `what` names the operation. */
export function checkRecords(
  what: string,
  sources: readonly ReferenceSource[],
  claims: readonly ReferenceClaim[],
): void {
  for (const source of sources) {
    const problem = sourceProblem(source);
    if (problem) throw new StoreError(`${what} was refused: source ${quoted(source.title)}: ${problem}.`);
  }
  for (const claim of claims) {
    const problem = claimProblem(claim);
    if (problem) throw new StoreError(`${what} was refused: claim ${quoted(claim.text)}: ${problem}.`);
  }
}

/**
 * Refuses (StoreError) adding these sources and claims when the store, or a source, would hold more than the
 * limits allow. `claims` may add to sources already in the store.
 */
export function checkRoom(
  library: Library,
  what: string,
  sources: readonly ReferenceSource[],
  claims: readonly ReferenceClaim[],
): void {
  const sourcesAfter = library.index.allSources().length + sources.length;
  if (sourcesAfter > LIMITS.storeSources) {
    throw new StoreError(
      `${what} was refused: your references would hold ${count(sourcesAfter)} sources, and ClaimLens holds at most ` +
        `${count(LIMITS.storeSources)}. Delete sources you no longer need, then try again.`,
    );
  }
  const claimsAfter = library.index.size + claims.length;
  if (claimsAfter > LIMITS.storeClaims) {
    throw new StoreError(
      `${what} was refused: your references would hold ${count(claimsAfter)} claims, and ClaimLens holds at most ` +
        `${count(LIMITS.storeClaims)}. Delete sources you no longer need, then try again.`,
    );
  }
  const added = new Map<string, number>();
  for (const claim of claims) added.set(claim.sourceId, (added.get(claim.sourceId) ?? 0) + 1);
  const stored = new Map<string, number>();
  if ([...added.keys()].some((id) => library.index.source(id))) {
    for (const claim of library.index.allClaims({ features: false })) {
      if (added.has(claim.sourceId)) stored.set(claim.sourceId, (stored.get(claim.sourceId) ?? 0) + 1);
    }
  }
  for (const [sourceId, n] of added) {
    const after = n + (stored.get(sourceId) ?? 0);
    if (after <= LIMITS.claimsPerSource) continue;
    const title = library.index.source(sourceId)?.title ?? sources.find((source) => source.id === sourceId)?.title;
    throw new StoreError(
      `${what} was refused: source ${quoted(title ?? sourceId)} would hold ${count(after)} claims, and a source ` +
        `holds at most ${count(LIMITS.claimsPerSource)}.`,
    );
  }
}
