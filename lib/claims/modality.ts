/**
 * What a sentence does with its claim: asserts it, or only hedges it ("Ukraine could capture more soldiers",
 * "the talks might resume", "the toll may rise"). A possibility is not a fact a reference can confirm or refute,
 * so a page sentence that hedges gets no verdict unless the reference hedges too (a hedge restated is still a
 * restatement). Intent and prediction ("Kyiv will hand them over", "he said he would") are claims about a plan
 * and are checked like any other.
 */

/** Modal verbs of possibility. "May" the month is written with a capital inside a sentence. */
const HEDGE = /(?:^|[\s"“(])(?:may|might|could)\s+(?:not\s+)?(?:\p{Ll}|")/u;

export type Modality = 'asserted' | 'hedged';

/** Whether the sentence asserts its claim or hedges it (see the module comment). */
export function modalityOf(sentence: string): Modality {
  return HEDGE.test(sentence) ? 'hedged' : 'asserted';
}
