/**
 * Sentences that share a predicate out between alternatives: "one wants to stay, the other to return",
 * "some fled, others stayed". Such a sentence asserts each part of someone, so its "one" is a pronoun, not a
 * count, and a negation against one of its parts is no contradiction of the whole.
 */
const DISTRIBUTIVE = /\b(?:one|some)\b[^.;]*\b(?:the other|others|another)\b/i;

/** True when the sentence distributes a predicate over alternatives ("one … the other", "some … others"). */
export function isDistributive(sentence: string): boolean {
  return DISTRIBUTIVE.test(sentence);
}
