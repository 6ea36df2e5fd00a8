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

/**
 * A norm rather than an event: "the reservoir is usually above 40 metres", "in an average year the river carries ...",
 * "prices typically fall in spring". A figure of what happens as a rule neither confirms nor refutes what happened
 * this time. (Comparisons with the norm, "heavier than usual", assert the event; a norm inside a relative clause,
 * "the museum, which normally welcomes ...", describes a thing the main clause is about.)
 */
const NORM = new RegExp(
  String.raw`\b(?:usually|normally|typically|ordinarily|customarily|habitually|as a rule|most years|` +
    String.raw`(?:in|during) (?:a|an) (?:normal|typical|average|ordinary|usual) (?:year|month|week|day|season|summer|winter)|` +
    String.raw`at this time of (?:the )?year)\b`,
  'giu',
);
/** A rate ("14,000 vehicles a day", "per year"): what happens as a rule too, cue or none. */
const RATE = /\b(?:a|per|each|every) (?:day|night|week|month|year)\b(?! (?:after|before|earlier|later|ago)\b)/iu;
/** A relative pronoun between the clause's start and the cue: the norm describes one of the claim's things. */
const RELATIVE_BEFORE = /\b(?:which|who|whose|that)\b[^,;:\u2013\u2014]*$/iu;
/** A determiner right before the cue: it describes a thing ("the normally quiet square", "the most years"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|this|that|his|her|our)\s+$/iu;

/**
 * After an adverb of the norm, what makes it one of manner ("kept working normally throughout", "trains ran normally
 * again."): the end of its clause or a preposition, where a norm goes on to its verb ("normally cross", "is usually").
 */
const MANNER_AFTER =
  /^(?:\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:throughout|again|until|since|for|on|in|at|and|but|after|before|by|from|to|when|while|as|despite|once)\b)/iu;

/** The sentence states what happens as a rule, in its own clause (see NORM). */
function statesNorm(sentence: string): boolean {
  for (const cue of sentence.matchAll(NORM)) {
    const end = cue.index + cue[0].length;
    if (/ly$/i.test(cue[0]) && MANNER_AFTER.test(sentence.slice(end))) continue;
    const before = sentence.slice(0, cue.index);
    if (!RELATIVE_BEFORE.test(before) && !DETERMINER_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * One side states a norm, the other an event with no rate: not one fact ("usually above 40 metres" / "stood at 31.4
 * metres on Tuesday"; not "normally some 14,000 vehicles a day" / "about 14,000 vehicles a day").
 */
export function normAgainstEvent(page: string, reference: string): boolean {
  const norm = [statesNorm(page), statesNorm(reference)];
  if (norm[0] === norm[1]) return false;
  return !RATE.test(norm[0] ? reference : page);
}

/** Asserted, hedged (a possibility) or a forecast (a guess about what is to come). */
export type Modality = 'asserted' | 'hedged' | 'forecast';

/** Whether the sentence asserts its claim or hedges it (see the module comment). */
export function modalityOf(sentence: string): Modality {
  if (HEDGE.test(sentence) || SUPPOSITION.test(sentence)) return 'hedged';
  if (INVERTED_CONDITION.test(sentence) || CONDITION_FIRST.test(sentence)) return 'hedged';
  return FORECAST.some((forecast) => forecast.test(sentence)) ? 'forecast' : 'asserted';
}
