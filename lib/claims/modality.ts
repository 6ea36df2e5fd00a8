/**
 * What a sentence does with its claim: asserts it, or only hedges it ("Ukraine could capture more soldiers",
 * "the talks might resume", "the toll may rise") or supposes it ("Imagine that ...", "had the trial gone ahead,
 * thousands would have enrolled"). A possibility is not a fact a reference can confirm or refute,
 * so a page sentence that hedges gets no verdict unless the reference hedges too (a hedge restated is still a
 * restatement). Intent and prediction ("Kyiv will hand them over", "he said he would") are claims about a plan
 * and are checked like any other.
 */

/** Modal verbs of possibility. "May" the month is written with a capital inside a sentence. */
const HEDGE = /(?:^|[\s"“(])(?:may|might|could)\s+(?:not\s+)?(?:\p{Ll}|")/u;

/**
 * Forecasts: "there will be more", "will probably": a guess about what has not happened yet ("there will surely
 * surely be more", "the toll will probably rise"), where a plan ("Kyiv will hand them over") states an
 * intent. "Is expected to" is left out: news writes it beside the fact it updates ("the toll stood at 29 and
 * was expected to rise"), and the fact is the claim.
 */
const FORECAST = [
  /\b(?:will|would)\s+(?:\p{Ll}+\s+)?(?:probably|likely|possibly|perhaps)\b/u,
  /\bthere\s+(?:will|would)\s+(?:\S+\s+){0,2}be\s+more\b/iu,
];

/** A sentence that asks the reader to suppose ("Imagine that ...", "Suppose ..."): a hypothesis, not a claim. */
const SUPPOSITION = /^[\s"“‘'(]*(?:imagine|suppose|supposing|picture this)\b/iu;

/**
 * A condition put first by inversion: "Had the trial gone ahead, ...", "Were the dam to fail, ...", "Should talks
 * collapse, ...": what follows did not, or has not yet, happened. ("Would have" alone is left out: news restates
 * what a blocked deal would have done as the reason given for blocking it.)
 */
const INVERTED_CONDITION = /^[\s"“‘'(]*(?:had|were|should)\s+(?!been\b|to\b)\p{L}[^,]*,/iu;

/**
 * A condition put first ("If the talks fail, the strike will go ahead", "Unless prices rise, ..."): what follows
 * holds only if the condition does ("If anything, ...", "If so, ..." assert). (A condition after its main clause is left out: news restates a conditional
 * offer, "he would hand them back if Kim arranged a swap", as the offer, and the reference words it the same way.)
 */
const CONDITION_FIRST = /^[\s"“‘'(]*(?:if(?!\s+(?:anything|so|not)\b)|unless)\b[^,]*,/iu;

/** Asserted, hedged (a possibility) or a forecast (a guess about what is to come). */
export type Modality = 'asserted' | 'hedged' | 'forecast';

/** Whether the sentence asserts its claim or hedges it (see the module comment). */
export function modalityOf(sentence: string): Modality {
  if (HEDGE.test(sentence) || SUPPOSITION.test(sentence)) return 'hedged';
  if (INVERTED_CONDITION.test(sentence) || CONDITION_FIRST.test(sentence)) return 'hedged';
  return FORECAST.some((forecast) => forecast.test(sentence)) ? 'forecast' : 'asserted';
}
