/**
 * The head of a quantity: the stemmed, lower-case content word the number counts, so "300 North Korean
 * soldiers" and "300 soldiers" both count "soldier". A heuristic, not a parser:
 * - look forward from the end of the quantity over at most four words, stopping at punctuation, another
 *   number or a conjunction; skip stop words, capitalised words (names, nationalities), unit words and
 *   generic nouns ("people"); skip a modifier when a content word follows it ("injured civilians",
 *   "tank shells"); the first word left is the head;
 * - when nothing is found forward, look back over at most four words the same way, also skipping verbs that
 *   only report a level ("rose to", "stood at"): "killed 300" counts "kill", "a death toll of 300" "toll"; a
 *   clause opener ends it ("claimed that 300 were killed" counts nothing named).
 */

import { stemmer } from 'stemmer';
import { isSentenceInitial, isSym, type QuantityToken } from './tokens';
import { DURATION_HOURS, MEASURES, MONTHS, SCALE_WORDS, SMALL_NUMBERS, TENS } from './word-tables';

/**
 * Words passed over on the way to a quantity's head: function words, and the words news puts around a count
 * ("estimated", "total", "officials", "first", "aged"). Not the stop-word list (lib/lexicon/stopwords.ts): it skips
 * words that list keeps, and keeps some it drops ("former", "whole"), and heads must not change with it.
 */
const NOT_HEADS = new Set(
  (
    'a an the of in on at to for from by with about into onto over under than that this these those was were ' +
    'is are be been being am has have had having do does did will would could should may might must can shall ' +
    'its it their them they his her him he she our we us your you my me i who whom whose which what whoever ' +
    'as also more most less least some any such other others another each every all both only just even ' +
    'nearly almost around roughly approximately estimated per cent percent percentage point points last next ' +
    'not no nor so up down out off then there here when where why how since until after before during among ' +
    'between against through across within without toward towards upon via according reportedly including ' +
    'said says say saying told tell reported reports officials official total totalling overall further ' +
    'additional extra new fresh latest least roughly approx circa odd plus many much few several past previous ' +
    'first aged aboard onboard still already yet again currently ever however meanwhile now overnight'
  ).split(' '),
);

/** Words passed over on the way to a head ("300 killed, officials said") that a number right before them counts. */
const COUNTED_WHEN_NEXT = new Set(['officials', 'official']);

/** Words that end the search: what follows belongs to another phrase. */
const BOUNDARY_WORDS = new Set(
  'and or but while whereas although though because if unless whether than versus vs'.split(' '),
);

/** Nouns too general to tell two counts apart: skipped, so "300 people were killed" counts "kill". */
const GENERIC_NOUNS = new Set(
  'people persons person individuals individual ones one those others figure number total times'.split(' '),
);

/** Verbs that only report a level; skipped when looking back ("rose to 4.5%", "stood at 300"). */
const LEVEL_VERBS = new Set(
  (
    'rose rise rises risen rising fell fall falls fallen falling reached reach reaches reaching stood stands ' +
    'stand climbed climb climbs increased increase increases decreased decrease decreases dropped drop drops ' +
    'jumped jump jumps grew grow grows grown hit hits topped top tops exceeded exceed exceeds totalled totaled ' +
    'totals numbered numbers number put puts estimated estimate estimates counted count was were is are ' +
    'remained remains remain surged surge soared soar slipped slip declined decline doubled tripled halved ' +
    'reaching reached went go goes came come comes amounted amount amounts'
  ).split(' '),
);

/** The level verbs' stems, as quantity predicates carry them ("rose to 300": "rose"). */
export const LEVEL_VERB_STEMS = new Set([...LEVEL_VERBS].map((word) => stemmer(word)));

/** Plurals that do not end in "s", so "children lives" is not read as a compound like "tank shells". */
const IRREGULAR_PLURALS = new Set(
  'children men women police personnel staff cattle sheep fish aircraft data media feet teeth mice geese'.split(' '),
);

const isPlural = (word: string): boolean => PLURAL.test(word) || IRREGULAR_PLURALS.has(word);

const ADJECTIVE_SUFFIX = /(?:ed|al|ary|ive|ous|ful|ic|ian|ish|less|able|ible|ing|ant|ent)$/;
const PLURAL = /[^su]s$/;

function isUnitWord(word: string): boolean {
  return word in DURATION_HOURS || word in MEASURES || word in SCALE_WORDS || word in MONTHS;
}

/**
 * A word that could be a head: not a stop word, unit, generic noun or capitalised name. `initial` lets the
 * sentence's first word through although it is capitalised.
 */
function isContent(token: QuantityToken | undefined, initial = false): boolean {
  if (token?.kind !== 'word' || token.text.length < 2) return false;
  if (/^\p{Lu}/u.test(token.text) && !(initial && /^\p{Lu}\p{Ll}+$/u.test(token.text))) return false;
  const word = token.lower.replace(/['’]s$/, '');
  return !NOT_HEADS.has(word) && !BOUNDARY_WORDS.has(word) && !GENERIC_NOUNS.has(word) && !isUnitWord(word);
}

/** True when the token ends the search: punctuation other than hyphens or quotes, a number, a conjunction. */
function isBoundary(token: QuantityToken): boolean {
  if (token.kind === 'num') return true;
  if (token.kind === 'sym') return !/[-'’"“”‘]/.test(token.text);
  return BOUNDARY_WORDS.has(token.lower);
}

/** Stems of head words, remembered: the stemmer's rules cost more than a lookup, and news repeats its nouns. */
const headStems = new Map<string, string>();
const HEAD_STEMS_KEPT = 20_000;

/** Stem of a word as the engine compares heads: lower case, possessive dropped. */
export function headStem(word: string): string {
  let stem = headStems.get(word);
  if (stem === undefined) {
    stem = stemmer(word.toLowerCase().replace(/['’]s$/, ''));
    if (headStems.size >= HEAD_STEMS_KEPT) headStems.clear();
    headStems.set(word, stem);
  }
  return stem;
}

/**
 * Words that open another event after a figure ("rose to nine after an injured worker died", "stood at 40
 * before two more were found"): the noun past them is not what the figure counts.
 */
const EVENT_OPENERS = new Set('after before since until during when where once including'.split(' '));

/** Prepositions of place and motion: right after a figure, the noun past them is where, not what is counted. */
const PLACE_PREPOSITIONS = new Set('off from out into onto across inside outside near along aboard'.split(' '));

/** A number written as a word ("two", "forty"): another figure, whose noun is its own. */
const isNumberWord = (word: string): boolean => word in SMALL_NUMBERS || word in TENS;

/** The word at i is a possessive before another word: "employers' confederations", "the union's members". */
function possessiveBeforeWord(tokens: QuantityToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (/['’]s$/i.test(tokens[i].text)) return next?.kind === 'word';
  return (next?.text === "'" || next?.text === '’') && tokens[i + 2]?.kind === 'word';
}

/** Phrases after a count that say how far the count has got: "so far", "to date", "in all". */
const TALLY_PHRASES = new Set(['so far', 'thus far', 'to date', 'in all', 'in total', 'all told']);

/** What a figure counts, looking forward; a count (no unit) names nothing past a preposition of place. */
function forwardHead(tokens: QuantityToken[], from: number, count: boolean): string {
  let words = 0;
  for (let i = from; i < tokens.length && words < 4; i += 1) {
    const token = tokens[i];
    if (isBoundary(token)) break;
    if (token.kind !== 'word') continue;
    if (EVENT_OPENERS.has(token.lower) || (i > from && isNumberWord(token.lower))) break;
    // "Put the number at 12 so far", "26 to date", "40 in all": how far the count has got, not what it counts.
    if (TALLY_PHRASES.has(`${token.lower} ${tokens[i + 1]?.lower ?? ''}`)) break;
    // "Lifted eleven off the seabed", "took 30 from the camp": a count with no noun of its own, then where it went.
    if (count && i === from && PLACE_PREPOSITIONS.has(token.lower)) break;
    words += 1;
    // "Charged 17 officials": right after its number, a noun news otherwise puts around a count is what it counts.
    if (i === from && COUNTED_WHEN_NEXT.has(token.lower)) return headStem(token.text);
    if (!isContent(token)) continue;
    const next = tokens[i + 1];
    // "Four sub-counties", "six air-traffic controllers": a word joined by a hyphen to the next is part of it, whose
    // last word says what it is (not a unit's: "15 gigawatt-hours" counts gigawatts).
    const joined = tokens[i + 2];
    if (isSym(next, '-') && !next.spaced && joined?.kind === 'word' && !joined.spaced && isContent(joined)) {
      words -= 1; // the two parts count as one word
      continue;
    }
    // "The three main employers' confederations", "14 of the port's cranes": a possessive says whose, not what; but
    // a plural possessive right after the number is what it counts ("the 12 victims' families").
    if (possessiveBeforeWord(tokens, i) && (i > from || /['’]s$/i.test(token.text))) continue;
    if (next?.kind === 'word' && isContent(next)) {
      const modifier = ADJECTIVE_SUFFIX.test(token.lower) || (!isPlural(token.lower) && PLURAL.test(next.lower));
      if (modifier) continue;
    }
    return headStem(token.text);
  }
  return '';
}

/**
 * Words that open a clause with the count as its subject ("claimed that 300 have been killed", "a toll which
 * 300 ..."): nothing before them counts it.
 */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom']);

/** Verbs of saying: right before a count ("Velmora says 1,200 have filed"), what precedes them is who says it. */
const SAYING_BEFORE = new Set('says said say saying tells told'.split(' '));

function backwardHead(tokens: QuantityToken[], before: number): string {
  let words = 0;
  for (let i = before; i >= 0 && words < 4; i -= 1) {
    const token = tokens[i];
    if (isBoundary(token) || CLAUSE_OPENERS.has(token.lower)) break;
    if (token.kind !== 'word') continue;
    if (words === 0 && SAYING_BEFORE.has(token.lower)) break;
    words += 1;
    const content = isContent(token, isSentenceInitial(tokens, i));
    if (content && !LEVEL_VERBS.has(token.lower)) return headStem(token.text);
  }
  return '';
}

/**
 * Head of the quantity whose tokens run from `first` to `last` (inclusive): forward first, then back.
 * Returns '' when no content word is near.
 */
export function findHead(tokens: QuantityToken[], first: number, last: number, count = false): string {
  return forwardHead(tokens, last + 1, count) || backwardHead(tokens, first - 1);
}

/** Words between a sum of money and what it is the sum of ("a deal worth", "valued at", "a fine totalling"). */
const MONEY_LINKS = new Set(
  'worth valued value priced costing cost costs totalling totaling amounting set aside put'.split(' '),
);

/**
 * What a sum of money is: the noun before it, past "of" and the words that link a sum to its thing ("a break fee of
 * 450 million", "the deal was valued at 8.4 billion", "the deal, worth 8.4 billion"), since what follows a sum is
 * most often whom it goes to or what it is for ("pay a fee of 2 million to the owners"); as for any figure when
 * no such word ties it to what comes before.
 */
export function moneyHead(tokens: QuantityToken[], first: number, last: number): string {
  // Only a sum tied to the word before it is that word's ("fined the bank 2 million euros" is not the bank's).
  const link = tokens[first - 1]?.lower ?? '';
  // "The emergency aid sent by the state totals 4 million reais", "net profit reached 3.9 trillion won": a sum a
  // verb of level gives is its subject's.
  if (LEVEL_VERBS.has(link) && !MONEY_LINKS.has(link)) {
    const subject = subjectHead(tokens, first - 1);
    if (subject !== undefined) return subject;
  }
  if (link !== 'of' && link !== 'at' && !MONEY_LINKS.has(link)) return findHead(tokens, first, last);
  let words = 0;
  for (let i = first - 1; i >= 0 && words < 4; i -= 1) {
    const token = tokens[i];
    // "The deal, worth 8.4 billion": an apposition on the noun before the comma.
    const apposition = token.text === ',' && MONEY_LINKS.has(tokens[i + 1]?.lower ?? '');
    if (!apposition && (isBoundary(token) || CLAUSE_OPENERS.has(token.lower))) break;
    if (token.kind !== 'word') continue;
    words += 1;
    if (MONEY_LINKS.has(token.lower) || LEVEL_VERBS.has(token.lower)) continue;
    if (isContent(token, isSentenceInitial(tokens, i))) return headStem(token.text);
  }
  return findHead(tokens, first, last);
}

/** Words that end a subject's noun run and open what follows it: a preposition or the verb. */
const AFTER_SUBJECT = new Set('of for from in at on by to with sent paid given set raised released'.split(' '));
/** Words before a subject's nouns that are not of them. */
const SUBJECT_DETERMINERS = new Set('the a an its their his her this that these those'.split(' '));

/**
 * The head of the subject of the verb at `verb`: the last noun of the run of nouns its clause opens with, when a
 * preposition, a participle or the verb itself ends that run ("The emergency aid sent by ... totals": "aid"). Undefined
 * when the clause opens otherwise ("The ministry said revenue reached ...").
 */
function subjectHead(tokens: QuantityToken[], verb: number): string | undefined {
  let start = verb;
  while (start > 0 && !isBoundary(tokens[start - 1]) && !CLAUSE_OPENERS.has(tokens[start - 1].lower)) start -= 1;
  while (start < verb && SUBJECT_DETERMINERS.has(tokens[start].lower)) start += 1;
  let end = start;
  while (
    end < verb &&
    isContent(tokens[end], isSentenceInitial(tokens, end)) &&
    !AFTER_SUBJECT.has(tokens[end].lower)
  ) {
    end += 1;
  }
  if (end === start) return undefined;
  const next = tokens[end];
  const closes = end === verb || AFTER_SUBJECT.has(next.lower) || /ed$/.test(next.lower);
  if (!closes || end - start > 3) return undefined;
  return headStem(tokens[end - 1].text);
}

/** True for a lower-case plural content word ("soldiers"), the sign that a number before it is a count. */
export function isCountNoun(token: QuantityToken | undefined): boolean {
  return isContent(token) && isPlural((token as QuantityToken).lower);
}
