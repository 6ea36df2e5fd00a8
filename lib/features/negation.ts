/**
 * Negation cues and their scope. A cue ("not", "never", "denied", "refused", "lack of") negates the content
 * words that follow it up to the end of its clause; the matcher compares what each side negates.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from './quantity/word-tables';

/** Verbs of leaving undone what they govern: "skipped its dividend" is "did not pay one". */
const LEAVING_UNDONE = new Set(
  (
    'skip skips skipped skipping forgo forgoes forgoing forwent forgone withhold withholds withheld withholding ' +
    'omit omits omitted omitting'
  ).split(' '),
);

/** Words that negate what follows them. General English, not tied to any story. */
const CUES = new Set([
  ...(
    'not no never none nobody nothing neither nor without cannot deny denies denied denying refuse refuses refused ' +
    'refusing reject rejects rejected rejecting unwilling unable fail fails failed failing lack lacks lacked ' +
    'lacking absence dismiss dismissed dismisses rule ruled declined decline declines declining ' +
    // Words that call a claim untrue negate it as much as "not" does.
    'false untrue fake hoax bogus debunk debunks debunked myth'
  ).split(' '),
  ...LEAVING_UNDONE,
]);

/**
 * Nouns of a failing: "failure to monitor", "lapses in its checks" negate what follows, as "failing to monitor"
 * does; "engine failure caused the crash" negates nothing. They stay words of the sentence (not cues).
 */
const FAILINGS = new Set(['failure', 'failures', 'failings', 'lapse', 'lapses']);

/** The failing noun at i is followed by what it is a failing of ("failure to", "lapses in"). */
function failingCue(tokens: readonly NegationToken[], i: number): boolean {
  return FAILINGS.has(tokens[i].lower) && ['to', 'in', 'of'].includes(tokens[i + 1]?.lower ?? '');
}

/** "Rather than fresh water", "instead of a fine": the thing or act passed over is denied, as after "without". */
function insteadOf(tokens: readonly NegationToken[], i: number): boolean {
  const previous = tokens[i - 1]?.lower;
  if (tokens[i].lower === 'of') return previous === 'instead';
  // "Sooner rather than later", "rather than not": a set phrase of time or manner, which denies no thing.
  return tokens[i].lower === 'than' && previous === 'rather' && !RATHER_THAN_SET.has(tokens[i + 1]?.lower ?? '');
}
const RATHER_THAN_SET = new Set('later sooner earlier now never not ever usual expected before'.split(' '));

/** Verbs of keeping apart before "away": "stayed away from work" is not being at work. */
const STAY_FORMS = new Set('stay stays stayed staying keep keeps kept keeping'.split(' '));

/** "Stayed away from work", "kept away from the polls": the "away" negates where they kept from. */
function stayedAway(tokens: readonly NegationToken[], i: number): boolean {
  return tokens[i].lower === 'away' && STAY_FORMS.has(tokens[i - 1]?.lower ?? '') && !tokens[i - 1].clauseEnd;
}

/** "Free of disease", "free of debt": the "free" negates what it is free of (as "no signs of disease" does). */
function freeOf(tokens: readonly NegationToken[], i: number): boolean {
  return tokens[i].lower === 'free' && tokens[i + 1]?.lower === 'of' && !tokens[i].clauseEnd;
}

/** Prepositions that open where or when an act happens: past them, what a barring "from" bars has ended. */
const PLACE_OR_TIME_PREPOSITIONS = new Set(
  'in at on near inside outside across during until for after before within around along'.split(' '),
);

/** Verbs of barring before "from": "barred from selling" is not selling. */
const BARRING = new Set('barred banned prohibited forbidden prevented blocked stopped'.split(' '));

/**
 * "Is barred from selling more shares", "were prevented from leaving": the "from" negates the act that follows it.
 * Only before an -ing verb: "banned from the stadium" says where, "blocked from morning until noon" when.
 */
function barredFrom(tokens: readonly NegationToken[], i: number): boolean {
  return (
    tokens[i].lower === 'from' &&
    BARRING.has(tokens[i - 1]?.lower ?? '') &&
    !tokens[i - 1].clauseEnd &&
    tokens[i + 1]?.verb === true &&
    /ing$/.test(tokens[i + 1].lower)
  );
}

/**
 * Words that call what came before them untrue or undone when they follow a copula ("… is a hoax", "… are not
 * true", "flights are impossible").
 */
const REFUTATIONS = new Set(
  'false untrue fake hoax bogus myth lie lies fabricated fabrication baseless impossible'.split(' '),
);
const COPULAS = new Set("is are was were be been being 's".split(' '));
/** Words that may stand between the copula and the refutation ("is just a hoax", "was completely false"). */
const COMPLEMENT_FILLERS = new Set('a an just simply completely totally entirely also all another big'.split(' '));

/** Words that end a negation's scope: a new clause starts. */
const CLAUSE_BREAKS = new Set(
  'but although though whereas while because who which whom whose when where if unless since after before'.split(' '),
);

/** At most this many content words fall in one cue's scope. */
const SCOPE = 4;
/** At most this many after "without": its object. */
const WITHOUT_SCOPE = 2;

/**
 * Cues that negate a thing, not a clause: "without power", "the lack of targets", "in the absence of a plan". Their
 * scope is that noun phrase; the clause's own verb is asserted ("the lack of targets violated the right", "without
 * it the state was breaching the constitution").
 */
const THING_CUES = new Set('without lack lacks lacked lacking absence'.split(' '));

/** Pronouns that are a whole object: "without it", "lacking them" negate nothing the sentence names. */
const OBJECT_PRONOUNS = new Set('it them him her'.split(' '));

/**
 * "Without warning", "without delay", "without incident": how something happened, said as a set phrase. Nothing is
 * denied ("an animal that dropped dead without warning" does not deny that anyone warned).
 */
const WITHOUT_IDIOMS = new Set(
  'warning notice delay fail doubt question exception hesitation incident interruption'.split(' '),
);

/** Words that start an object after a word: "without warning them" warns someone, "without warning." does not. */
const OBJECT_STARTS = new Set('them him her it us me you the a an his their its our this that these those'.split(' '));

/** "Without warning", "without incident" as a set phrase: nothing after it that could be its object. */
function withoutIdiom(tokens: readonly NegationToken[], i: number): boolean {
  if (tokens[i].lower !== 'without' || !WITHOUT_IDIOMS.has(tokens[i + 1]?.lower ?? '')) return false;
  const after = tokens[i + 2];
  return after === undefined || tokens[i + 1].clauseEnd || (!after.content && !OBJECT_STARTS.has(after.lower));
}

/**
 * The thing cue at i ends its scope at token j: a pronoun as its whole object, or a verb past its noun phrase. A verb
 * right after the cue, or after its "to" or "of", is the act it negates ("left without paying", "failure to
 * monitor"); a later one is the clause's own ("the failure to do so violated the constitution").
 */
function thingScopeEnds(tokens: readonly NegationToken[], i: number, j: number, taken: number): boolean {
  if (taken === 0 && OBJECT_PRONOUNS.has(tokens[j].lower)) return true;
  if (tokens[j].verb !== true) return false;
  // After a possessive ("72 hours' notice", "the union's call") or a determiner ("without the consent of") a word is
  // a noun, however tagged.
  if (tokens[j - 1]?.possessive || DETERMINERS.has(tokens[j - 1]?.lower ?? '')) return false;
  const act = j === i + 1 || (j === i + 2 && THING_LINKS.has(tokens[i + 1].lower));
  return !act;
}

/** Most words between a list's comma and its "and" or "or" ("free, prior and informed"). */
const LIST_REACH = 2;

/** An adjective or an adverb, or a past participle used as an adjective ("informed"). */
const modifies = (token: NegationToken | undefined): boolean =>
  token !== undefined && !token.proper && (token.modifier === true || (token.verb === true && /ed$/.test(token.lower)));

/**
 * Token j follows a comma inside a list of modifiers after a thing cue ("without the free, prior and informed
 * consent of the villages"): the index of the noun they go with, or -1 when the comma ends the phrase or the list is
 * of things ("without power, and residents fled", "without a permit, staff and drivers paid fines"). Every word of
 * the list is an adjective, an adverb or a participle, by the tagger.
 */
function listRunsTo(tokens: readonly NegationToken[], j: number): number {
  if (!modifies(tokens[j - 1])) return -1;
  for (let k = j; k < tokens.length && k <= j + LIST_REACH; k += 1) {
    if (tokens[k].clauseEnd || CLAUSE_BREAKS.has(tokens[k].lower)) return -1;
    if (tokens[k].lower === 'and' || tokens[k].lower === 'or') {
      // The last modifier, then the noun they go with.
      const head = tokens[k + 2];
      return k > j && modifies(tokens[k + 1]) && head?.content && !head.proper && !modifies(head) ? k + 2 : -1;
    }
    if (!modifies(tokens[k])) return -1;
  }
  return -1;
}

/** Determiners before a participle used as an adjective ("the required notice", "a planned strike"). */
const DETERMINERS = new Set('the a an its their his her this that these those any'.split(' '));

/**
 * Token j is a past participle before its noun, after a determiner or a determiner and an adverb ("the required
 * notice", "the legally required notice"): an adjective, not an act.
 */
function attributiveParticiple(tokens: readonly NegationToken[], j: number): boolean {
  if (tokens[j].verb !== true || !/ed$/.test(tokens[j].lower) || tokens[j].clauseEnd) return false;
  const before = tokens[j - 1]?.lower ?? '';
  if (DETERMINERS.has(before)) return true;
  return before.endsWith('ly') && DETERMINERS.has(tokens[j - 2]?.lower ?? '');
}

/** Words between a thing cue and the act it negates ("failure to monitor", "lack of funding"). */
const THING_LINKS = new Set(['to', 'of', 'in']);

/** Refutations that can stand before a noun as what it is ("fake tickets", "false papers", "bogus invoices"). */
const ATTRIBUTE_CUES = new Set(['false', 'fake', 'bogus']);

/** Nouns of reports: a refutation before one refutes what it says ("a false claim that the plant had closed"). */
const REPORT_NOUNS = new Set(
  (
    'claim claims report reports rumour rumours rumor rumors story stories allegation allegations statement ' +
    'statements news suggestion suggestions assertion assertions accusation accusations information'
  ).split(' '),
);

/** Verbs that reject what someone else says ("rejected the claim", "denies allegations", "dismissed reports"). */
const REJECTIONS = new Set(
  'reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed dismissing'.split(' '),
);
/** Nouns of what a party put forward, which another can reject: reports, and arguments and explanations too. */
const POSITION_NOUNS = new Set([
  ...REPORT_NOUNS,
  ...'argument arguments explanation explanations version account theory charge charges'.split(' '),
]);
/** Words that may stand between a rejection and its position noun ("rejected the union's earlier claims"). */
const POSITION_FILLERS = new Set('a an the this that these those his her its their our such any earlier'.split(' '));

/**
 * "Rejecting claims by the group that ...", "denied allegations that ...": the cue at i rejects a position another
 * party put forward, named by a noun right after it (past a determiner, a possessive or an adjective).
 */
function rejectsPosition(tokens: readonly NegationToken[], i: number): boolean {
  if (!REJECTIONS.has(tokens[i].lower)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j += 1) {
    if (POSITION_NOUNS.has(tokens[j].lower)) return true;
    const filler =
      POSITION_FILLERS.has(tokens[j].lower) ||
      tokens[j].lower.endsWith("'s") ||
      tokens[j].possessive === true ||
      tokens[j].proper;
    if (!filler || tokens[j].clauseEnd) return false;
  }
  return false;
}

/** Verbs of saying before what a party says: where a position rejected after it starts. */
const SAYING_BEFORE = new Set(
  'said says say told tells argued argues claimed claims insisted insists maintained maintains contended contends alleged alleges suggested suggests that'.split(
    ' ',
  ),
);

/** What rejectedBefore gives for most words: one array, not a new empty one for every word of every sentence. */
const NONE_REJECTED: readonly number[] = [];

/**
 * "The rider said the drug came from a supplement, an argument the panel rejected": a rejection at i that closes a
 * relative clause on a position noun set off after a comma rejects the clause before the comma. The indexes of that
 * clause's words, from its verb of saying (or the clause's start) to the comma; none when i is no such rejection.
 */
function rejectedBefore(tokens: readonly NegationToken[], i: number): readonly number[] {
  if (!REJECTIONS.has(tokens[i].lower)) return NONE_REJECTED;
  const next = tokens[i + 1];
  if (next && !tokens[i].clauseEnd && next.content && !next.proper) return NONE_REJECTED;
  let noun = denialOfThis(tokens, i);
  for (let j = i - 1; noun < 0 && j >= 0 && j >= i - 6; j -= 1) {
    if (tokens[j].clauseEnd) break;
    if (POSITION_NOUNS.has(tokens[j].lower) && POSITION_FILLERS.has(tokens[j - 1]?.lower ?? '')) noun = j - 1;
  }
  if (noun < 1 || !tokens[noun - 1].clauseEnd) return NONE_REJECTED;
  const clause: number[] = [];
  for (let j = noun - 1; j >= 0 && clause.length < SCOPE * 2; j -= 1) {
    if (j < noun - 1 && tokens[j].clauseEnd) break;
    if (CLAUSE_BREAKS.has(tokens[j].lower) || SAYING_BEFORE.has(tokens[j].lower)) break;
    if (tokens[j].content && !tokens[j].proper && !isNegationCue(tokens[j].lower)) clause.push(j);
  }
  return clause;
}

/** Words by which a rejection points back at what was said before it ("denied this", "rejected that"). */
const ANAPHORS = new Set(['this', 'that', 'it', 'these', 'them', 'so']);
/** Most tokens of the subject of such a rejection ("the race director Petrović denied this"). */
const DENIER = 4;

/**
 * "Runners said stations had run dry; the director denied this": a rejection at i of "this" that closes its
 * sentence, after a clause of its own, rejects the clause before it. The index of the rejection's first word (the
 * clause before ends right before it), or -1.
 */
function denialOfThis(tokens: readonly NegationToken[], i: number): number {
  const object = tokens[i + 1];
  if (!object || !ANAPHORS.has(object.lower) || !(object.clauseEnd || i + 2 >= tokens.length)) return -1;
  for (let j = i - 1; j >= 1 && j >= i - DENIER; j -= 1) {
    if (tokens[j - 1].clauseEnd) return j;
  }
  return -1;
}

/** The cue at i is a refutation right before the noun it describes, not before a report. */
function describesThing(tokens: readonly NegationToken[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    ATTRIBUTE_CUES.has(tokens[i].lower) &&
    next?.content === true &&
    !next.verb &&
    !tokens[i].clauseEnd &&
    !REPORT_NOUNS.has(next.lower)
  );
}

export interface NegationToken {
  lower: string;
  /** True for a content word (not a stop word). */
  content: boolean;
  /** Index of the token in the sentence. */
  index: number;
  /** Punctuation between this token and the next one ends a clause. */
  clauseEnd: boolean;
  /** A name: names are what a claim is about, not what it negates. */
  proper: boolean;
  /** Followed by a possessive "'s" ("the company's argument"). */
  possessive?: boolean;
  /** Used as a verb (or an auxiliary): where a subject ends. */
  verb?: boolean;
  /**
   * A verb coordinated with an earlier one in a tense of its own ("did not lower the gear and struck the
   * wall"): a new predicate, where a cue's scope ends. One in the cue's form stays in it ("not lower or raise").
   */
  ownPredicate?: boolean;
  /** Gives a degree to the next word: "this" of "this big", "so" of "so many", "this" of "on this scale". */
  degree?: boolean;
  /** A verb of saying ("said", "added"). */
  saying?: boolean;
  /** Joined to the next word by a hyphen ("no" of "a no-go zone"). */
  hyphened?: boolean;
  /** Tagged an adjective or an adverb ("free", "prior"). */
  modifier?: boolean;
}

/** True when the token is a negation cue ("don't", "isn't" included). */
export function isNegationCue(lower: string): boolean {
  return CUES.has(lower) || lower.endsWith("n't");
}

/** Words that start a figure written out after "than" ("no more than two", "not later than Friday"). */
const NUMBER_WORDS_AFTER_THAN = new Set([
  ...'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred a an half'.split(
    ' ',
  ),
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'midnight',
  'noon',
]);

/** Comparatives that, after "no" or "not" and before "than", bound a figure or a time rather than negate. */
const BOUNDING_COMPARATIVES = new Set(
  (
    'more less fewer greater higher lower larger smaller bigger later earlier sooner longer shorter older younger ' +
    'newer heavier lighter wider narrower taller deeper faster slower'
  ).split(' '),
);

/**
 * From token `at`: a bounding comparative, "than" and a figure ("more than 15", "older than 15 years"). After "no" or
 * "not" ("no more than 15 years old", "no car older than 15 years") it sets a limit rather than negates. Only before
 * a figure: "not higher than the bank had forecast" still negates.
 */
function boundsFigure(tokens: readonly NegationToken[], at: number): boolean {
  const comparative = tokens[at]?.lower;
  const figure = tokens[at + 2]?.lower ?? '';
  return (
    comparative !== undefined &&
    BOUNDING_COMPARATIVES.has(comparative) &&
    tokens[at + 1]?.lower === 'than' &&
    (/^\d/.test(figure) || NUMBER_WORDS_AFTER_THAN.has(figure))
  );
}

const RULE_FORMS = new Set(['rule', 'ruled']);
/** Forms that are mostly nouns ("a ruling", "the rules"): cues only as a verb before "out" ("ruling them out"). */
const RULE_NOUN_FORMS = new Set(['rules', 'ruling']);
/** Pronouns that may stand between "ruled" and "out" ("ruling them out"). */
const RULED_OUT_OBJECTS = new Set(['it', 'them', 'this', 'that']);

/** "Ruling them out as the cause": a form that is mostly a noun is a cue only before its "out". */
function rulingOut(tokens: readonly NegationToken[], i: number): boolean {
  return RULE_NOUN_FORMS.has(tokens[i].lower) && rulesOut(tokens, i);
}

/** "Ruled out", "ruling them out" negate; "rule" alone ("a ruling on Monday", "ruled that") does not. */
function rulesOut(tokens: readonly NegationToken[], i: number): boolean {
  if (tokens[i].clauseEnd) return false;
  if (tokens[i + 1]?.lower === 'out') return true;
  return (
    RULED_OUT_OBJECTS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1].clauseEnd && tokens[i + 2]?.lower === 'out'
  );
}

const DISMISS_FORMS = new Set(['dismiss', 'dismisses', 'dismissed']);
/** Words right after "dismissed" that make it a rejection of what was said: "dismissed it as", "dismissed this". */
const DISMISSED_WHAT_WAS_SAID = new Set([
  'it',
  'this',
  'as',
  'such',
  'suggestions',
  'speculation',
  'fears',
  'concerns',
]);

/** Most tokens from "dismissed" to the "as" of what it dismissed something as ("dismissed the June quake as"). */
const DISMISSED_AS_REACH = 5;

/**
 * "Dismissed the claims", "dismissed it as rumour", "dismissed the quake as a cause" reject what someone said or
 * suggested; "dismissed 37 workers" fires them, and negates nothing.
 */
function dismissesWhatWasSaid(tokens: readonly NegationToken[], i: number): boolean {
  // "Dismissed 40 staff as part of the cuts": what was done with them, not what they said.
  if (tokens.some((token, j) => j > i && token.lower === 'as' && tokens[j + 1]?.lower === 'part')) return false;
  if (rejectsPosition(tokens, i) || DISMISSED_WHAT_WAS_SAID.has(tokens[i + 1]?.lower ?? '')) return true;
  // "Dismissed 37 drivers as part of the cuts": a count of people dismissed.
  if (/^\d/.test(tokens[i + 1]?.lower ?? '') || NUMBER_WORDS_AFTER_THAN.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + DISMISSED_AS_REACH; j += 1) {
    if (tokens[j - 1].clauseEnd || tokens[j].verb) return false;
    if (tokens[j].lower === 'as') return true;
  }
  return false;
}

/** Verbs that negate only what they govern: "failed to stop", "declined the offer", "skipped its dividend". */
const GOVERNING_CUES = new Set([
  ...'fail fails failed failing decline declines declined declining'.split(' '),
  ...LEAVING_UNDONE,
]);

/** A verb of leaving undone at i in the passive: "payment was withheld", "the checks were omitted". */
function passiveLeavingUndone(tokens: readonly NegationToken[], i: number): boolean {
  return LEAVING_UNDONE.has(tokens[i].lower) && COPULAS.has(tokens[i - 1]?.lower ?? '');
}

/** The word at i stands after a determiner or a figure, before its noun ("a 15% withholding tax"). */
function describesNoun(tokens: readonly NegationToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || before.clauseEnd) return false;
  return DETERMINERS.has(before.lower) || /^[\d%]/.test(before.lower);
}

/** A figure or a noun right at j, or a noun after one modifier: "2 million euros", "payment", "mandatory mediation" (not "higher on Monday"). */
function bareObject(tokens: readonly NegationToken[], j: number): boolean {
  if (/^\d/.test(tokens[j]?.lower ?? '')) return true;
  const noun = (k: number) =>
    tokens[k]?.content === true && !tokens[k].verb && !tokens[k].modifier && !tokens[k].proper;
  if (noun(j)) return true;
  return tokens[j]?.modifier === true && !tokens[j].clauseEnd && noun(j + 1);
}
/** Most tokens from such a verb to the "to" of what it governs. */
const GOVERNED_REACH = 4;
/** Words that start what such a verb governs: "to" and its verb, or an object's determiner. */
const GOVERNED_STARTS = new Set('to the a an its his her their this that these those our your my'.split(' '));

/**
 * "Failed to stop", "declined the offer" negate what follows; "a failed pump", "failing schools", "exports declined
 * sharply" say what became of something, and negate nothing.
 */
function governs(tokens: readonly NegationToken[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  // "Skipped mandatory mediation", "withheld payment": a verb of leaving undone takes its object bare too (not
  // "shares skipped higher").
  if (LEAVING_UNDONE.has(tokens[i].lower) && !tokens[i].clauseEnd && bareObject(tokens, i + 1)) return true;
  // "Declined to comment" governs; "declined to a record low" is a fall.
  if (next === 'to') return !tokens[i].clauseEnd && tokens[i + 2]?.verb === true;
  if (GOVERNED_STARTS.has(next) && !tokens[i].clauseEnd) return true;
  // "Declined on Tuesday to suspend the strike": a phrase of time or manner first, then "to" and a verb ("fell in
  // March to its lowest level" is a fall).
  for (let j = i + 2; j < tokens.length && j <= i + GOVERNED_REACH; j += 1) {
    if (tokens[j].lower === 'to') return tokens[j + 1]?.verb === true;
    if (CLAUSE_BREAKS.has(tokens[j].lower) || tokens[j].verb) return false;
  }
  return false;
}

/**
 * "ruled out" and "declined to" negate; "rule" alone does not. "No more than 150 passengers", "not later than
 * Friday" bound a figure (an upper or lower limit, which the figure's own reading keeps), and "not only … but"
 * adds: none of them negates what follows. Returns whether the cue is active here.
 */
function cueApplies(tokens: readonly NegationToken[], i: number): boolean {
  const word = tokens[i].lower;
  if (deniesUntil(tokens, i) || deniesForSpan(tokens, i)) return false;
  if (RULE_FORMS.has(word)) return rulesOut(tokens, i);
  // "A 15% withholding tax", "the forgone revenue": before its noun, the word says what kind of thing it is.
  if (LEAVING_UNDONE.has(word) && describesNoun(tokens, i)) return false;
  // "Payment was withheld": the passive denies its subject (refutedBefore), not what follows.
  if (passiveLeavingUndone(tokens, i)) return false;
  if (GOVERNING_CUES.has(word)) return governs(tokens, i);
  if (DISMISS_FORMS.has(word)) return dismissesWhatWasSaid(tokens, i);
  if (word === 'no' || word === 'not') {
    const next = tokens[i + 1]?.lower;
    if (boundsFigure(tokens, i + 1) || (tokens[i + 1]?.content && !tokens[i + 1].verb && boundsFigure(tokens, i + 2)))
      return false;
    if (word === 'not' && next === 'only') return false;
    // "It was not the channel's first fine", "not for the first time": it happened before; nothing is denied.
    if (word === 'not' && notTheFirst(tokens, i)) return false;
    // "No. 13 tram", "No 10": a number's abbreviation; "a motion of no confidence", "a no-confidence vote": a name.
    if (word === 'no' && (/^[\d.]/.test(next ?? '') || next === 'confidence')) return false;
    // "A no-go zone", "a no-fly zone", "a no-deal exit": a compound names a thing; "no-one" still denies.
    if (word === 'no' && tokens[i].hyphened && next !== 'one') return false;
    // "Has no other cable": the one it has is its only one, as "its only cable" says ("no other hospital treated
    // them" still denies).
    if (word === 'no' && next === 'other' && HAVING.has(tokens[i - 1]?.lower ?? '')) return false;
  }
  return true;
}

const HAVING = new Set(['has', 'have', 'had', 'having']);

/** Words that may stand between "not" and "first": "not the channel's first", "not for the first time". */
const FIRST_FILLERS = new Set('the a an its his her their our for'.split(' '));

/** "Not" and a determiner before a "first" a few words on ("not the first", "not the channel's first"). */
function notTheFirst(tokens: readonly NegationToken[], i: number): boolean {
  if (!FIRST_FILLERS.has(tokens[i + 1]?.lower ?? '') || tokens[i].clauseEnd) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 5; j += 1) {
    if (tokens[j].lower === 'first') return true;
    if (tokens[j].clauseEnd || tokens[j].verb) return false;
  }
  return false;
}

/** Cues that, before "until", say when rather than whether: "will not reopen until March". */
const UNTIL_CUES = new Set(['not', "n't", 'cannot', 'never', 'no']);
/** Most tokens between such a cue and its "until". */
const UNTIL_REACH = 8;

/**
 * "The stadium cannot reopen to fans until 40 cameras are installed", "the bridge will not reopen until March": a
 * "not ... until" says when the act happens, not that it does not ("it reopens in March"), so it denies nothing.
 */
function deniesUntil(tokens: readonly NegationToken[], i: number): boolean {
  const word = tokens[i].lower;
  if (!UNTIL_CUES.has(word) && !word.endsWith("n't")) return false;
  for (let j = i + 1; j < tokens.length && j <= i + UNTIL_REACH; j += 1) {
    if (tokens[j].lower === 'until' || tokens[j].lower === 'till') return true;
    if (tokens[j].clauseEnd || CLAUSE_BREAKS.has(tokens[j].lower)) return false;
  }
  return false;
}

/** Cues of a delay before "for" a length of time. */
const SPAN_CUES = new Set(['not', 'never', 'cannot']);
/** Units of a length of time after "for": "not put out for three hours". */
const SPAN_UNITS = new Set('minute minutes hour hours day days week weeks month months year years'.split(' '));
/** Most tokens between "for" and its unit: "for roughly three hours", "for more than two days". */
const SPAN_REACH = 4;

/**
 * Verbs of reaching an end (forms, as written): putting out, containing, reopening, restoring, resuming, returning,
 * arriving, rescuing, finding, reaching, repairing, clearing, lifting. Denied "for" a length of time, such a verb
 * tells how long before it happened.
 */
const DELAYED_VERB =
  /^(?:extinguish|put|contain|control|reopen|restor|resum|return|arriv|rescu|found|find|locat|reach|repair|fix|clear|lift|open|recover|answer|respond|notic|detect|discover|reconnect|evacuat|brought|bring)\w*$/;
/** Adverbs that may stand between a perfect's "has" and its "not": "has still not been seen". */
const PERFECT_ADVERBS = new Set(['still', 'yet', 'even', 'also', 'so', 'far']);

/**
 * "The blaze was not put out for three hours", "the road did not reopen for two days": a "not ... for" a length of
 * time with a verb of reaching an end (DELAYED_VERB) says how long before the act happened, not that it did not
 * ("burned for three hours before it was put out"), so it denies nothing. Other verbs deny over the span ("was not
 * banned for four years", "did not pay taxes for five years"), and so does a perfect ("has still not been seen for
 * three days"), which covers the whole span up to its time.
 */
function deniesForSpan(tokens: readonly NegationToken[], i: number): boolean {
  const word = tokens[i].lower;
  // "No trains ran for three days" denies the trains, not a delay.
  if (!SPAN_CUES.has(word) && !word.endsWith("n't")) return false;
  if (/^(?:has|have|had)n't$/.test(word)) return false;
  let back = i - 1;
  while (back >= 0 && PERFECT_ADVERBS.has(tokens[back].lower)) back -= 1;
  if (HAVING.has(tokens[back]?.lower ?? '')) return false;
  let delayed = false;
  for (let j = i + 1; j < tokens.length && j <= i + UNTIL_REACH; j += 1) {
    if (tokens[j].lower === 'for') {
      if (!delayed) return false;
      for (let k = j + 1; k < tokens.length && k <= j + SPAN_REACH; k += 1) {
        if (SPAN_UNITS.has(tokens[k].lower)) return true;
        if (tokens[k].clauseEnd) return false;
      }
      return false;
    }
    if (DELAYED_VERB.test(tokens[j].lower)) delayed = true;
    if (tokens[j].clauseEnd || CLAUSE_BREAKS.has(tokens[j].lower)) return false;
  }
  return false;
}

/** Token j takes a verb with "to" after it ("looks set to win", "expected to rise", "likely to fall"). */
function catenative(tokens: readonly NegationToken[], j: number): boolean {
  return !tokens[j].clauseEnd && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.verb === true;
}

/** Negates token j (cue: the negating token), or lifts its negation: two negations cancel out. */
function flip(negated: Map<number, number>, j: number, cue: number): void {
  if (negated.has(j)) negated.delete(j);
  else negated.set(j, cue);
}

/**
 * Indexes of the tokens that fall in the scope of a negation cue (with the cue's index), and how many cues there are.
 * A double negation within one scope ("not unwilling") cancels out.
 */
export function negationScopes(tokens: readonly NegationToken[]): NegationScopes {
  /** Negated token → the cue that negates it. */
  const negated = new Map<number, number>();
  const disputed = new Set<number>();
  let cues = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const rejected = rejectedBefore(tokens, i);
    if (rejected.length > 0) {
      cues += 1;
      for (const j of rejected) {
        flip(negated, j, i);
        disputed.add(j);
      }
      continue;
    }
    // "The video of a bird on Putin is a hoax": the refutation negates its subject, before the copula
    // ("It is false that …" has no subject to negate: there the cue looks ahead as usual).
    const copula = refutedBefore(tokens, i);
    if (copula >= 0) {
      const subject: number[] = [];
      for (let j = copula - 1; j >= 0 && subject.length < SCOPE * 2; j -= 1) {
        // "Rescuers said reaching the village was impossible": who says so is not what is refuted.
        if (CLAUSE_BREAKS.has(tokens[j].lower) || tokens[j].clauseEnd || tokens[j].saying) break;
        if (tokens[j].content && !tokens[j].proper && !isNegationCue(tokens[j].lower)) subject.push(j);
      }
      if (subject.length > 0) {
        cues += 1;
        for (const j of subject) flip(negated, j, i);
        continue;
      }
    }
    const cue =
      (isNegationCue(tokens[i].lower) && cueApplies(tokens, i)) ||
      failingCue(tokens, i) ||
      insteadOf(tokens, i) ||
      stayedAway(tokens, i) ||
      barredFrom(tokens, i) ||
      freeOf(tokens, i) ||
      rulingOut(tokens, i);
    if (!cue) continue;
    // "Cannot refuse the old notes", "did not deny the report": a denial denied asserts what it would have denied.
    if (deniedDenial(tokens, i)) continue;
    // "Had never seen a swarm this big", "nothing on this scale": an extreme, what a superlative says, not a denial.
    if (statesExtreme(tokens, i)) continue;
    // "Fake tickets were sold": a refutation before a thing says what kind of thing it is, and negates nothing;
    // before a report ("a false claim that the plant had closed") it refutes what the report says.
    if (describesThing(tokens, i)) continue;
    const thing = THING_CUES.has(tokens[i].lower) || failingCue(tokens, i) || insteadOf(tokens, i);
    if (withoutIdiom(tokens, i)) continue;
    cues += 1;
    let taken = 0;
    // "Found nothing abnormal", "saw nobody": a verb whose object is none denies itself.
    const verbBefore = tokens[i - 1];
    if (
      NONE_OBJECTS.has(tokens[i].lower) &&
      verbBefore?.verb &&
      verbBefore.content &&
      !verbBefore.saying &&
      !verbBefore.clauseEnd &&
      !NOTHING_BUT.has(tokens[i + 1]?.lower ?? '')
    ) {
      flip(negated, i - 1, i);
    }
    const position = rejectsPosition(tokens, i);
    // "Without" negates what follows it, a phrase, not a clause: "left the town without power for ten hours". A
    // position rejected reaches through what it says ("dismissed suggestions that a bad batch was to blame").
    const scope = tokens[i].lower === 'without' ? WITHOUT_SCOPE : position ? SCOPE * 2 : SCOPE;
    // "Banned from riding in the towns": the act and its object are barred, not where.
    const barred = tokens[i].lower === 'from';
    let verbTaken = false;
    // The last word a list after the cue reaches ("without the free, prior and informed consent"), whatever the count.
    let listEnd = -1;
    for (let j = partitiveEnd(tokens, i) + 1; j < tokens.length && (taken < scope || j <= listEnd); j += 1) {
      if (thing && tokens[j - 1].clauseEnd && j - 1 > i) listEnd = listRunsTo(tokens, j);
      if (CLAUSE_BREAKS.has(tokens[j].lower) || (tokens[j - 1].clauseEnd && j > listEnd)) break;
      if (barred && j > i + 1 && PLACE_OR_TIME_PREPOSITIONS.has(tokens[j].lower)) break;
      if (isNegationCue(tokens[j].lower) || (tokens[j].ownPredicate && j > listEnd)) break;
      if (verbTaken && (opensPredicate(tokens, j) || reducedRelative(tokens, j))) break;
      if (objectTaken(tokens, i, j)) break;
      // "Without the legally required notice": a participle before its noun says what kind of thing it is.
      if (thing && attributiveParticiple(tokens, j)) continue;
      if (thing && j > listEnd && thingScopeEnds(tokens, i, j, taken)) break;
      // "Without the consent of four villages": past the noun, "of" says whose it is, not what is lacking.
      if (thing && taken > 0 && tokens[j].lower === 'of') break;
      if (tokens[j].content && !tokens[j].proper) {
        flip(negated, j, i);
        if (position) disputed.add(j);
        // "No party looks set to win", "did not expect to win": a verb that takes another with "to" hands the
        // cue on to it, and does not use up the scope.
        if (!catenative(tokens, j)) taken += 1;
        if (tokens[j].verb) verbTaken = true;
      }
    }
  }
  return { negated, cues, disputed };
}

/**
 * Most tokens from a plain negator to the degree word of the extreme it states ("never recorded a stranding on this
 * scale").
 */
const EXTREME_REACH = 8;

/**
 * The plain negator at i, in its clause, reaches a degree given to what it negates ("have not seen a swarm this big",
 * "had never recorded a stranding on this scale", "no one had seen so many"): the sentence says how extreme it is.
 */
function statesExtreme(tokens: readonly NegationToken[], i: number): boolean {
  const word = tokens[i].lower;
  if (!PLAIN_NEGATORS.has(word) && !word.endsWith("n't") && word !== 'nothing' && word !== 'nobody') return false;
  for (let j = i + 1; j < tokens.length && j <= i + EXTREME_REACH; j += 1) {
    if (CLAUSE_BREAKS.has(tokens[j].lower) || tokens[j - 1].clauseEnd) return false;
    if (tokens[j].degree) return true;
  }
  return false;
}

/** Auxiliaries and adverbs between "and" and its verb ("and has said", "and would later add"). */
const AND_AUXILIARIES = new Set('has have had was were is are will would did also later then'.split(' '));

/**
 * The cue at i is a verb that denies its object ("ruled out sabotage", "denied the report"), and token j, after
 * "and", is another verb of the same subject ("and said an anchor had caused the break", "and blamed a cable"):
 * what that verb says is asserted.
 */
function objectTaken(tokens: readonly NegationToken[], i: number, j: number): boolean {
  // "And has said", "and would add": the verb past its auxiliaries.
  let and = j - 1;
  while (and > i && AND_AUXILIARIES.has(tokens[and].lower)) and -= 1;
  // A gerund after "and" is more of the object ("denied cutting and closing the plant").
  if (tokens[and]?.lower !== 'and' || !(tokens[j].verb || tokens[j].saying) || tokens[j].lower.endsWith('ing')) {
    return false;
  }
  const cue = tokens[i].lower;
  return DENYING_VERBS.has(cue) || RULE_FORMS.has(cue) || RULE_NOUN_FORMS.has(cue);
}

/** Modals, which open a verb group of their own. */
const MODALS = new Set('will would can could shall should may might must'.split(' '));
/** Finite forms of "be" and "have", which open a verb group right after another verb. */
const FINITE_AUXILIARIES = new Set('is are was were has have had'.split(' '));

/**
 * Past a negated verb, token j opens another predicate: a modal ("did not say it would cut jobs", "deposits that
 * are never reclaimed will go to a fund"), or a finite "be" or "have" right after a verb ("never reclaimed are
 * kept"). What that predicate says is not what the cue denies.
 */
function opensPredicate(tokens: readonly NegationToken[], j: number): boolean {
  const word = tokens[j].lower;
  return MODALS.has(word) || (FINITE_AUXILIARIES.has(word) && tokens[j - 1].verb === true);
}

/** Prepositions after a participle that make it a modifier of the noun before it ("required by law"). */
const AFTER_MODIFIER = new Set('by under for in at from with'.split(' '));

/**
 * Past a negated verb, token j is a past participle right after a noun with a preposition after it: a modifier of
 * that noun ("had not completed the mediation required by law", "did not spend the funds set aside for it"). What
 * it says holds; the cue denies the verb and its object, not the modifier.
 */
function reducedRelative(tokens: readonly NegationToken[], j: number): boolean {
  const before = tokens[j - 1];
  return (
    tokens[j].verb === true &&
    /ed$/.test(tokens[j].lower) &&
    before.content &&
    !before.verb &&
    !before.clauseEnd &&
    AFTER_MODIFIER.has(tokens[j + 1]?.lower ?? '')
  );
}

export interface NegationScopes {
  /** Negated token → the cue that negates it. */
  negated: Map<number, number>;
  /** How many cues the sentence has. */
  cues: number;
  /**
   * Negated tokens of a position another party put forward that the sentence reports rejected ("rejecting claims
   * that illegal building made it worse", "..., an argument the panel rejected"): the sentence reports a dispute.
   */
  disputed: Set<number>;
}

/** Cues that are verbs of denying or refusing: a "not" before one cancels it ("cannot refuse" is "must accept"). */
const DENYING_VERBS = new Set(
  'deny denies denied denying refuse refuses refused refusing reject rejects rejected rejecting dismiss dismissed dismisses'.split(
    ' ',
  ),
);
/**
 * Cues that are a verb's whole object: "found nothing", "saw nobody" deny the verb, as "nothing was found" does ("found
 * no trace" denies the trace: the verb is left to the words that follow).
 */
const NONE_OBJECTS = new Set(['nothing', 'none', 'nobody']);
/** Words after "nothing" that make it "only" or "other": "found nothing but debris", "nothing else". */
const NOTHING_BUT = new Set(['but', 'else', 'except', 'other']);
/** Plain negators: "not", "never", "cannot", "no" ("n't" forms too). */
const PLAIN_NEGATORS = new Set(['not', 'never', 'cannot', 'no']);
/** Words that may stand between a plain negator and the verb it negates ("could not be refused"). */
const BETWEEN_NEGATOR_AND_VERB = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'ever']);

/**
 * The cue at i is a verb of denying that a plain negator before it denies ("cannot refuse", "did not deny", "never
 * rejected", "could not be refused"): the two cancel, and the sentence asserts what follows. The plain negator's own
 * scope ends at this cue, so neither negates anything.
 */
function deniedDenial(tokens: readonly NegationToken[], i: number): boolean {
  if (!DENYING_VERBS.has(tokens[i].lower)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    const word = tokens[j].lower;
    if (PLAIN_NEGATORS.has(word) || word.endsWith("n't")) return true;
    if (!BETWEEN_NEGATOR_AND_VERB.has(word) || tokens[j].clauseEnd) return false;
  }
  return false;
}

/** Auxiliaries that end a subject: the predicate starts here ("neither of the men has asked"). */
const AUXILIARIES = new Set(
  'is are was were be been has have had do does did will would can could shall should may might must'.split(' '),
);
/** Most tokens of the phrase a "none of" or "neither of" picks from. */
const PARTITIVE = 8;

/**
 * "Neither of the captured men has asked", "none of the 40 passengers survived": the cue picks no one from the
 * phrase after "of", and negates the predicate that follows it, not the phrase ("captured" is not denied). The
 * index of the phrase's last token, or the cue's own index when it is no such cue.
 */
function partitiveEnd(tokens: readonly NegationToken[], i: number): number {
  const word = tokens[i].lower;
  if ((word !== 'neither' && word !== 'none') || tokens[i + 1]?.lower !== 'of') return i;
  for (let j = i + 2; j < tokens.length && j <= i + 1 + PARTITIVE; j += 1) {
    if (tokens[j].clauseEnd) return i;
    // A participle before its noun ("the captured men") describes the phrase; the predicate's verb does not.
    const predicate = tokens[j].verb && !(tokens[j + 1]?.content && !tokens[j].clauseEnd);
    if (AUXILIARIES.has(tokens[j].lower) || predicate) return j - 1;
  }
  return i;
}

/**
 * When token `i` is a refutation in a copula's complement ("is a hoax", "was completely false", "are not
 * true"), the copula's index; else -1.
 */
function refutedBefore(tokens: readonly NegationToken[], i: number): number {
  const word = tokens[i].lower;
  // "Bird flu has been ruled out": a passive ruling out denies its subject; so does a passive leaving undone
  // ("payment to the contractors was withheld").
  if (RULE_FORMS.has(word) && rulesOut(tokens, i) && COPULAS.has(tokens[i - 1]?.lower ?? '')) return i - 1;
  if (passiveLeavingUndone(tokens, i)) return i - 1;
  const notTrue = (word === 'true' || word === 'real') && tokens[i - 1]?.lower === 'not';
  if (!REFUTATIONS.has(word) && !notTrue) return -1;
  // "The damage is impossible to estimate": what cannot be done is the estimate, not the damage.
  if (word === 'impossible' && tokens[i + 1]?.lower === 'to') return -1;
  for (let j = i - (notTrue ? 2 : 1); j >= 0 && j >= i - 4; j -= 1) {
    if (COPULAS.has(tokens[j].lower)) return j;
    if (!COMPLEMENT_FILLERS.has(tokens[j].lower)) return -1;
  }
  return -1;
}
