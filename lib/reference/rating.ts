/**
 * What a fact-checker's rating says about the claim it reviewed: true, false, or unclear (mixed, misleading,
 * unproven). Fact-checkers word ratings freely ("Pants on Fire", "Mostly False", "Missing context"), so this
 * reads the usual words; anything else is unclear.
 */
export type RatingTruth = 'true' | 'false' | 'unclear';

const FALSE =
  /\b(false|fake|pants on fire|incorrect|wrong|untrue|not true|fabricated|hoax|baseless|bogus|debunked|inaccurate|scam|four pinocchios)\b/i;
const HEDGED =
  /\b(mostly|half|partly|partially|mixed|misleading|missing context|unproven|unsupported|exaggerat|needs context|out of context|satire)/i;
const TRUE = /\b(true|correct|accurate|verified|confirmed)\b/i;

/** The truth a rating gives its claim. */
export function ratingTruth(rating: string): RatingTruth {
  if (/mostly false/i.test(rating)) return 'false';
  if (/mostly (true|correct|accurate)/i.test(rating)) return 'true';
  if (HEDGED.test(rating)) return 'unclear';
  if (FALSE.test(rating)) return 'false';
  if (TRUE.test(rating)) return 'true';
  return 'unclear';
}
