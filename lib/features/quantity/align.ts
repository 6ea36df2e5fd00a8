/**
 * Pairs the quantities of a page sentence with those of a reference sentence that talk about the same
 * thing, so "300 dead and 2,700 injured" is compared item by item and never crosswise.
 *
 * Only quantities of the same unit can pair. Pairs are chosen greedily, best first:
 * 1. counts of the same outcome (`options.sameCount`) with the same head, then same outcome or same head (equal
 *    stems, or synonyms by the `sameHead` hook), closest values first;
 * 2. a head missing on either side, closest values first;
 * 3. different heads only when they are the last unpaired quantity of that unit on both sides (the only
 *    candidates left, as in "300 troops died" against "300 soldiers were killed").
 * Quantities that count different events (`options.sameEvent`: "300 killed" / "two captured") never pair.
 * Closest values first means that when heads cannot tell, 300 pairs with 300 rather than with 2,700; a
 * genuine difference still shows as a conflict once the obvious pairs are taken.
 */

import type { Quantity } from '../../types';
import { isOutcome, namesOutcome } from '../predicate';
import { compareValues, farApart, headRelation, type QuantityOptions } from './compare';

export interface QuantityPair {
  page: Quantity;
  reference: Quantity;
  verdict: 'agree' | 'conflict';
}

interface Candidate {
  page: number;
  reference: number;
  rank: number;
  distance: number;
  order: number;
}

const startsAChange = (list: readonly Quantity[]): boolean => list.some((quantity) => quantity.from === true);

const middle = (q: Quantity): number => (q.value + (q.high ?? q.value)) / 2;

/** Relative distance of two values, 0 when equal. */
function distance(a: Quantity, b: Quantity): number {
  const x = middle(a);
  const y = middle(b);
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1);
}

/** One of the two is a part of a whole whose thing the other counts, and the two give the same value. */
function sameFigureOfWhole(p: Quantity, r: Quantity, options: QuantityOptions): boolean {
  const ofWhole =
    (p.whole !== undefined && headRelation(p.whole, r.head, options) === 'same') ||
    (r.whole !== undefined && headRelation(p.head, r.whole, options) === 'same');
  return ofWhole && compareValues(p, r) === 'agree';
}

/**
 * One of the two counts some of a group whose thing the other counts, and gives another value ("180,000 of the
 * affected customers" / "2.9 million customers affected", "two other subscribers" / "three subscribers"): never a
 * contradiction, unless it counts an outcome among them ("41 of the whales have died"; not "the first three deaths").
 */
export function someOfTheOthersGroup(p: Quantity, r: Quantity, options: QuantityOptions): boolean {
  if ((p.whole === undefined) === (r.whole === undefined)) return false;
  const part = p.whole !== undefined ? p : r;
  const other = part === p ? r : p;
  // Some of a group of the outcome itself ("the first three deaths", "two other deaths") is not an outcome among them.
  if ((isOutcome(p.predicate) || isOutcome(r.predicate)) && !namesOutcome(part.head)) return false;
  // "The first three deaths" / "14 people had died": a group of the outcome is the group of those it befell.
  const sameGroup =
    headRelation(part.whole ?? '', other.head, options) === 'same' ||
    (namesOutcome(part.head) && part.predicate !== undefined && part.predicate === other.predicate);
  return sameGroup && compareValues(p, r) !== 'agree';
}

/**
 * Heads (stems) of counts of households or homes: a count of them is never a count of the people in them, whatever
 * event befell both ("evacuees came from 3,900 households" / "17,600 people were evacuated").
 */
const HOUSEHOLD_HEADS = new Set(['household', 'famili', 'home', 'hous', 'dwell']);

/** One count is of households or homes and the other of something else (people, buildings): never one figure. */
export function householdsAndOthers(a: Quantity, b: Quantity): boolean {
  return a.head !== '' && b.head !== '' && HOUSEHOLD_HEADS.has(a.head) !== HOUSEHOLD_HEADS.has(b.head);
}

function candidates(page: Quantity[], reference: Quantity[], options: QuantityOptions): Candidate[] {
  const list: Candidate[] = [];
  page.forEach((p, i) => {
    reference.forEach((r, j) => {
      if (p.unit !== r.unit || !Number.isFinite(p.value) || !Number.isFinite(r.value)) return;
      if (farApart(p, r)) return;
      // A rate ("4,000 passengers a day") and a count ("187 passengers"), or rates of other periods, never pair;
      // unless one leaves the rate unsaid and the two agree ("a dividend of 20 fils" / "20 fils a share").
      // A share each one gets beside the same thing's figure left unsaid ("a bonus of 120,000 lari to each docker" /
      // "dockers will get a bonus of 20,000 lari") is each one's on both sides.
      if (
        p.per !== r.per &&
        !(oneRateUnsaid(p, r) && (compareValues(p, r) === 'agree' || eachOfSameThing(p, r, options)))
      )
        return;
      // Where a change started pairs with where the other started ("from 1.75% to 1.5%" / "to 1.5% from 1.75%").
      if (p.from !== r.from && startsAChange(page) && startsAChange(reference)) return;
      if (options.sameEvent && !options.sameEvent(p, r)) return;
      // Two counts of one outcome pair first, and among those the ones that name the same thing ("at least one
      // survivor" with "two survivors", not with "one diver" of "the two survivors were one diver and one cook").
      // A part of a whole ("187 of them", of 612 cases) may restate the same figure of the whole's thing ("187 of
      // the cases"); of another value, it is another part, which nothing contradicts.
      const partOfWhole = sameFigureOfWhole(p, r, options);
      // Some of a group is never compared with another figure of the group ("180,000 of the affected customers" /
      // "2.9 million customers affected"), unless it counts an outcome among them ("41 of the whales have died").
      if (!partOfWhole && someOfTheOthersGroup(p, r, options)) return;
      const heads = partOfWhole ? 'same' : headRelation(p.head, r.head, options);
      const sameCount = options.sameCount?.(p, r) === true;
      const rank = sameCount ? (heads === 'same' ? 0 : 0.5) : heads === 'same' ? 0.5 : heads === 'unknown' ? 1 : 2;
      const order = Math.abs(i / Math.max(page.length, 1) - j / Math.max(reference.length, 1));
      list.push({ page: i, reference: j, rank, distance: distance(p, r), order });
    });
  });
  return list.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.order - b.order);
}

function unpairedOfUnit(list: Quantity[], paired: Set<number>, unit: string): number {
  return list.filter((q, i) => q.unit === unit && !paired.has(i)).length;
}

/** Units no bare number stands for: a count equal to a year or a date is no restatement of it. */
const CALENDAR = new Set(['year', 'date', 'clock']);

/**
 * The two have the same unit, or one leaves out the unit the other gives ("for 15.4 billion" / "for 15.4 billion
 * baht", "a rise of 12" / "12 percent"): a restatement often drops what its sentence makes plain.
 */
export function unitOrElided(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit) return true;
  return (a.unit === '' || b.unit === '') && !CALENDAR.has(a.unit) && !CALENDAR.has(b.unit);
}

/**
 * Another quantity of `others` than `paired` has the unit (or the unit left out) and agrees with the value of
 * `quantity`.
 */
export function valueElsewhere(quantity: Quantity, others: readonly Quantity[], paired: Quantity): boolean {
  return others.some(
    (other) =>
      other !== paired &&
      unitOrElided(other, quantity) &&
      other.per === quantity.per &&
      compareValues(quantity, other) === 'agree',
  );
}

/** Another quantity of `others` counts a part of `paired`'s group ("seven of them") and agrees with `quantity`. */
function partOfPaired(quantity: Quantity, others: readonly Quantity[], paired: Quantity): boolean {
  return others.some(
    (other) =>
      other !== paired &&
      other.whole !== undefined &&
      other.whole === paired.head &&
      other.unit === quantity.unit &&
      compareValues(quantity, other) === 'agree',
  );
}

/** One of the two gives a rate (or a figure per one of several), the other gives the figure without one. */
const oneRateUnsaid = (a: Quantity, b: Quantity): boolean => (a.per === undefined) !== (b.per === undefined);
/**
 * One side gives a share of each one, the other leaves it unsaid, both name the same thing, and the unsaid side has
 * no event of its own ("the grants would cost 1.2 million" is all of them).
 */
function eachOfSameThing(a: Quantity, b: Quantity, options: QuantityOptions): boolean {
  const [each, unsaid] = a.per === 'each' ? [a, b] : [b, a];
  if (each.per !== 'each' || a.head === '' || headRelation(a.head, b.head, options) !== 'same') return false;
  return unsaid.predicate === undefined || unsaid.predicate === each.predicate;
}

/**
 * One of `others` gives the value of `quantity`, of the same thing by its head, as a rate where `quantity` gives no
 * period, or with no period where `quantity` gives one.
 */
export function sameFigureAsRate(quantity: Quantity, others: readonly Quantity[], options: QuantityOptions): boolean {
  return (
    quantity.head !== '' &&
    others.some(
      (other) =>
        other.unit === quantity.unit &&
        oneRateUnsaid(other, quantity) &&
        headRelation(quantity.head, other.head, options) === 'same' &&
        compareValues(quantity, other) === 'agree',
    )
  );
}

/**
 * Pairs page quantities with reference quantities about the same thing and gives each pair a verdict.
 * Each quantity is used at most once; unpaired quantities are left out. Pairs come in page order.
 */
export function alignQuantities(
  page: Quantity[],
  reference: Quantity[],
  options: QuantityOptions = {},
): QuantityPair[] {
  if (page.length === 0 || reference.length === 0) return [];
  const pagePaired = new Set<number>();
  const referencePaired = new Set<number>();
  const pairs: QuantityPair[] = [];
  for (const candidate of candidates(page, reference, options)) {
    if (pagePaired.has(candidate.page) || referencePaired.has(candidate.reference)) continue;
    const p = page[candidate.page];
    const r = reference[candidate.reference];
    if (candidate.rank === 2) {
      const onlyLeft =
        unpairedOfUnit(page, pagePaired, p.unit) === 1 && unpairedOfUnit(reference, referencePaired, r.unit) === 1;
      if (!onlyLeft) continue;
    }
    const verdict = compareValues(p, r);
    // Paired for want of a better one (no head or outcome in common), and another figure of the other side has
    // its value: that figure, which something else kept apart ("About 60 people from the block" / "About 60
    // residents were evacuated"), is the likelier counterpart, so this difference is no evidence.
    if (
      candidate.rank >= 1 &&
      verdict === 'conflict' &&
      (valueElsewhere(p, reference, r) || valueElsewhere(r, page, p))
    ) {
      continue;
    }
    // The other side gives this figure of the same thing as a rate, where this side leaves the period unsaid ("20
    // gigawatt-hours of capacity" / "20 gigawatt-hours a year, rising to 40"): that is its counterpart, which the
    // rate kept apart, and the figure it was paired with instead is another.
    if (verdict === 'conflict' && (sameFigureAsRate(p, reference, options) || sameFigureAsRate(r, page, options))) {
      continue;
    }
    // The other side gives this figure as a part of the one it was paired with, and this side gives that whole too
    // ("27 people were hurt, seven of them seriously" / "27 were taken to hospital, seven with serious injuries"): the
    // part is its counterpart. A side that gives no such whole counts its own total ("seven people were hurt").
    if (
      verdict === 'conflict' &&
      ((partOfPaired(p, reference, r) && valueElsewhere(r, page, p)) ||
        (partOfPaired(r, page, p) && valueElsewhere(p, reference, r)))
    )
      continue;
    pagePaired.add(candidate.page);
    referencePaired.add(candidate.reference);
    pairs.push({ page: p, reference: r, verdict });
  }
  return pairs.sort((a, b) => a.page.start - b.page.start || a.reference.start - b.reference.start);
}
