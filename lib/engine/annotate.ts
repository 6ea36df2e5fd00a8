/**
 * The page flow: sentences → check-worthy claims → candidates from the index → verification → stance →
 * one annotation per matched sentence, with its status over all matching sources.
 */

import { modalityOf, normAgainstEvent } from '../claims/modality';
import { quotationSharedWith } from '../claims/quotation';
import { analyseSentence } from '../features/analyse';
import { countedAgainst, HELD, isOutcome, PART, WHOLE } from '../features/predicate';
import type { QuantityPair } from '../features/quantities';
import type { ReferenceIndex, ScoredClaim } from '../index/reference-index';
import { type Clause, clausesOf, framedFact, framedFactOf } from '../match/clauses';
import {
  type Alignment,
  align,
  alignAtLeast,
  assertsPredicate,
  isTelling,
  predicateRestated,
} from '../match/similarity';
import { decideStance, type StanceInput, type StanceResult } from '../match/stance';
import { runSteps, type Steps } from '../steps';
import { forgetPeriods, otherPeriod } from '../time/period';
import type { ClaimFeatures, ClaimMatch, PageAnnotation, Quantity, ReferenceClaim, TextBlock } from '../types';
import { type SentenceClaim, sentenceClaimSteps } from './extract-claims';
import { summariseMatches } from './status';
import { PageStory, sourceNamesOf } from './story';

export interface AnnotateOptions {
  /**
   * How close a match must be, 0..1: 0.5 is the default; higher finds more (looser matches),
   * lower finds fewer.
   */
  sensitivity?: number;
  /** Candidates verified per sentence. */
  candidates?: number;
  /** The page's publication date (ISO, '' when unknown): dates its sentences, to tell updates from conflicts. */
  publishedAt?: string;
  /**
   * The page's headline: it names what the story is about ("Velmora strike enters second day"), which the body may
   * then leave unsaid. Read for the page's names only; it gets no badge.
   */
  title?: string;
  /**
   * The blocks are only some of the page (more of it, added as it loads): what the page is most about cannot be told
   * from them, so no source is set apart for it (see PageStory.sharesProtagonist).
   */
  partOfPage?: boolean;
}

/** Candidates verified per sentence, and the share of the best candidate's BM25 score a candidate needs. */
export const CANDIDATES = 10;
/**
 * A page sentence restating a claim shares its rarer words with it: in a large set, words held by more than 1%
 * of the claims are not used to find candidates (they still count in verification). Keeps lookup fast at 100,000:
 * with the labelled pages among 100,000 synthetic claims, 1% finds what 2% finds with 42% fewer postings read;
 * 0.5% loses restatements.
 */
export const COMMON_SHARE = 0.01;
const CANDIDATE_FLOOR = 0.3;
/**
 * Candidates added per sentence for its figures: claims giving the same number ("61", "6:15 p.m.") found by the
 * number alone, since a toll restated in other words shares little else. Years and dates are not figures here:
 * most claims of a story share them.
 */
const FIGURE_CANDIDATES = 5;
const CALENDAR_UNITS = new Set(['year', 'date']);

/**
 * How much the share of a claim the sentence covers counts, beside the score, in choosing one source's claim most
 * about the sentence's fact: the score is mostly the sentence's own coverage, which a long claim wins by sharing
 * words of the sentence's other facts.
 */
const CLAIM_COVERAGE_WEIGHT = 2;
/** Verification score from which a reference claim is a match for the sentence (at sensitivity 0.5). */
const MATCH_THRESHOLD = 0.45;
/** Below the match threshold but above this, the claim is shown as related, with no verdict. */
const RELATED_THRESHOLD = 0.35;
/**
 * From this score a quantity that pins the fact down (see Alignment.anchored) decides, though the two sentences
 * share less wording: real reports restate a toll in a sentence that says much else.
 */
export const ANCHORED_THRESHOLD = 0.2;
/**
 * Least score of a whole sentence against a claim for their clauses to be compared: below it the two share a
 * word or two, not a fact (restatements found by their clauses on the labelled pages scored 0.28 and more whole).
 */
const CLAUSE_FLOOR = 0.25;
/** How far sensitivity moves the thresholds. */
const SENSITIVITY_SPAN = 0.2;

function thresholds(sensitivity = 0.5) {
  const shift = (0.5 - Math.min(1, Math.max(0, sensitivity))) * SENSITIVITY_SPAN;
  return {
    match: MATCH_THRESHOLD + shift,
    related: RELATED_THRESHOLD + shift,
    anchored: ANCHORED_THRESHOLD + shift,
  };
}

/** Matches of one page sentence: best claim per source, decided stance, best first. */
export function matchSentence(
  index: ReferenceIndex,
  sentence: Pick<SentenceClaim, 'text' | 'analysis'>,
  options: AnnotateOptions = {},
  story?: PageStory,
  found: readonly ScoredClaim[] = candidatesFor(index, sentence, options),
): ClaimMatch[] {
  const limits = thresholds(options.sensitivity);
  const page = sentence.analysis.features;
  const bySource = new Map<string, { match: ClaimMatch; key: number }>();
  // Of each source, its best contradiction (or update) too: it stands beside a support of another of the sentence's
  // facts.
  const conflictBySource = new Map<string, { match: ClaimMatch; key: number }>();
  // And its best support: a source that gives the sentence's figure beside another does not contradict it.
  const supportBySource = new Map<string, { match: ClaimMatch; key: number }>();
  const alignments = new Map<ClaimMatch, Alignment>();
  const modality = modalityOf(sentence.text);
  const floor = (found[0]?.rank ?? 0) * CANDIDATE_FLOOR;
  const framed = framedFact(sentence.text) !== undefined;
  const quotationShared = quotationSharedWith(sentence.text);
  for (const { claim, rank } of found) {
    const reference = claim.features!;
    // A page about another story gets no verdict from this source, however alike one of its sentences.
    if (story?.otherStory(claim.sourceId)) continue;
    const sameStory = story?.sameStory(claim.sourceId);
    // Within one story a count of the sentence's outcome is judged however much else the sentence says.
    const storyCount = sameStory === true && countsOutcomeOf(page, reference);
    // Candidates far below the best one share a word or two with the sentence, not a claim: not verified,
    // unless they give one of its figures or count its outcome in the same story (a toll restated in other
    // words shares little else).
    if (rank < floor && !storyCount && !sharesFigure(page, reference)) continue;
    const quoted = quotationShared(claim.text) !== undefined;
    const least = Math.min(limits.related, limits.anchored);
    // Below the related threshold only a pinned fact gets a verdict, and pinning needs figures on both sides;
    // without them, a claim that cannot reach the related threshold (or the clause floor, for its clauses to
    // be compared) is dropped anyway: it is not aligned in full.
    const pinnable = page.quantities.length > 0 && reference.quantities.length > 0;
    const lowest = pinnable ? least : Math.max(least, Math.min(limits.related, CLAUSE_FLOOR));
    const whole =
      quoted || storyCount
        ? align(page, reference, index.weightOf)
        : alignAtLeast(page, reference, index.weightOf, lowest);
    const aligned = whole && (whole.score >= least || quoted || storyCount) ? whole : undefined;
    // A sentence whose main clause only frames another event is decided on that event, below, however little the
    // whole sentence aligns.
    if (!aligned && !framed) continue;
    const source = index.source(claim.sourceId);
    const published = { page: options.publishedAt ?? '', reference: source?.publishedAt ?? '' };
    const context = { sameStory, quoted, published };
    let verified = aligned
      ? {
          alignment: aligned,
          decision: decideStance(
            { page, reference, pageText: sentence.text, referenceText: claim.text, alignment: aligned, ...context },
            limits.match,
            limits.anchored,
          ),
        }
      : undefined;
    // Compared whole, a sentence of several facts may restate one of them too thinly: its clauses are compared,
    // when the whole shares enough to be related (most candidates share a word or two, not a fact).
    if (aligned && verified?.decision.stance === 'related' && aligned.score >= CLAUSE_FLOOR) {
      verified =
        agreeingClauses(index, { text: sentence.text, features: page }, claim, aligned, context, limits) ?? verified;
    }
    // A sentence whose main clause only frames another event ("The statement came after a pilot said ...") states
    // that event: it is decided as the sentence, conflicts too (see clauses.ts, framedFact).
    if (framed && (!verified || verified.decision.stance === 'related')) {
      verified = framedFactDecision(index, sentence.text, page, claim, context, limits) ?? verified;
    }
    if (!verified) continue;
    const { alignment } = verified;
    const { differences, time, undated } = verified.decision;
    // A figure the page places somewhere its source never names ("In Greece, firefighters fought 40 fires")
    // may count that place only: red needs the same place, or one of the source's own (of a name of several
    // words, one word will do: "South Korea" where the source says "South Korean").
    const decided =
      verified.decision.stance === 'contradicts' &&
      alignment.otherPlaces.length > 0 &&
      !alignment.otherPlaces.some((place) => story?.sourceNames(claim.sourceId, place))
        ? 'related'
        : verified.decision.stance;
    if (decided === 'related' && alignment.score < limits.related) continue;
    // A hedge or a forecast is not a fact a reference can settle, unless the reference makes the same kind
    // (a possibility restated is a possibility; a forecast restated, a forecast).
    // A norm and an event are not one fact ("usually above 40 metres" / "stood at 31.4 metres on Tuesday").
    const verdict =
      decided !== 'related' &&
      ((modality !== 'asserted' && modalityOf(claim.text) !== modality) || normAgainstEvent(sentence.text, claim.text))
        ? 'related'
        : decided;
    if (!source) continue;
    const match: ClaimMatch = {
      claimId: claim.id,
      referenceClaim: claim.text,
      groupId: claim.groupId,
      source: {
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedAt: source.publishedAt,
      },
      stance: verdict,
      score: Math.round(alignment.score * 1000) / 1000,
      differences: verdict === 'related' ? [] : differences,
      ...(verdict === 'updates' && time ? { time } : {}),
      ...(verdict === 'contradicts' && undated ? { undated } : {}),
    };
    // Of one source's claims, the one most about this fact: decided first, then by score and, twice as much, by how
    // much of the claim the sentence covers ("two were rescued" is shown "the two survivors rescued were ...", not
    // a longer claim that mentions the rescue beside the toll, whose other words the sentence happens to share).
    const key = rankOf(match) + CLAIM_COVERAGE_WEIGHT * alignment.referenceCoverage;
    alignments.set(match, alignment);
    const previous = bySource.get(source.id);
    if (!previous || key > previous.key) bySource.set(source.id, { match, key });
    const conflict = conflictBySource.get(source.id);
    const differs = verdict === 'contradicts' || verdict === 'updates';
    if (differs && (!conflict || key > conflict.key)) conflictBySource.set(source.id, { match, key });
    const support = supportBySource.get(source.id);
    if (verdict === 'supports' && (!support || key > support.key)) supportBySource.set(source.id, { match, key });
  }
  const otherFact = otherFactOf(index, alignments);
  const givesFigures = givesFiguresOf(index, alignments);
  const matches = [...bySource.entries()]
    .map(([id, { match }]) => {
      const conflict = conflictBySource.get(id)?.match;
      if (conflict && match.stance === 'supports' && otherFact(conflict, match)) return conflict;
      const support = supportBySource.get(id)?.match;
      return support && match.stance === 'contradicts' && givesFigures(match, support) ? support : match;
    })
    .sort((a, b) => rankOf(b) - rankOf(a));
  const settled = settleUpdates(index, matches, limits.match);
  return settleDisagreement(index, settled, limits.match, otherFact, options.publishedAt);
}

/**
 * How a contradiction's figures stand against a support of the same sentence, as `judge` tells from the
 * contradiction's alignment and the support's quantities; false unless the contradiction is in figures only.
 */
function figuresAgainst(
  index: ReferenceIndex,
  alignments: ReadonlyMap<ClaimMatch, Alignment>,
  judge: (wrong: readonly QuantityPair[], conflict: Alignment, supported: readonly Quantity[]) => boolean,
) {
  return (against: ClaimMatch, support: ClaimMatch): boolean => {
    const conflict = alignments.get(against);
    const supported = index.claim(support.claimId)?.features;
    if (!conflict || !supported) return false;
    if (against.differences.some((difference) => difference.kind !== 'number' && difference.kind !== 'date')) {
      return false;
    }
    const wrong = conflict.quantities.filter((pair) => pair.verdict === 'conflict');
    return wrong.length > 0 && judge(wrong, conflict, supported.quantities);
  };
}

/**
 * Whether a contradiction is about another of the sentence's facts than a support: every figure it finds wrong
 * is pinned (a count of the story's outcome, a time of its event) and the support does not give it ("30 riders
 * died, with two pulled out alive" / "the fall killed 87" / "the two survivors were a guide and a rider"). The
 * sentence then holds a wrong figure, whatever else in it is right.
 */
function otherFactOf(index: ReferenceIndex, alignments: ReadonlyMap<ClaimMatch, Alignment>) {
  // A support that gives the same figure may be about it, read otherwise ("captured two soldiers, wounded").
  return figuresAgainst(index, alignments, (wrong, conflict, supported) =>
    wrong.every((pair) => (conflict.anchored.includes(pair) || sameAct(pair)) && !givesEvery([pair.page], supported)),
  );
}

/**
 * The two figures are of one act by its own verb on both sides ("opened in 2016" / "opened in 2012"): as pinned
 * as a count of the story's outcome.
 */
function sameAct({ page, reference }: QuantityPair): boolean {
  const act = page.predicate;
  return act !== undefined && act === reference.predicate && !isOutcome(act) && ![WHOLE, PART, HELD].includes(act);
}

/**
 * Whether a source that contradicts a sentence's figures also gives every one of them in a claim that supports
 * it: it reports two accounts ("police said 12 were arrested" / "organisers said 30"), and the sentence restates
 * one of them. The source does not contradict the sentence; it carries the dispute itself.
 */
function givesFiguresOf(index: ReferenceIndex, alignments: ReadonlyMap<ClaimMatch, Alignment>) {
  return figuresAgainst(index, alignments, (wrong, _conflict, supported) =>
    givesEvery(
      wrong.map((pair) => pair.page),
      supported,
    ),
  );
}

/** There are figures, and `quantities` give every one of them (same unit, same value). */
function givesEvery(figures: readonly Quantity[], quantities: readonly Quantity[]): boolean {
  return (
    figures.length > 0 &&
    figures.every((figure) =>
      quantities.some((quantity) => quantity.unit === figure.unit && quantity.value === figure.value),
    )
  );
}

/**
 * The decision on the fact a framing main clause introduces (see clauses.ts, framedFact), compared with the
 * claim as if it were the sentence; undefined when the sentence has no such frame or the fact does not restate
 * the claim.
 */
function framedFactDecision(
  index: ReferenceIndex,
  text: string,
  page: ClaimFeatures,
  claim: ReferenceClaim,
  context: Pick<StanceInput, 'sameStory' | 'quoted' | 'published'>,
  limits: ReturnType<typeof thresholds>,
): { alignment: Alignment; decision: StanceResult } | undefined {
  const fact = framedFactOf(text, page, index.lexicon);
  // "The move came as a surprise to ...": what follows the frame is a fact only with a predicate of its own.
  if (!fact || !assertsPredicate(fact.features)) return undefined;
  const reference = claim.features!;
  const alignment = alignAtLeast(fact.features, reference, index.weightOf, Math.min(limits.related, limits.anchored));
  if (!alignment || !predicateRestated(fact.features, reference, alignment)) return undefined;
  const decision = decideStance(
    { page: fact.features, reference, pageText: fact.text, referenceText: claim.text, alignment, ...context },
    limits.match,
    limits.anchored,
  );
  return decision.stance === 'related' ? undefined : { alignment, decision };
}

/**
 * The best agreement between a clause of the sentence and a clause of the claim (or either one whole), when one
 * of them has several clauses: "the plane overran the runway" is restated by a clause of "the jet landed at 9:03,
 * when it overran the runway and hit a wall". Agreement only, and at the full match score: a conflict needs the
 * whole sentence's evidence, and a figure of the sentence that the claim gives otherwise (in `whole`, the two
 * sentences' alignment) keeps its clauses from agreeing.
 */
function agreeingClauses(
  index: ReferenceIndex,
  sentence: Clause,
  claim: ReferenceClaim,
  whole: Alignment,
  context: Pick<StanceInput, 'sameStory' | 'quoted' | 'published'>,
  limits: ReturnType<typeof thresholds>,
): { alignment: Alignment; decision: StanceResult } | undefined {
  // A figure the claim gives otherwise keeps the clauses from agreeing: looked at before the clauses are.
  if (!whole.quantities.every((pair) => pair.verdict === 'agree' || CALENDAR_UNITS.has(pair.page.unit)))
    return undefined;
  const reference: Clause = { text: claim.text, features: claim.features! };
  const pageClauses = clausesOf(sentence.text, sentence.features, index.lexicon);
  const referenceClauses = clausesOf(reference.text, reference.features, index.lexicon);
  if (pageClauses.length === 0 && referenceClauses.length === 0) return undefined;
  // A clause is a fact only with a predicate of its own, matched: "there are 60,000 troops in the region" is a
  // setting, and shares it with any claim about the region.
  const pageSide = (pageClauses.length > 0 ? pageClauses : [sentence]).filter((a) => assertsPredicate(a.features));
  const referenceSide = (referenceClauses.length > 0 ? referenceClauses : [reference]).filter((b) =>
    assertsPredicate(b.features),
  );
  if (pageSide.length === 0 || referenceSide.length === 0) return undefined;
  // Of other actors the whole sentences state two facts, whatever one clause shares: the subject of "which landed
  // in Nagpur" is the flight its sentence names. Looked at last: working out the actors costs more than the
  // clauses, and few pairs of sentences have clauses to compare.
  if (whole.otherActors) return undefined;
  let best: { alignment: Alignment; decision: StanceResult } | undefined;
  for (const a of pageSide) {
    for (const b of referenceSide) {
      const alignment = alignAtLeast(a.features, b.features, index.weightOf, limits.match);
      if (!alignment || !predicateRestated(a.features, b.features, alignment) || alignment.score < limits.match)
        continue;
      if (best && alignment.score <= best.alignment.score) continue;
      const decision = decideStance(
        { page: a.features, reference: b.features, pageText: a.text, referenceText: b.text, alignment, ...context },
        limits.match,
        limits.anchored,
      );
      if (decision.stance === 'supports') best = { alignment, decision };
    }
  }
  if (!best) return undefined;
  // A clause is placed in time by its whole sentence ("the worst since 2014, when 14 people were killed"); read
  // last, since few pairs of clauses agree.
  const { published } = context;
  if (published && otherPeriod(sentence.text, published.page, claim.text, published.reference)) return undefined;
  return best;
}

/**
 * The decision of reference claim b towards reference claim a, as if a were the page's; `dated`: each placed in
 * time by its source's date, so that a running total that grew between them is an update, not a contradiction.
 */
function decisionBetween(
  index: ReferenceIndex,
  a: ClaimMatch,
  b: ClaimMatch,
  threshold: number,
  dated = false,
): StanceResult | undefined {
  const first = index.claim(a.claimId);
  const second = index.claim(b.claimId);
  if (!first?.features || !second?.features) return undefined;
  const alignment = align(first.features, second.features, index.weightOf);
  const input = { page: first.features, reference: second.features, alignment };
  const published = dated
    ? { published: { page: a.source.publishedAt ?? '', reference: b.source.publishedAt ?? '' } }
    : {};
  return decideStance({ ...input, pageText: first.text, referenceText: second.text, ...published }, threshold);
}

/** The stance of reference claim b towards reference claim a, as if a were the page's. */
function stanceBetween(index: ReferenceIndex, a: ClaimMatch, b: ClaimMatch, threshold: number): string | undefined {
  return decisionBetween(index, a, b, threshold)?.stance;
}

/**
 * A contradiction that a supporting reference updates: the two references give one running total at two dates
 * (8,000 hectares burned on the 14th, 12,000 on the 16th), so they do not disagree, and the page, which gives the
 * supporting reference's figure, updates the contradicting one (or, agreeing with the older, is updated). Its time
 * is the page's date when known, else the supporting reference's.
 */
function updatedBySupport(
  index: ReferenceIndex,
  against: ClaimMatch,
  supporting: readonly ClaimMatch[],
  threshold: number,
  published: string,
): ClaimMatch {
  for (const support of supporting) {
    const between = decisionBetween(index, support, against, threshold, true);
    if (between?.stance !== 'updates' || !between.time) continue;
    // Whether the page has a date no longer matters: the references place the figures in time.
    const { undated: _undated, ...dated } = against;
    return { ...dated, stance: 'updates', time: { ...between.time, page: published || between.time.page } };
  }
  return against;
}

/**
 * A contradiction that time could not order (a reference dated only "January 2025" against a page of 23 January)
 * is the update another reference shows, when the two references say the same: the page's figure is newer than
 * the one they both give. It takes that update's direction, with its own dates.
 */
function settleUpdates(index: ReferenceIndex, matches: ClaimMatch[], threshold: number): ClaimMatch[] {
  const updates = matches.filter((match) => match.stance === 'updates' && match.time);
  if (updates.length === 0) return matches;
  return matches.map((match) => {
    if (match.stance !== 'contradicts' || match.undated) return match;
    const same = updates.find((update) => stanceBetween(index, update, match, threshold) === 'supports');
    if (!same?.time) return match;
    const time = { ...same.time, reference: match.source.publishedAt ?? same.time.reference };
    return { ...match, stance: 'updates' as const, time };
  });
}

/**
 * "Mixed" means the sources disagree with each other. When the page agrees with one reference and contradicts
 * another, the two references are compared: if they contradict each other, both verdicts stand (mixed);
 * otherwise one of the page's alignments misfired, and since a wrong conflict costs a reader more than a
 * missed one, the contradictions are dropped to related.
 */
function settleDisagreement(
  index: ReferenceIndex,
  found: ClaimMatch[],
  threshold: number,
  otherFact: (against: ClaimMatch, support: ClaimMatch) => boolean,
  published = '',
): ClaimMatch[] {
  const supporting = found.filter((match) => match.stance === 'supports');
  if (supporting.length === 0) return found;
  // An update from a reference that a supporting one contradicts at its own date is no update: the references
  // disagree with each other about the same moment ("3,000 acres" and "5,500 acres", both of the 6th).
  const restored = found.map((match): ClaimMatch => {
    if (match.stance !== 'updates') return match;
    const disputed = supporting.some(
      (support) => decisionBetween(index, support, match, threshold, true)?.stance === 'contradicts',
    );
    if (!disputed) return match;
    const { time: _time, ...undated } = match;
    return { ...undated, stance: 'contradicts' };
  });
  if (!restored.some((match) => match.stance === 'contradicts')) return found;
  // References that update each other do not disagree.
  const matches = restored.map((match) =>
    match.stance === 'contradicts' ? updatedBySupport(index, match, supporting, threshold, published) : match,
  );
  const contradicting = matches.filter((match) => match.stance === 'contradicts');
  if (contradicting.length === 0) return matches.sort((a, b) => rankOf(b) - rankOf(a));
  const disagree = (a: ClaimMatch, b: ClaimMatch): boolean => stanceBetween(index, a, b, threshold) === 'contradicts';
  const contested = contradicting.filter((against) => supporting.some((support) => disagree(against, support)));
  if (contested.length === contradicting.length) return matches;
  // A wrong figure beside other facts the references support: the sentence is wrong in that figure, and the
  // supports of its other facts are context, not a verdict on it.
  const wrongFigure = contradicting.filter(
    (against) => !contested.includes(against) && supporting.every((support) => otherFact(against, support)),
  );
  const settled = (match: ClaimMatch): ClaimMatch => {
    if (match.stance === 'contradicts') {
      return contested.includes(match) || wrongFigure.includes(match)
        ? match
        : { ...match, stance: 'related', differences: [] };
    }
    return match.stance === 'supports' && wrongFigure.length > 0 && contested.length === 0
      ? { ...match, stance: 'related', differences: [] }
      : match;
  };
  return matches.map(settled).sort((a, b) => rankOf(b) - rankOf(a));
}

/**
 * The two sentences count the same outcome ("110 people have died" / "the collapse killed 160"; "about 4,000
 * casualties" / "300 killed and 2,700 wounded").
 */
function countsOutcomeOf(page: ClaimFeatures, reference: ClaimFeatures): boolean {
  return countsOutcomeIn(page, reference) || countsOutcomeIn(reference, page) || (timed(page) && timed(reference));
}

// Loops rather than some() with closures, here and below: these run for every candidate of every sentence.

function timed(features: ClaimFeatures): boolean {
  for (const quantity of features.quantities) if (quantity.unit === 'clock') return true;
  return false;
}

function countsOutcomeIn(one: ClaimFeatures, other: ClaimFeatures): boolean {
  for (const { predicate } of one.quantities) {
    if (predicate === undefined || !isOutcome(predicate)) continue;
    if (countedAgainst(predicate, (outcome) => hasPredicate(other.quantities, outcome))) return true;
  }
  return false;
}

function hasPredicate(quantities: readonly Quantity[], predicate: string): boolean {
  for (const quantity of quantities) if (quantity.predicate === predicate) return true;
  return false;
}

/** The two sentences give a figure of the same unit and value ("61", "6:15 p.m."); small counts do not tell. */
function sharesFigure(page: ClaimFeatures, reference: ClaimFeatures): boolean {
  for (const a of page.quantities) {
    if (!isTelling(a)) continue;
    for (const b of reference.quantities) if (b.unit === a.unit && b.value === a.value) return true;
  }
  return false;
}

/** Decided matches outrank related ones; then by score. */
function rankOf(match: ClaimMatch): number {
  return (match.stance === 'related' ? 0 : 1) + match.score;
}

/** The candidate claims of a sentence, best first. */
function candidatesFor(
  index: ReferenceIndex,
  sentence: Pick<SentenceClaim, 'analysis'>,
  options: AnnotateOptions,
): ScoredClaim[] {
  const features = sentence.analysis.features;
  const found = index.candidates(features, options.candidates ?? CANDIDATES, COMMON_SHARE);
  const figures = features.quantities.filter((quantity) => isTelling(quantity) && !CALENDAR_UNITS.has(quantity.unit));
  if (figures.length === 0) return found;
  const seen = new Set(found.map(({ claim }) => claim.id));
  const byFigure = index.candidatesByFigure(figures, FIGURE_CANDIDATES, COMMON_SHARE);
  return [...found, ...byFigure.filter(({ claim }) => !seen.has(claim.id))];
}

/** Annotates page text blocks against the reference set. Sentences with no match are left out. */
export function annotateBlocks(
  index: ReferenceIndex,
  blocks: readonly TextBlock[],
  options: AnnotateOptions = {},
): PageAnnotation[] {
  return runSteps(annotateBlockSteps(index, blocks, options));
}

/**
 * Longest stretch of page work between two steps (ms). An article is a few tens of milliseconds and runs in
 * one step; a page with a million characters of text yields every so often, so the background answers other
 * tabs meanwhile.
 */
const STEP_MS = 40;

/** annotateBlocks in steps (see STEP_MS), for the background: `runStepsPausing` answers other messages between. */
export function* annotateBlockSteps(
  index: ReferenceIndex,
  blocks: readonly TextBlock[],
  options: AnnotateOptions = {},
): Steps<PageAnnotation[]> {
  forgetPeriods();
  const texts = new Map(blocks.map((block) => [block.id, block.text]));
  const annotations: PageAnnotation[] = [];
  const sentences = yield* sentenceClaimSteps(blocks, index.lexicon);
  let stepStarted = performance.now();
  const due = () => performance.now() - stepStarted > STEP_MS;
  // What the page is about, from all its sentences, decides which sources report the same story.
  const story = new PageStory(index.lexicon, options.partOfPage !== true, sourceNamesOf(index));
  for (const sentence of sentences) story.addSentence(sentence.analysis.features);
  if (options.title?.trim()) story.addSentence(analyseSentence(options.title, index.lexicon).features);
  const found: ScoredClaim[][] = [];
  // A claim found for several sentences names the same things each time: added once.
  const added = new Set<ReferenceClaim>();
  for (const sentence of sentences) {
    const candidates = candidatesFor(index, sentence, options);
    for (const { claim } of candidates) {
      if (added.has(claim)) continue;
      added.add(claim);
      story.addCandidate(claim.sourceId, claim.features!);
    }
    found.push(candidates);
    if (due()) {
      yield;
      stepStarted = performance.now();
    }
  }
  for (const [n, sentence] of sentences.entries()) {
    if (due()) {
      yield;
      stepStarted = performance.now();
    }
    const matches = matchSentence(index, sentence, options, story, found[n]);
    if (matches.length === 0) continue;
    const blockText = texts.get(sentence.blockId) ?? '';
    annotations.push({
      blockId: sentence.blockId,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      prefix: blockText.slice(Math.max(0, sentence.start - 32), sentence.start),
      suffix: blockText.slice(sentence.end, sentence.end + 32),
      ...summariseMatches(matches),
    });
  }
  return annotations;
}
