/**
 * The popover's first line: why the verdict is what it is, in a reader's words and from the claim structure,
 * before any sentence is shown ("This page: about 1,000 people were killed. References: about 300 people were
 * killed."). A paraphrase says nothing; the line names only the decisive difference (a number, a negation, a
 * date) with the few words around it, and who each side says it comes from. Plain text, never HTML.
 */
import type { Analysis, Lexicon } from '../features/analyse';
import { showDate, showDateRange } from '../time/calendar';
import { updatedThing } from '../time/update';
import type { ClaimMatch, ClaimStatus, Difference, MatchTime, Quantity, Stance, Undated } from '../types';
import { differenceRanges } from './locate';
import { type Snippet, snippetOf } from './snippet';

/** A sentence with the engine's analysis of it. */
export interface AnalysedSentence {
  text: string;
  analysis: Analysis;
}

/** What the reason of one match is made from. */
export interface MatchReasonInput {
  stance: Stance;
  differences: readonly Difference[];
  page: AnalysedSentence;
  reference: AnalysedSentence;
  /** For an update: both dates and which side is newer. */
  time?: MatchTime;
  /** For a contradiction time might explain (running totals, a position): the side with no date. */
  undated?: Undated;
}

/** The reason of one match: its line, and the reference's side of a difference (for the "mixed" line). */
export interface MatchReason {
  line: string;
  /** The reference's wording of the differing fact ("about 300 people were killed"), '' when none. */
  referenceSide: string;
  /** For an update: what its line is made from, so the sentence's line can give the dates of all its references. */
  update?: UpdateParts;
}

/** The parts of an update's line: both dates, what changed, and each side's wording of it. */
export interface UpdateParts {
  time: MatchTime;
  thing: string;
  pageSide: string;
  referenceSide: string;
}

/** "about 1,000 people were killed" → "This page: about 1,000 people were killed." with its source. */
function side(label: string, snippet: Snippet): string {
  const who = snippet.source ? `, according to ${snippet.source}` : '';
  return `${label}${who}: ${sentenceEnd(snippet.text)}`;
}

function sentenceEnd(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A quantity of the page that the reference states with the same value and unit (the shared fact). */
function sharedQuantity(page: readonly Quantity[], reference: readonly Quantity[]): Quantity | undefined {
  return page.find((a) => reference.some((b) => a.unit === b.unit && a.value === b.value && a.high === b.high));
}

/**
 * One line saying why this reference agrees or differs. For a contradiction: each side's wording of the
 * differing fact; for agreement: the shared number when there is one; for a related claim: that it settles
 * nothing.
 */
export function matchReason(input: MatchReasonInput, lexicon: Pick<Lexicon, 'isStopWord'>): MatchReason {
  const isStopWord = (lower: string) => lexicon.isStopWord(lower);
  const { page, reference } = input;
  if (input.stance === 'related') {
    return { line: 'Related: your references mention this, but say nothing that settles it.', referenceSide: '' };
  }
  if (input.stance === 'supports') {
    const shared = sharedQuantity(page.analysis.features.quantities, reference.analysis.features.quantities);
    const snippet = shared && snippetOf(page.text, page.analysis, [shared], isStopWord);
    return {
      line: snippet?.text ? `Same fact: ${sentenceEnd(snippet.text)}` : 'Your references say the same.',
      referenceSide: '',
    };
  }
  const pageSnippet = snippetOf(
    page.text,
    page.analysis,
    differenceRanges(page.text, input.differences, 'page'),
    isStopWord,
  );
  const referenceSnippet = snippetOf(
    reference.text,
    reference.analysis,
    differenceRanges(reference.text, input.differences, 'reference'),
    isStopWord,
  );
  if (!pageSnippet.text || !referenceSnippet.text) {
    return { line: 'Your references say otherwise.', referenceSide: '' };
  }
  if (input.stance === 'updates' && input.time) {
    const update: UpdateParts = {
      time: input.time,
      thing: updatedThing(input.differences),
      pageSide: pageSnippet.text,
      referenceSide: referenceSnippet.text,
    };
    return { line: updateLine(update, [input.time.reference]), referenceSide: referenceSnippet.text, update };
  }
  const line = `${side('This page', pageSnippet)} ${side('References', referenceSnippet)}`;
  return {
    line: input.undated ? `${line} ${UNDATED[input.undated]}` : line,
    referenceSide: referenceSnippet.text,
  };
}

/**
 * What a reader is told when a running total or a position differs and a side has no date: the difference may be an update,
 * but it cannot be placed in time, so it stays a conflict.
 */
const UNDATED: Readonly<Record<Undated, string>> = {
  page: "This page's date is unknown, so it cannot be told whether time explains the difference.",
  reference: "Your reference's date is unknown, so it cannot be told whether time explains the difference.",
  both: 'Neither date is known, so it cannot be told whether time explains the difference.',
};

/**
 * "This page (19 Dec 2024) gives an earlier figure: about 100 killed. Your references (13–15 Jan 2025): about 300
 * killed.": an update says first which side is newer, with both dates, so a reader can tell an outdated page (or
 * outdated references) from a false report. A position that turned is "an earlier account". `referenceDates` are
 * the dates of the references behind it, shown as their span.
 */
function updateLine(update: UpdateParts, referenceDates: readonly string[]): string {
  const which = update.time.newer === 'page' ? 'a later' : 'an earlier';
  return (
    `This page (${showDate(update.time.page)}) gives ${which} ${update.thing}: ${sentenceEnd(update.pageSide)} ` +
    `Your references (${showDateRange(referenceDates)}): ${sentenceEnd(update.referenceSide)}`
  );
}

/** A match with its reason, as the verdict's line is made from. */
export interface ReasonedMatch {
  stance: Stance;
  source: Pick<ClaimMatch['source'], 'title' | 'publisher'>;
  reason: MatchReason;
  /** For an update: which side is newer. */
  newer?: MatchTime['newer'];
}

function nameOf(match: ReasonedMatch): string {
  return match.source.publisher || match.source.title || 'A reference';
}

/** "A", "A and B", "A, B and C", each name once. */
function list(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * The popover's first line for a sentence with status `status`: the reason of its first deciding match, or,
 * when the sources disagree ("mixed"), who agrees with the page and what the others say instead. For an update,
 * the deciding match's line with the span of the dates of every reference newer (or older) than the page as it is.
 */
export function verdictReason(status: ClaimStatus, matches: readonly ReasonedMatch[]): string {
  const supporting = matches.filter((match) => match.stance === 'supports');
  const contradicting = matches.filter((match) => match.stance === 'contradicts');
  if (status === 'mixed' && supporting.length > 0 && contradicting.length > 0) {
    const names = supporting.map(nameOf);
    const verb = new Set(names).size === 1 ? 'says' : 'say';
    const against = contradicting[0];
    const instead = against.reason.referenceSide ? `: ${sentenceEnd(against.reason.referenceSide)}` : ' otherwise.';
    return `Your references disagree. ${list(names)} ${verb} the same as this page; ${nameOf(against)} says${instead}`;
  }
  // An update shows first a reference newer than the page: what the reader most needs to know.
  const updating = matches
    .filter((match) => match.stance === 'updates')
    .sort((a, b) => Number(b.newer === 'reference') - Number(a.newer === 'reference'));
  if (status === 'updated' && updating[0]?.reason.update) {
    const { newer } = updating[0].reason.update.time;
    const dates = updating.flatMap(({ reason }) =>
      reason.update?.time.newer === newer ? [reason.update.time.reference] : [],
    );
    return updateLine(updating[0].reason.update, dates);
  }
  const deciding =
    status === 'conflicting'
      ? contradicting[0]
      : status === 'corroborated'
        ? supporting[0]
        : status === 'updated'
          ? updating[0]
          : undefined;
  return (deciding ?? matches[0])?.reason.line ?? '';
}
