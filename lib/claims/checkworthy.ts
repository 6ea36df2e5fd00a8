/**
 * Which sentences are claims worth checking. Boilerplate (share lines, ads, reply forms, credits,
 * datelines alone) and headings are dropped; a claim is a full sentence that asserts something.
 */
import type { AnalysedToken } from '../features/analyse';
import { outcomeOf } from '../features/predicate';
import { SMALL_NUMBERS, TENS } from '../features/quantity/word-tables';

const DIGIT = /\d/;

/** A number written in digits or in words ("Sixteen", "twenty-three"). */
function isNumber(text: string, lower: string): boolean {
  if (DIGIT.test(text)) return true;
  if (!lower.includes('-')) return lower in SMALL_NUMBERS || lower in TENS;
  return lower.split('-').every((part) => part in SMALL_NUMBERS || part in TENS);
}

/** Lines publishers and scrapers add around articles. Matched on the whole sentence, case-insensitively. */
const BOILERPLATE = [
  /^leave a (reply|comment)\b/i,
  /^source link\b/i,
  /\bappeared first on\b/i,
  /^-?\s*(advertisement|sponsored|ad)\s*-?$/i,
  /^[–—-]\s*advertisement\s*[–—-]$/i,
  /\byour email address will not be published\b/i,
  /^(additional|more) (sources?|reporting)\b/i,
  /\bcontributed (to this )?report(ing)?\b/i,
  /^(check ?out|read|see) (also|more|latest|the latest)\b/i,
  /^(sign up|subscribe)\b/i,
  /^(share|follow us|click here)\b/i,
  /\ball rights reserved\b/i,
  /^(file|photo)\s*[–—-]/i,
];

/** "Wed. Jan 15th, 2025", "Updated 10:32 GMT", "January 13, 2025": datelines that stand alone. */
const DATELINE =
  /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s*\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/i;

/** A photo or agency credit closing the line: "(AP Photo/Jane Doe)". Tested from the last bracket only. */
const CREDIT = /^\((ap|afp|reuters|getty)( photo)?\b[^)]*\)\s*$/i;

/** A cookie banner: "cookies" and, after it, "accept" or "consent" (two searches: linear on any text). */
function isCookieBanner(text: string): boolean {
  const cookie = text.search(/\bcookies?\b/i);
  if (cookie < 0) return false;
  return /\b(accept|consent)\b/i.test(text.slice(cookie));
}

/** True when the sentence is publishing boilerplate rather than part of the story. */
export function isBoilerplate(sentence: string): boolean {
  const text = sentence.trim();
  if (DATELINE.test(text) || /^(updated|published|posted)\b[^.]*\d/i.test(text)) return true;
  if (isCookieBanner(text) || CREDIT.test(text.slice(Math.max(0, text.lastIndexOf('('))))) return true;
  return BOILERPLATE.some((pattern) => pattern.test(text));
}

/** A sentence ends in . ! ? (possibly followed by a closing quote or bracket): headings and captions do not. */
function endsLikeSentence(sentence: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(sentence.trim());
}

/** Forms of "to be": a count it joins to what is said of it is a claim ("are valid for 20 years"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Forms of "to have": a count it gives its holder is a claim too ("The union has 180,000 members"). */
const HAVE = new Set(['has', 'have', 'had']);

/** Units of a measure after a number: metres, kilometres, hectares, tonnes, degrees, percent. */
const MEASURE_UNITS = new Set(
  'metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles foot feet hectare hectares acre acres tonne tonnes ton tons degree degrees percent per cent %'.split(
    ' ',
  ),
);

/** A number followed by a unit of measure ("19 metres", "40 percent"). */
function measured(tokens: readonly AnalysedToken[]): boolean {
  return tokens.some((token, i) => isNumber(token.text, token.lower) && MEASURE_UNITS.has(tokens[i + 1]?.lower ?? ''));
}

/** A question asks, it does not state: "Do you want to return?", 'When asked, "Do you want to return?"'. */
export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*$/.test(sentence.trim());
}

/**
 * True when the sentence states something checkable: a full sentence, not boilerplate, not a question, with
 * enough content words (a quantity, an actor and a reported fact) to be compared with a reference. A heading
 * (a whole block with no closing stop: `wholeBlock`) states something when it has a verb ("At least 40 miners
 * have been killed, officials say"); without one it is a label ("Rescue work still under way").
 */
export function isCheckWorthy(sentence: string, tokens: readonly AnalysedToken[], wholeBlock = false): boolean {
  if (isBoilerplate(sentence) || isQuestion(sentence)) return false;
  if (!endsLikeSentence(sentence) && !(wholeBlock && tokens.some((token) => token.verb))) return false;
  const content = tokens.filter((token) => token.content);
  const hasNumber = tokens.some((token) => isNumber(token.text, token.lower));
  // A toll in a few words ("4,000 were killed.") is a claim: its article says whose.
  if (hasNumber && tokens.some((token) => outcomeOf(token.lemma, token.lower) !== undefined)) return true;
  // So is a count with its verb in a short sentence ("At least 12 homes were destroyed."), or with "to be" and what
  // it says of the count ("The licences are valid for 20 years.").
  if (
    hasNumber &&
    content.length >= 2 &&
    tokens.some((token) => (token.verb && token.content) || BE.has(token.lower) || HAVE.has(token.lower))
  ) {
    return true;
  }
  // A sentence whose verb says something of a thing is a claim, however short ("Police have opened an
  // investigation.", "The decision was unanimous."): a verb of its own or "to be", and two content words.
  if (content.length >= 2 && tokens.some((token) => (token.verb && token.content) || BE.has(token.lower))) {
    return true;
  }
  // A measure said of its subject ("It is roughly 19 metres deep."): the figure and what it measures are the claim.
  if (hasNumber && content.length >= 1 && measured(tokens) && tokens.some((token) => BE.has(token.lower))) return true;
  if (tokens.length < 6 || content.length < 3) return false;
  const hasActor = tokens.some((token, index) => token.capital && index > 0) || /^\p{Lu}/u.test(sentence);
  return hasNumber || hasActor || content.length >= 5;
}
