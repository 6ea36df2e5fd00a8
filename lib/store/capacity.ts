/**
 * The store's side of the limits (lib/limits.ts): every operation that writes sources or claims checks them
 * here before its transaction, so nothing enters the store that the messages could not carry back out
 * (list, edit, delete, Undo), whoever called it. A refusal names the record, the field and the limit.
 */
import { claimProblem, LIMITS, sourceProblem } from '../limits';
import { quoted } from '../reference/file-error';
import { runSteps, type Steps } from '../steps';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { StoreError } from './errors';
import type { Library } from './library';

const count = (n: number) => n.toLocaleString('en-US');

/** Records checked, or claims counted, per step of the stepped checks (a few milliseconds). */
const CHECK_STEP = 2_000;

/** Refuses (StoreError) the first source or claim with a field over its limit; `what` names the operation. */
export function checkRecords(
  what: string,
  sources: readonly ReferenceSource[],
  claims: readonly ReferenceClaim[],
): void {
  runSteps(checkRecordsSteps(what, sources, claims));
}

/** checkRecords in steps, for a large change (a pack of 100,000 claims takes about half a second). */
export function* checkRecordsSteps(
  what: string,
  sources: readonly ReferenceSource[],
  claims: readonly ReferenceClaim[],
): Steps<void> {
  for (const [n, source] of sources.entries()) {
    const problem = sourceProblem(source);
    if (problem) throw new StoreError(`${what} was refused: source ${quoted(source.title)}: ${problem}.`);
    if ((n + 1) % CHECK_STEP === 0) yield;
  }
  for (const [n, claim] of claims.entries()) {
    const problem = claimProblem(claim);
    if (problem) throw new StoreError(`${what} was refused: claim ${quoted(claim.text)}: ${problem}.`);
    if ((n + 1) % CHECK_STEP === 0) yield;
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
  runSteps(checkRoomSteps(library, what, sources, claims));
}

/** checkRoom in steps (counting a large change's claims per source looks at every claim of the store). */
export function* checkRoomSteps(
  library: Library,
  what: string,
  sources: readonly ReferenceSource[],
  claims: readonly ReferenceClaim[],
): Steps<void> {
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
  for (const [n, claim] of claims.entries()) {
    added.set(claim.sourceId, (added.get(claim.sourceId) ?? 0) + 1);
    if ((n + 1) % CHECK_STEP === 0) yield;
  }
  const stored = new Map<string, number>();
  if ([...added.keys()].some((id) => library.index.source(id))) {
    const all = library.index.allClaims({ features: false });
    yield;
    for (const [n, claim] of all.entries()) {
      if (added.has(claim.sourceId)) stored.set(claim.sourceId, (stored.get(claim.sourceId) ?? 0) + 1);
      if ((n + 1) % CHECK_STEP === 0) yield;
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
