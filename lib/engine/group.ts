/**
 * Groups reference claims that state the same fact in different sources, so the reader sees how many
 * independent sources agree. A claim joins the group of a supporting match in another source among its
 * nearest candidates in the index, so grouping costs a bounded number of lookups and checks per claim: it
 * grows about linearly with the set, whatever its size.
 */

import type { ReferenceIndex } from '../index/reference-index';
import { align } from '../match/similarity';
import { decideStance } from '../match/stance';
import { runSteps, type Steps } from '../steps';
import type { ReferenceClaim } from '../types';
import { GroupUnion } from './group-union';

/** Score from which two claims of different sources count as the same fact. */
const SAME_FACT = 0.6;
/** Candidates looked at per claim. */
const NEIGHBOURS = 8;
/**
 * In a large set, candidates are looked up only by keys held by at most this many claims: a restatement
 * shares its rarer words with the original, and a flat cap keeps the cost of one lookup from growing with
 * the set (a share of the set would make grouping quadratic).
 */
const MAX_POSTINGS = 1_000;
/** The index's own cap on common keys (Bm25Index's default share), used while it is the stricter one. */
const DEFAULT_COMMON_SHARE = 0.05;

/** Group ids for the claims of the index (claim id → group id); ungrouped claims are their own group. */
export function groupClaims(index: ReferenceIndex): Map<string, string> {
  const groups = new GroupUnion();
  const claims = index.allClaims();
  linkSameFacts(
    index,
    claims,
    (a, b) => groups.union(a.id, b.id),
    (a, b) => groups.find(a.id) === groups.find(b.id),
  );
  return new Map(claims.map((claim) => [claim.id, groups.find(claim.id)]));
}

/**
 * Looks up each of `claims` in the index and calls `link` for every candidate of another source that states
 * the same fact. `linked` (optional) tells pairs already known to be in one group, which are not checked again;
 * a pair whose wording is too far apart is not checked again from the other side.
 */
export function linkSameFacts(
  index: ReferenceIndex,
  claims: Iterable<ReferenceClaim>,
  link: (a: ReferenceClaim, b: ReferenceClaim) => void,
  linked: (a: ReferenceClaim, b: ReferenceClaim) => boolean = () => false,
): void {
  runSteps(linkingSteps(index, claims, link, linked));
}

/**
 * Claims looked up per step of linkingSteps: a few tens of milliseconds of work (250 took up to 300 ms in a set
 * of 100,000 claims).
 */
const LINK_STEP = 50;
/**
 * ... or fewer when their checks are long: a step ends once the sentences compared in it hold this many words
 * (a check costs about as much as the two sentences' words, and some claims are paragraphs).
 */
const WORDS_STEP = 10_000;

/**
 * linkSameFacts in steps of at most LINK_STEP claims, so a caller can let other work run in between (the background
 * answers other tabs while it regroups a large import). The links found are the same however it is run. With
 * `stepMs`, a step also ends once it has run that long: a claim's checks take from a fraction of a millisecond to
 * over a hundred (in a set of 100,000 claims), so a count alone leaves some steps far longer than others, and a step
 * ended by time may end between two checks of one claim. Without it, the steps are the same on every run (a test
 * that stops the work at its n-th pause needs that).
 */
export function* linkingSteps(
  index: ReferenceIndex,
  claims: Iterable<ReferenceClaim>,
  link: (a: ReferenceClaim, b: ReferenceClaim) => void,
  linked: (a: ReferenceClaim, b: ReferenceClaim) => boolean = () => false,
  stepMs = Number.POSITIVE_INFINITY,
): Steps<void> {
  const commonShare = Math.min(DEFAULT_COMMON_SHARE, MAX_POSTINGS / Math.max(1, index.size));
  const checked = new PairSet();
  let looked = 0;
  let words = 0;
  let stepStart = performance.now();
  const timeIsUp = () => performance.now() - stepStart >= stepMs;
  for (const claim of claims) {
    for (const { claim: other } of index.candidates(claim.features!, NEIGHBOURS, commonShare)) {
      if (other.sourceId === claim.sourceId || linked(claim, other) || checked.has(claim.id, other.id)) continue;
      const verdict = sameFact(index, claim, other);
      words += claim.features!.words.length + other.features!.words.length;
      if (verdict === 'same') link(claim, other);
      // Too far apart either way round; a stance (not symmetric) is checked again from the other side.
      else if (verdict === 'apart') checked.add(claim.id, other.id);
      // A claim's checks can take longer than a step (a paragraph among long neighbours): a step may end among them.
      if (timeIsUp()) {
        looked = 0;
        words = 0;
        yield;
        stepStart = performance.now();
      }
    }
    looked += 1;
    if (looked === LINK_STEP || words >= WORDS_STEP || timeIsUp()) {
      looked = 0;
      words = 0;
      yield;
      stepStart = performance.now();
    }
  }
}

/** Unordered pairs of claim ids. */
class PairSet {
  private readonly numbers = new Map<string, number>();
  private readonly pairs = new Set<number>();

  private numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(id, n);
    }
    return n;
  }

  private key(a: string, b: string): number {
    const x = this.numberOf(a);
    const y = this.numberOf(b);
    // Exact as a double for up to 2^26 distinct claims, far beyond any reference set.
    return x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
  }

  has(a: string, b: string): boolean {
    return this.pairs.has(this.key(a, b));
  }

  add(a: string, b: string): void {
    this.pairs.add(this.key(a, b));
  }
}

/** Whether two claims state the same fact; "apart" when their wording is too far apart either way round. */
function sameFact(index: ReferenceIndex, a: ReferenceClaim, b: ReferenceClaim): 'same' | 'apart' | 'stance' {
  // Both directions must reach the bar: most candidates fail the first, so the second is often not needed.
  const forward = align(a.features!, b.features!, index.weightOf);
  if (forward.score < SAME_FACT) return 'apart';
  if (align(b.features!, a.features!, index.weightOf).score < SAME_FACT) return 'apart';
  const { stance } = decideStance(
    { page: a.features!, reference: b.features!, pageText: a.text, referenceText: b.text, alignment: forward },
    SAME_FACT,
  );
  return stance === 'supports' ? 'same' : 'stance';
}
