/**
 * The engine's data model, shared by the background, the CLI, the store and the UI.
 * Plain data only (JSON-serialisable), so it crosses message boundaries and IndexedDB unchanged.
 */

/**
 * Where a reference source came from. A pack's sources (`pack`) have ids that start with the pack's id and a
 * slash (lib/packs/refresh.ts, packScopedId): the store finds a pack's rows by that prefix.
 */
export type SourceOrigin = 'seed' | 'user' | 'import' | 'pack';

/** A reference article (or fact-check) the reader trusts. */
export interface ReferenceSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO 8601 date at the precision known (YYYY-MM-DD, YYYY-MM or YYYY; see lib/text/dates.ts), or '' when unknown. */
  publishedAt: string;
  /** ISO timestamp of when it entered the store. */
  addedAt: string;
  origin: SourceOrigin;
  enabled: boolean;
}

/** One check-worthy sentence of a reference source. */
export interface ReferenceClaim {
  id: string;
  sourceId: string;
  text: string;
  /** Character offsets of the sentence in the source's article text (0/0 when unknown). */
  start: number;
  end: number;
  /** Claims of different sources that state the same fact share a group id. */
  groupId?: string;
  /** Engine features, computed once when the claim is stored. */
  features?: ClaimFeatures;
  /** The fact-checker's review (its rating), for claims imported from a schema.org ClaimReview. */
  review?: ClaimReview;
}

/** A fact-checker's rating of a claim (schema.org ClaimReview). */
export interface ClaimReview {
  /** The rating as the fact-checker words it (`reviewRating.alternateName`), e.g. "False", "Mostly true". */
  rating: string;
  /** Where the reviewed claim appeared (`itemReviewed.appearance` URLs). */
  appearances: string[];
}

/** A parsed number with what it counts and how it is hedged. */
export interface Quantity {
  /** The text as written, e.g. "about 34,000". */
  text: string;
  value: number;
  /** Upper bound for ranges ("1950-53", "between 11,000 and 12,000"); equals value otherwise. */
  high: number;
  qualifier: QuantityQualifier;
  /**
   * Normalised unit, so equal amounts compare equal: '' for a plain count, 'percent' (proportions too:
   * "half" is 50), 'percentage-point', 'year' (calendar years and decades), 'date' (value month × 100 + day),
   * 'hour' (every duration, in hours: "two days" is 48), 'age', 'km', 'km2', 'kg', 'ordinal' (a place in a
   * sequence: "the 78th minute", "the 5th floor"), or a lower-case currency code ('usd', 'gbp', 'eur', ...). See
   * lib/features/quantities.ts.
   */
  unit: string;
  /** Stemmed content word the number counts ("soldier" in "300 soldiers"), '' when none. */
  head: string;
  /**
   * For a figure that picks part of the figure before it ("612 cases, 187 of them in children"), the head of that
   * whole ('case'): it may restate a count of the whole's thing ("187 of the cases"), never contradict one.
   */
  whole?: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /**
   * How far the written number may be from the true one by rounding alone, in `unit` ("2,700" → 50,
   * "300" → 7.5, "half" → 2.5). Missing or 0 means exact as written.
   */
  rounding?: number;
  /**
   * Place value of the last significant digit as written, in `unit` ("6,900" → 100, "455" → 1, "14.6 billion" →
   * 100 million): how precisely the writer knew the figure. Missing for fractions, shares and multiples told in words.
   */
  digit?: number;
  /** Stems of the content words around the number (set by the sentence analysis), to pair quantities by topic. */
  context?: string[];
  /**
   * The event the number counts (set by the sentence analysis): an outcome class ("outcome:death" for "300
   * killed", "the death of 300") or the stem of the verb that governs it; absent when its clause has none.
   */
  predicate?: string;
  /**
   * The way the figure says its measure moved, when its own words say it ("up 8%", "down 3 per cent", "an 8%
   * increase", "a 3% fall"): what a verb of change says for a figure given beside the measure.
   */
  change?: { direction: 'up' | 'down'; text: string };
  /**
   * What the figure is counted per: the period of a rate ("4,000 passengers a day" → 'day', "per hour" → 'hour'),
   * each one of several ("500 dollars to each fisher" → 'each') or one of many averaged ("the average temperature
   * is 25 degrees" → 'average'); absent for a plain figure. A rate and a count, or rates per other things, measure
   * different things.
   */
  per?: string;
  /** The figure a change started from ("from 1.75% to 1.5%"): it pairs only with another starting figure. */
  from?: true;
  /**
   * The size of a change, not a level ("will cost fifteen cents more", "a rise of 15 cents"): it never pairs with a
   * plain level.
   */
  difference?: true;
  /**
   * What someone wants, asks or calls for ("had wanted the wage raised to 1,000 euros") or forecasts ("forecast a
   * further 300 millimetres of rain"), not what is or was: it pairs only with another such figure.
   */
  wanted?: true;
  /**
   * The kind of measure the figure gives, as "kind:measure" ("net:profit", "deposit:rate", "core:inflat"), where
   * its sentence names one before it: two figures of one measure and other kinds are two measures.
   */
  kind?: string;
  /**
   * What a change by a share is measured against, where its clause says: the same time a year before ('year', "up
   * 62% from a year earlier") or the period before ('period', "18% higher than in the second quarter").
   */
  base?: 'year' | 'period';
  /**
   * How long the occasion of a statement lasted ("told reporters after a six-hour meeting"): it may differ from the
   * other side's, but it never pins a fact down (see Alignment.anchored).
   */
  occasion?: true;
}

export type QuantityQualifier = 'exact' | 'about' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'upTo';

/** One content word of a sentence, as the matcher compares it. */
export interface FeatureWord {
  /** Porter stem of the lemma ("died" → "die"). */
  stem: string;
  /** The word as written in the sentence (for showing differences). */
  text?: string;
  /** The negation cue that negates it, as written ("never", "refused"). */
  cue?: string;
  /**
   * Negated as part of a position another party put forward that the sentence reports rejected ("rejecting claims
   * that illegal building made it worse"): the sentence reports a dispute, not the negation in its own voice.
   */
  disputed?: boolean;
  /** Concept ids from the lexicon (synonyms share one). */
  concepts: readonly string[];
  /**
   * Looser concept ids (close kinds of the same thing: "flee"/"defect"), for part-credit matches; each id that names
   * the word's own sense ("home" in "dwelling, home") is also given with "=" for "~" ("~1on" and "=1on").
   */
  broader?: readonly string[];
  /** Written with a capital inside the sentence (a name). */
  proper: boolean;
  /** Names who the claim comes from ("according to lawmakers"), not what it says: weighs less. */
  attribution?: boolean;
  /**
   * In a clause the sentence does not assert: a condition ("if the men later ask") or a relative clause that
   * only says which things the claim is about ("climbers who would rather not go back"). Its polarity is not the
   * claim's.
   */
  hypothetical?: boolean;
  /** Names where the claim happens ("near Kelowna", "in the Aldmere Valley"): a place argument. */
  locative?: boolean;
  /** Says what caused the event or who did it ("started by lightning", "due to a faulty valve"). */
  cause?: boolean;
  /** Mainly used as a verb: the sentence's predicate rather than its topic. */
  verb?: boolean;
  /**
   * A name right before the number that designates one thing of it ("Boeing 737-800", "Flight 370", "Apollo 11"):
   * it says what the thing is, a model or a service, not who acts.
   */
  designation?: boolean;
  /** A verb in a participle clause of circumstance ("..., highlighting the risk", "after touching down"). */
  adjunct?: boolean;
  /** A verb that shares the subject of the verb before it ("veered off the runway and crashed"). */
  coordinated?: boolean;
  /**
   * A verb of a relative clause set off by a comma ("The driver, who escaped with light injuries, was arrested"):
   * asserted, but not the sentence's main predicate.
   */
  aside?: boolean;
  /** In the scope of a negation cue ("not", "denied", "refused"). */
  negated: boolean;
  /**
   * For common words ("take", "man", "exist"): the most this word may weigh, as a share of the weight of a
   * word never seen in the reference set. Absent for ordinary words.
   */
  cap?: number;
  /** The country a capital or demonym stands for, as stemmed words ("north korea"), when known. */
  place?: string;
}

/** Features the matcher and the stance detector need; computed once per sentence and stored with the claim. */
export interface ClaimFeatures {
  /** Bumped when the analysis changes, so stored features are recomputed. */
  version: number;
  /** Content words in order (stop words removed). */
  words: FeatureWord[];
  /** Normalised named-entity keys ("north korea", "nis"). */
  entities: string[];
  quantities: Quantity[];
  /** Number of negation cues in the sentence. */
  negations: number;
  /** Weekday or month names mentioned, lower case ("monday", "january"). */
  dates: string[];
}

/** A piece of article text as the page shows it: one block element's text. */
export interface TextBlock {
  /** Stable id the content script uses to find the block again. */
  id: string;
  text: string;
}

/** The kinds of difference the UI highlights. */
export type DifferenceKind = 'number' | 'polarity' | 'entity' | 'date';

export interface Difference {
  kind: DifferenceKind;
  /** The page's wording of the differing part. */
  page: string;
  /** The reference's wording of the differing part. */
  reference: string;
}

/**
 * `updates`: the claim reports the same running total, or the same person's stated position, at another date, and
 * time explains the difference (see lib/time/update.ts).
 */
export type Stance = 'supports' | 'contradicts' | 'updates' | 'related';
/** `updated`: a reference gives the same figure or position at another date, a change time explains. */
export type ClaimStatus = 'corroborated' | 'conflicting' | 'mixed' | 'updated' | 'related';

/** Which side of a conflict time might explain (running totals, a position) has no date, so it cannot tell. */
export type Undated = 'page' | 'reference' | 'both';

/** The two dates of an update and which side is newer. */
export interface MatchTime {
  /** When the page's figure held, ISO 8601 at its precision: the sentence's own date, else its article's. */
  page: string;
  /** When the reference's figure held, found the same way. */
  reference: string;
  newer: 'page' | 'reference';
}

/** A range of characters [start, end) in a sentence. */
export interface TextRange {
  start: number;
  end: number;
}

export interface ClaimMatch {
  claimId: string;
  referenceClaim: string;
  groupId?: string;
  source: Pick<ReferenceSource, 'id' | 'title' | 'publisher' | 'url' | 'publishedAt'>;
  stance: Stance;
  /** Verification score, 0..1, independent of the size of the reference set. */
  score: number;
  differences: Difference[];
  /** For an `updates` stance: both dates and which is newer. */
  time?: MatchTime;
  /** For a contradiction time might explain: the side with no date (the popover says its date is unknown). */
  undated?: Undated;
  /**
   * The decisive words to highlight, as ranges in the page sentence and in the reference claim: differing
   * numbers, dates and times, negations, and names or places that differ, never a mere paraphrase. Added by the
   * background (lib/compare/comparison `withComparisons`), so the content script ships no analysis.
   */
  decisive?: { page: TextRange[]; reference: TextRange[] };
  /** Why this reference agrees or differs, in one plain-text line (lib/compare/reason). Added by the background. */
  reason?: string;
}

/** One annotated page sentence, anchored by quote and position within its block. */
export interface PageAnnotation {
  blockId: string;
  text: string;
  /** Offsets of the sentence in its block's text. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  status: ClaimStatus;
  /** Independent sources behind the verdict (distinct sources among supporting/contradicting matches). */
  sourceCount: number;
  matches: ClaimMatch[];
  /**
   * The verdict's reason in one plain-text line, shown first in the popover ("This page: … References: …").
   * Added by the background (lib/compare/comparison `withComparisons`).
   */
  reason?: string;
}
