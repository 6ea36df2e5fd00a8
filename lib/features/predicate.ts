/**
 * What a quantity is a count of, as an event: "300 have been killed" counts deaths, "two soldiers captured"
 * counts captures, "11,000 troops deployed" counts a deployment. Two numbers can only contradict each other
 * when they count the same event: "about 300 killed" and "two captured" are two facts, not one fact with two
 * figures, however alike their nouns ("soldiers", "troops").
 *
 * The predicate of a quantity is its outcome class when news has one for it (deaths, injuries, survivors,
 * missing, captures, arrests, evacuations: the running totals a story reports), otherwise the stem of the verb
 * that governs it in its clause. Found without a parser: look forward in the clause for a verb (one after an
 * auxiliary first: "troops deployed to Russia have been killed" is a count of deaths), then back ("killed 61
 * of the 75"), and take a counted noun that names an outcome itself ("300 deaths", "two survivors").
 */

import { stemmer } from 'stemmer';

/** Outcome classes by lemma: words that report the same kind of running total. General English. */
const OUTCOMES: Readonly<Record<string, string>> = Object.create(null);
for (const [outcome, lemmas] of Object.entries({
  death: 'die dead death kill killed fatality fatal perish toll life lives slay murder drown',
  injury: 'injure injured injury wound wounded hurt',
  casualty: 'casualty',
  survival: 'survive survivor survival rescue rescued alive',
  missing: 'missing disappear unaccounted',
  capture: 'capture captured captive prisoner',
  arrest: 'arrest arrested detain detained detention',
  evacuation: 'evacuate evacuated evacuation evacuee',
  // People who fell or were taken ill in an outbreak: a tally that grows as cases are found.
  illness: 'ill sick sicken sickened illness',
})) {
  for (const lemma of lemmas.split(' ')) (OUTCOMES as Record<string, string>)[lemma] = outcome;
}

/** Stems of the outcome words ("surviv", "death"), for quantity heads, which are stems. */
const OUTCOME_STEMS = new Set(Object.keys(OUTCOMES).map((lemma) => stemmer(lemma)));

/** True when a quantity's head (a stem) only names an outcome: "two survivors", "61 deaths", "300 dead". */
export function namesOutcome(head: string): boolean {
  return OUTCOME_STEMS.has(head);
}

/** The outcome class of a word (by lemma or as written), e.g. "killed" → "death"; undefined when none. */
export function outcomeOf(lemma: string, lower = lemma): string | undefined {
  return OUTCOMES[lemma] ?? OUTCOMES[lower];
}

/** Forms of "be" and "have" that put a participle after them ("have been killed", "were captured"). */
const AUXILIARIES = new Set('be is are was were been being has have had having get got'.split(' '));

/** Words that end a quantity's clause: what follows says something else. */
const CLAUSE_WORDS = new Set('and or but while whereas although though because if unless whether who which'.split(' '));

/** Words after a verb's object that open another event: "arrested nine people after shops were looted". */
const LATER_EVENT_OPENERS = new Set(['after', 'before', 'when', 'once', 'as', 'until', 'since']);

/** Verbs too light to say what happened ("had 75 people on board", "including 70 passengers"). */
export const LIGHT_VERBS = new Set(
  'include contain have hold make take give get put bring involve number total comprise carry'.split(' '),
);
/** The light verbs' stems, as feature words carry them. */
export const LIGHT_VERB_STEMS = new Set([...LIGHT_VERBS].map((lemma) => stemmer(lemma)));

/**
 * Support verbs: the event is named by their object ("issued a distress call", "declared a state of emergency",
 * "suffered a gear failure", "carried out a strike"). The verb is kept, but its object also says what happened.
 */
export const SUPPORT_VERB_STEMS = new Set(
  'issue declare suffer perform conduct undergo launch stage sustain'.split(' ').map((lemma) => stemmer(lemma)),
);

/**
 * Verbs whose event is the verb they put after them ("urged residents to leave", "ordered schools to close",
 * "voted to expand the plant", "is set to begin", "is scheduled to open"): urging to stay and urging to leave are
 * two facts.
 */
export const CONTROL_VERB_STEMS = new Set(
  'urge order ask tell vote call force allow permit encourage advise instruct decide agree plan pledge promise vow set schedule'
    .split(' ')
    .map((lemma) => stemmer(lemma)),
);

/**
 * Verbs that say an act or a state lasts, put after them ("remains suspended", "continued to burn", "stayed
 * closed"): the event is that verb's.
 */
export const LASTING_VERB_STEMS = new Set('remain stay continue'.split(' ').map((lemma) => stemmer(lemma)));

/** Verbs that put an act they only attempt after them ("tried to sign him"): an attempt is not the act. */
export const ATTEMPT_VERB_STEMS = new Set('try attempt seek'.split(' ').map((lemma) => stemmer(lemma)));

/** How far from a quantity its predicate is looked for, in tokens. */
const FORWARD = 8;
const BACKWARD = 6;

/**
 * Verbs that only say an event took place ("the collision occurred at 6:15 a.m."): the event is their subject,
 * and a time given with them is the time of that event.
 */
export const EVENT_VERB_STEMS = new Set(
  ['occur', 'happen', 'take_place', 'unfold'].map((verb) => verb.split('_').map(stemmer).join('_')),
);
/** How far before an event verb its subject is looked for ("the crash has reportedly occurred"). */
const SUBJECT_GAP = 3;

/** How far back the event a clock time dates is looked for: a time often closes a long clause. */
const TIMED_BACKWARD = 16;

/** What the predicate search needs to know of each token of the sentence. */
export interface PredicateToken {
  lower: string;
  lemma: string;
  stem: string;
  /** A content word (not a stop word). */
  content: boolean;
  /** A verb that says what happened (not a verb of saying, not a name), or a participle ("defected"). */
  verb: boolean;
  /** Inside a quantity (another number ends the search). */
  number: boolean;
  /** Punctuation that ends a clause follows this token. */
  clauseEnd: boolean;
}

/** The predicate key of a token: "outcome:death" for an outcome word, the verb's stem for another verb. */
function predicateKey(token: PredicateToken): string | undefined {
  const outcome = outcomeOf(token.lemma, token.lower);
  if (outcome) return `outcome:${outcome}`;
  return token.verb ? token.stem : undefined;
}

/** The predicate key of the verb at j, or for an event verb the stem of its subject ("the collision occurred"). */
function eventKey(tokens: readonly PredicateToken[], j: number): string | undefined {
  const key = predicateKey(tokens[j]);
  if (key === undefined || !EVENT_VERB_STEMS.has(tokens[j].stem)) return key;
  // The subject's head is the last noun before the verb, past a phrase on where or when ("the crash at Port
  // Sellin happened"): a noun after a preposition is that phrase's, not the subject's.
  let subject: string | undefined;
  // Where the subject is looked for, and how far back the phrase it may be followed by can start.
  let gap = SUBJECT_GAP;
  let phrase = SUBJECT_GAP + PLACE_PHRASE;
  for (let k = j - 1; k >= 0 && k >= j - phrase; k -= 1) {
    const token = tokens[k];
    if (token.clauseEnd || (token.number && subject === undefined)) break;
    if (SUBJECT_PREPOSITIONS.has(token.lower) && subject !== undefined) {
      subject = undefined;
      gap = j - k + SUBJECT_GAP;
      phrase = gap + PLACE_PHRASE;
    } else if (k >= j - gap && token.content && !token.verb && !token.number && !ADVERB.test(token.lower)) {
      subject ??= token.stem;
    }
  }
  return subject ?? key;
}

/** Most words of a phrase on where between an event's subject and its verb ("at the Senn pass"). */
const PLACE_PHRASE = 4;

/** An adverb between an event's subject and its verb ("the crash has reportedly occurred"). */
const ADVERB = /ly$/;

/** Prepositions of a phrase between an event's subject and its verb ("the crash at the airport occurred"). */
const SUBJECT_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'off', 'outside', 'inside', 'of', 'over']);

/** How far after a verb of belief an outcome can complete it ("presumed dead", "believed to have died"). */
const COMPLEMENT = 3;

/**
 * The outcome a verb after an auxiliary only qualifies: "61 are presumed dead", "300 were confirmed killed",
 * "two are feared to have died" count deaths, not presumptions.
 */
function outcomeComplement(tokens: readonly PredicateToken[], verb: number): string | undefined {
  if (tokens[verb].clauseEnd) return undefined;
  for (let j = verb + 1; j < tokens.length && j <= verb + COMPLEMENT; j += 1) {
    const token = tokens[j];
    if (token.number || CLAUSE_WORDS.has(token.lower)) return undefined;
    const key = predicateKey(token);
    if (isOutcome(key)) return key;
    if (token.clauseEnd) return undefined;
  }
  return undefined;
}

/**
 * The predicate of a quantity that is the whole another count is taken from ("61 of the 75 on board"): it
 * counts everyone, not those the outcome befell, and the sentence presupposes it rather than asserts it.
 */
export const WHOLE = 'whole';

/**
 * The predicate of a count of some of those an outcome befell, not of all of them: "three of the people killed
 * were children", "two children were among the dead". The sentence claims the part (who they were), not the
 * outcome's total, so the count is never compared with a toll.
 */
export const PART = 'part';

/**
 * The predicate of a count that says what something has or holds ("the university has about 14,000 students",
 * "the fleet numbers 40 ships"): a size, not what an event did, so never compared with a count of an act ("38
 * students admitted cheating").
 */
export const HELD = 'held';

/**
 * The predicate of a distance that says where something is ("about 400 metres below the top station", "30 km north
 * of the city"): a position, never compared with a distance an act covered ("the cabin dropped 30 metres").
 */
export const POSITION = 'position';

/** Words after a distance that make it a position: "400 metres below", "2 km from", "30 km north of". */
const POSITION_WORDS = new Set(
  'below above beneath under from away off beyond behind short north south east west inland offshore upstream downstream'.split(
    ' ',
  ),
);

/**
 * The distance from token `first` to `last` says where something is: a position word follows it, and no verb
 * right before it (or before its "to") makes it how far that verb went ("the ash rose to six kilometres above the
 * crater").
 */
export function isPosition(tokens: readonly PredicateToken[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  // "rose six kilometres above", "rose to nine kilometres above sea level": how far or high the act went.
  const reach = ['to', 'at', 'by'].includes(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  const before = tokens[reach];
  if (before?.verb && !before.clauseEnd) return false;
  return next !== undefined && !tokens[last].clauseEnd && POSITION_WORDS.has(next.lower);
}

/** Light verbs of having: their object is what the subject holds. */
const HOLDING_VERBS = new Set(['have', 'hold', 'number', 'comprise', 'contain', 'carry']);

/** Words that name a group as a whole after "of" or "among" ("of the people killed", "among those killed"). */
const GROUP_DETERMINERS = new Set(['the', 'those']);

/** Most words between the group's determiner and its outcome word ("of the people killed in ..."). */
const GROUP_GAP = 2;

/**
 * The token at `from` opens a group defined by an outcome: "the dead", "those killed", "the people injured in
 * the floods (were ...)". After "of", a noun and an outcome verb are the clause's own event ("two of the crew
 * died") unless a form of "be" says who they were; after "among" the group is all the phrase can be.
 */
function outcomeGroupAt(tokens: readonly PredicateToken[], from: number, among: boolean): boolean {
  if (!GROUP_DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  for (let j = from + 1; j < tokens.length && j <= from + 1 + GROUP_GAP; j += 1) {
    const token = tokens[j];
    if (token.number) return false;
    if (isOutcome(predicateKey(token))) return among || j === from + 1 || groupVerbFollows(tokens, j);
    if (token.clauseEnd) return false;
  }
  return false;
}

/**
 * The outcome word at `at` only says which people ("the people killed in the floods"): the clause's verb is a
 * form of "be" after it ("... were children").
 */
function groupVerbFollows(tokens: readonly PredicateToken[], at: number): boolean {
  for (let j = at; j < tokens.length && !tokens[j].clauseEnd; j += 1) {
    if (CLAUSE_WORDS.has(tokens[j + 1]?.lower ?? '')) return false;
    if (BE.has(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Forms of "be" that say who the members of a group were ("three of those killed were children"). */
const BE = new Set(['is', 'are', 'was', 'were']);

/** How far after a count "among" may come ("two children were among those killed"). */
const AMONG_GAP = 4;

/**
 * The quantity spanning first..last counts a part of an outcome's group: "three of the people killed", "three of
 * the dead", "two children were among those killed", "among the dead were two children".
 */
function isPartOfOutcome(tokens: readonly PredicateToken[], first: number, last: number): boolean {
  // "Four of the dead", and "three more of the injured": a count of more taken from the group is a part too.
  const of = MORE_WORDS.has(tokens[last + 1]?.lower ?? '') && !tokens[last + 1].clauseEnd ? last + 2 : last + 1;
  if (!tokens[of - 1].clauseEnd && tokens[of]?.lower === 'of' && outcomeGroupAt(tokens, of + 1, false)) return true;
  // "Nine of the village's residents were among the dead": the group the count is taken from comes first.
  let reach = last + AMONG_GAP + (tokens[last + 1]?.lower === 'of' ? GROUP_GAP : 0);
  let passed = -1;
  for (let j = last + 1; j < tokens.length && j <= reach; j += 1) {
    // "Two foreign tourists, both from France, were among the dead": past an apposition to the count's verb.
    if (tokens[j - 1].clauseEnd && j - 1 !== passed) {
      const end = appositionEnd(tokens, j - 1);
      if (end === undefined) break;
      reach += end - (j - 1);
      passed = end;
      j = end;
      continue;
    }
    if (tokens[j].number || CLAUSE_WORDS.has(tokens[j].lower)) break;
    if (tokens[j].lower === 'among') return outcomeGroupAt(tokens, j + 1, true);
  }
  for (let j = first - 1; j >= 0 && j >= first - AMONG_GAP - GROUP_GAP; j -= 1) {
    if (tokens[j].clauseEnd || tokens[j].number || CLAUSE_WORDS.has(tokens[j].lower)) break;
    if (tokens[j].lower === 'among') return outcomeGroupAt(tokens, j + 1, true);
  }
  return false;
}

/** Words between a count and the group it is taken from that say it adds to an earlier count ("two more of"). */
const MORE_WORDS = new Set(['more', 'further', 'other']);

/** Words that may stand between "of" and the whole it counts from ("40 of the ferry's 75 passengers"). */
const PARTITIVE_GAP = 2;

/**
 * The quantity is the whole another count is taken from: "61 of the 75 people on board", "40 of its 75
 * passengers", "some of the 11 trapped miners".
 */
function isPartitiveWhole(tokens: readonly PredicateToken[], first: number): boolean {
  for (let j = first - 1; j >= 1 && j >= first - 1 - PARTITIVE_GAP; j -= 1) {
    const token = tokens[j];
    // "1,240 cases, of which 186 have been confirmed": 186 is the part.
    if (token.number || token.clauseEnd || token.lower === 'which' || token.lower === 'whom') return false;
    if (token.lower === 'of') {
      const before = tokens[j - 1];
      return before.number || (before.lower === 'out' && tokens[j - 2]?.number) || VAGUE_PARTS.has(before.lower);
    }
  }
  return false;
}

/** Words that take an unnumbered part of a whole: "some of the 11 trapped miners", "most of its 40 branches". */
const VAGUE_PARTS = new Set(
  'some many most several few half part majority minority rest dozens hundreds thousands'.split(' '),
);

/** The last token of the whole a count is taken from right after it ("40 of the ferry's 75", "two out of 181"), if any. */
function wholeAfter(tokens: readonly PredicateToken[], last: number): number | undefined {
  if (tokens[last].clauseEnd) return undefined;
  // "40 of the 75", "two out of 181".
  const of = tokens[last + 1]?.lower === 'out' ? last + 2 : last + 1;
  if (tokens[of]?.lower !== 'of') return undefined;
  for (let j = of + 1; j < tokens.length && j <= of + 1 + PARTITIVE_GAP; j += 1) {
    if (tokens[j].clauseEnd && !tokens[j].number) return undefined;
    if (!tokens[j].number) continue;
    let end = j;
    while (tokens[end + 1]?.number) end += 1;
    return end;
  }
  return undefined;
}

/** Words that open a total before "but" or "except": "all but two", "everyone except three". */
const TOTALS = new Set(['all', 'everyone', 'everybody']);

/**
 * The quantity starting at `first` is what a total spares ("all but two of the 90 aboard died", "everyone except
 * three survived"): the outcome befell the others.
 */
export function sparedByTotal(tokens: readonly PredicateToken[], first: number): boolean {
  const before = tokens[first - 1]?.lower;
  return (before === 'but' || before === 'except') && TOTALS.has(tokens[first - 2]?.lower ?? '');
}

/**
 * The outcome a total befell, said anywhere later in its clause ("all but two of the 181 passengers and crew on
 * board the plane are presumed dead") or before it ("the fire killed all but four"), or undefined.
 */
export function outcomeOfTotal(tokens: readonly PredicateToken[], first: number, last: number): string | undefined {
  for (let j = last + 1; j < tokens.length; j += 1) {
    const key = predicateKey(tokens[j]);
    if (isOutcome(key)) return key;
    if (tokens[j].clauseEnd) break;
  }
  // "The fire killed all but four of the 50 workers."
  for (let j = first - 3; j >= 0 && !tokens[j].clauseEnd; j -= 1) {
    const key = predicateKey(tokens[j]);
    if (isOutcome(key)) return key;
  }
  return undefined;
}

/** Words of a counted noun between a count and the "and" of the next one ("75 passengers and four crew"). */
const COORDINATED_GAP = 2;

/**
 * The quantity starting at `first` is the object of a light verb ("carrying 75 passengers", "including 70
 * passengers and four crew"), directly or as a later count of the same list: it says what the verb's subject
 * holds, and no verb further on counts it.
 */
function objectOfLightVerb(tokens: readonly PredicateToken[], first: number): boolean {
  const j = beforeList(tokens, first);
  return j >= 0 && LIGHT_VERBS.has(tokens[j].lemma) && !tokens[j].clauseEnd;
}

/**
 * The index of the token before the list of counts the one at `first` ends ("carrying 75 passengers and four crew":
 * "carrying" for "four"), or the token before `first` when it is in no list; -1 when a list's "and" follows no count.
 */
function beforeList(tokens: readonly PredicateToken[], first: number): number {
  let j = first - 1;
  while (j >= 1 && (tokens[j].lower === 'and' || tokens[j].lower === 'or')) {
    // The count before "and": its number a noun or two back, in the same clause.
    let k = j - 1;
    for (let steps = 0; k >= 0 && !tokens[k].number && !tokens[k].clauseEnd && steps < COORDINATED_GAP; steps += 1) {
      k -= 1;
    }
    if (k < 0 || !tokens[k].number) return -1;
    while (k > 0 && tokens[k - 1].number) k -= 1;
    j = k - 1;
  }
  return j;
}

/**
 * The predicate of the quantity spanning tokens first..last: an outcome key ("outcome:death") or a verb stem
 * (for a verb that only says something took place, its subject's: "the collision occurred"), undefined when
 * the clause has none. A `timed` quantity (a clock time) dates the event of its clause, which may be far back.
 */
export function quantityPredicate(
  tokens: readonly PredicateToken[],
  first: number,
  last: number,
  timed = false,
): string | undefined {
  if (isPartitiveWhole(tokens, first)) return WHOLE;
  if (!timed && isPartOfOutcome(tokens, first, last)) return PART;
  // "a ferry carrying 75 passengers and four crew sank; all but two died": what it carries, not who died; only its own noun
  // can say what it counts ("including 300 deaths").
  const object = objectOfLightVerb(tokens, first);
  // "The death toll has risen to four after an injured man died": a level's figure is its subject's, whatever a
  // later clause counts; only a noun of its own ("rose to four deaths") says otherwise.
  const level = levelComplementOf(tokens, first);
  if (level !== undefined && !ownOutcomeNoun(tokens, last)) return level;
  // "The injured were taken to three hospitals": a figure in a phrase of place counts the places, not the outcome.
  if (!timed && placePhraseCount(tokens, first, last)) return undefined;
  // An outcome word or a verb after an auxiliary ahead, then an outcome word behind ("killed 61 passengers
  // aboard the ferry"), then any verb ahead, then any verb behind.
  let ahead: string | undefined;
  // "214 planned operations": a participle right before the counted noun says which ones; a verb after it, if
  // any, says what happened to them.
  let modifier: string | undefined;
  const verbAt = beforeList(tokens, first);
  const verbBefore = tokens[verbAt];
  const objectOfVerb =
    verbBefore?.verb === true &&
    !verbBefore.clauseEnd &&
    !LIGHT_VERBS.has(verbBefore.lemma) &&
    !AUXILIARIES.has(verbBefore.lower);
  // "40 of the ferry's 75 passengers are confirmed dead": what 40 counts comes after the whole it is taken from.
  const after = wholeAfter(tokens, last) ?? last;
  if (!tokens[after]?.clauseEnd) {
    let limit = after + FORWARD;
    for (let j = after + 1; j < tokens.length && j <= limit; j += 1) {
      const token = tokens[j];
      // "214 operations and about 1,900 appointments have been postponed": both counts share the verb.
      const coordinated = coordinatedCount(tokens, j);
      if (coordinated !== undefined) {
        limit += coordinated - j;
        j = coordinated;
        continue;
      }
      if (token.number || CLAUSE_WORDS.has(token.lower) || (object && token.verb)) break;
      // "Arrested nine people after shops were looted": what follows opens another event.
      if (LATER_EVENT_OPENERS.has(token.lower) && ahead === undefined && objectOfVerb) break;
      const key = predicateKey(token);
      if (key !== undefined && isOutcome(key)) {
        // "sent 300 soldiers to help with the evacuation", "distributed 3,000 meals to evacuees": the count is its
        // verb's object; a noun of an outcome in a later phrase is what they were sent for, or given to ("beat three
        // protesters to death" still counts deaths).
        const opener = tokens[j - 1].lower;
        if (objectOfVerb && !token.verb && PHRASE_OPENERS.has(opener) && !(opener === 'to' && key === DEATHS)) continue;
        // "Four injured passengers died": an outcome before the counted noun says which ones; a verb of death after
        // it says what became of them.
        const became = j === after + 1 && beforeNoun(tokens, j) ? outcomeVerbAfter(tokens, j + 1, limit) : undefined;
        return became ?? eitherOutcome(tokens, j, key);
      }
      if (key !== undefined && AUXILIARIES.has(tokens[j - 1].lower)) {
        return outcomeComplement(tokens, j) ?? eventKey(tokens, j);
      }
      if (
        key !== undefined &&
        ahead === undefined &&
        modifier === undefined &&
        j === after + 1 &&
        beforeNoun(tokens, j)
      ) {
        modifier = eventKey(tokens, j);
        continue;
      }
      if (key !== undefined && ahead === undefined) ahead = eventKey(tokens, j);
      if (token.clauseEnd) {
        // "Two crew members, a man and a woman, were rescued": the counted noun's verb is past the apposition.
        const end = ahead === undefined ? appositionEnd(tokens, j) : undefined;
        if (end === undefined) break;
        limit += end - j;
        j = end;
      }
    }
  }
  // "is recalling about 250,000 kettles sold in Canada": a count right after its verb (or in a list right after
  // it: "sent 300 soldiers and 40 trucks") is that verb's object; a participle after the counted noun only says
  // which ones.
  if (!timed && ahead !== undefined && objectOfVerb) return eventKey(tokens, verbAt);
  // "The ferry that sank was carrying about 90 people": what a verb of having holds, whatever verb came before.
  const held = object && HOLDING_VERBS.has(tokens[first - 1]?.lemma ?? '');
  if (held && ahead === undefined && modifier === undefined) return HELD;
  // "forced the cancellation of 190 flights": the event is the noun the count is "of", not the verb before it.
  const nominal = ahead === undefined && modifier === undefined && !timed ? nominalEvent(tokens, first) : undefined;
  if (nominal !== undefined) return nominal;
  let behind: string | undefined;
  for (let j = first - 1; j >= 0 && j >= first - (timed ? TIMED_BACKWARD : BACKWARD); j -= 1) {
    const token = tokens[j];
    if (token.number || token.clauseEnd || CLAUSE_WORDS.has(token.lower)) break;
    const key = predicateKey(token);
    // "Rescue workers pulled nine bodies", "rescue teams are drilling toward two miners trapped": a noun of an outcome
    // before a noun of those who act names who they are, not what the count counts, when the count has a verb of its
    // own ("evacuation orders covered 2,000 homes" still counts an evacuation).
    if (key !== undefined && isOutcome(key) && !(actorsOf(tokens, j) && (behind ?? ahead) !== undefined)) {
      return eitherOutcome(tokens, j, key);
    }
    const level = behind === undefined && LEVEL_VERB_STEMS.has(token.stem) ? levelOf(tokens, j) : undefined;
    if (level !== undefined) return level;
    if (key !== undefined && behind === undefined) behind = eventKey(tokens, j);
  }
  return ahead ?? modifier ?? behind;
}

/** Nouns of those sent to act on an outcome, after its noun: "rescue teams", "relief workers", "search crews". */
const ACTOR_NOUNS = new Set(['team', 'worker', 'crew', 'squad', 'personnel', 'volunteer', 'official', 'diver', 'unit']);

/** The token is a noun, not a verb, and names who acts: the next word is one of ACTOR_NOUNS. */
function actorsOf(tokens: readonly PredicateToken[], j: number): boolean {
  return tokens[j].verb !== true && ACTOR_NOUNS.has(tokens[j + 1]?.lemma ?? '');
}

/**
 * Endings of a noun made from a verb: "cancellation", "closure", "shipment" (not "-al": "total", "capital" and
 * "hospital" name no act).
 */
const NOMINAL = /(?:tion|sion|ment|ure)$/;

/**
 * The event a noun made from a verb names when the count is "of" it ("the cancellation of 190 flights", "the
 * closure of 40 schools"): its stem, which is the verb's ("cancel"), so the two wordings count the same event.
 */
function nominalEvent(tokens: readonly PredicateToken[], first: number): string | undefined {
  if (tokens[first - 1]?.lower !== 'of') return undefined;
  const noun = tokens[first - 2];
  if (noun === undefined || noun.verb || !noun.content || noun.clauseEnd || !NOMINAL.test(noun.lower)) return undefined;
  if (TALLY_NOUNS.has(noun.lemma)) return undefined;
  return predicateKey(noun) ?? noun.stem;
}

/** Words that open a noun phrase of its own: an outcome noun after them is the phrase's, not the count's verb. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'with', 'for', 'of', 'to']);

/** The verb at j stands right before a noun it describes ("planned operations", "stolen cars"). */
function beforeNoun(tokens: readonly PredicateToken[], j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j].verb && !tokens[j].clauseEnd && next?.content && !next.verb && !next.number;
}

/** Deaths, when the first outcome verb from `from` up to `limit`, in the clause, is of death; undefined otherwise. */
function outcomeVerbAfter(tokens: readonly PredicateToken[], from: number, limit: number): string | undefined {
  for (let j = from; j < tokens.length && j <= limit; j += 1) {
    const token = tokens[j];
    if (token.number || CLAUSE_WORDS.has(token.lower)) return undefined;
    const key = token.verb ? predicateKey(token) : undefined;
    // Those injured who died are counted dead; those injured who were rescued are still the injured.
    if (key === DEATHS) return key;
    if (key !== undefined && isOutcome(key)) return undefined;
    if (token.clauseEnd) return undefined;
  }
  return undefined;
}

/** Most tokens between "and" and the number of a count coordinated with the one before it ("and about 1,900"). */
const NEXT_COUNT_GAP = 2;

/**
 * At j, "and" opens another count coordinated with the one before it ("214 operations and about 1,900
 * appointments have been postponed"): the index of that count's last number token, from which the shared verb is
 * looked for; undefined otherwise.
 */
function coordinatedCount(tokens: readonly PredicateToken[], j: number): number | undefined {
  if (tokens[j].lower !== 'and' || tokens[j - 1]?.clauseEnd) return undefined;
  for (let k = j + 1; k < tokens.length && k <= j + 1 + NEXT_COUNT_GAP; k += 1) {
    if (tokens[k].number) {
      let end = k;
      while (tokens[end + 1]?.number) end += 1;
      return end;
    }
    if (tokens[k].verb || tokens[k].clauseEnd) return undefined;
  }
  return undefined;
}

/**
 * Verbs that only say where a total stands ("rose to", "climbed to", "stood at", "fell to"): the total is their
 * subject's, so "the death toll from the floods has risen to 22" counts deaths.
 */
const LEVEL_VERB_STEMS = new Set(
  'rise climb reach stand increase grow jump mount fall drop decline decrease'
    .split(' ')
    .map((lemma) => stemmer(lemma)),
);
/**
 * Level verbs that say a total went up to where it stands ("has climbed to 574", "had grown to 612"): a tally
 * that is counted as it changes, whatever it counts.
 */
export const RISING_LEVEL_VERB_STEMS: ReadonlySet<string> = new Set(
  'rise climb grow increase mount jump'.split(' ').map((lemma) => stemmer(lemma)),
);
/** How far back a level verb's subject may name its outcome ("the death toll from flooding in the valley has risen"). */
const LEVEL_SUBJECT = 20;

/** The outcome the subject of the level verb at j names, back to its clause's start, if any. */
function levelOf(tokens: readonly PredicateToken[], j: number): string | undefined {
  const at = levelSubjectAt(tokens, j) ?? tallySubjectEventAt(tokens, j);
  return at === undefined ? undefined : predicateKey(tokens[at]);
}

/** Nouns of a tally a level verb's subject may be ("the number of damaged homes has risen to 470"). */
const TALLY_NOUNS = new Set('count number tally total figure'.split(' '));

/**
 * Index of the event a tally subject counts when it names no outcome: the participle in "the count of damaged
 * homes had risen to 470" or "the number of homes destroyed has climbed to 60", so the figure counts homes damaged
 * or destroyed, not a rise. Only with a tally noun in the subject: "prices of damaged cars rose to" is no count.
 */
function tallySubjectEventAt(tokens: readonly PredicateToken[], j: number): number | undefined {
  let tally = false;
  let event: number | undefined;
  for (let k = j - 1; k >= 0 && k >= j - LEVEL_SUBJECT; k -= 1) {
    const token = tokens[k];
    if (token.number || token.clauseEnd || CLAUSE_WORDS.has(token.lower)) break;
    if (TALLY_NOUNS.has(token.lemma)) tally = true;
    else if (token.verb && !AUXILIARIES.has(token.lower) && !LEVEL_VERB_STEMS.has(token.stem)) event ??= k;
  }
  return tally ? event : undefined;
}

/** Index of the outcome word of the subject of the level verb at j, back to its clause's start, if any. */
function levelSubjectAt(tokens: readonly PredicateToken[], j: number): number | undefined {
  for (let k = j - 1; k >= 0 && k >= j - LEVEL_SUBJECT; k -= 1) {
    const token = tokens[k];
    if (token.number || token.clauseEnd || CLAUSE_WORDS.has(token.lower)) return undefined;
    if (isOutcome(predicateKey(token))) return k;
  }
  return undefined;
}

/**
 * The outcome a level verb's subject names when the figure at `first` is that verb's complement ("has risen to
 * four", "stood at 12", "reached 30"), else undefined.
 */
function levelComplementOf(tokens: readonly PredicateToken[], first: number): string | undefined {
  const at = levelComplementSubject(tokens, first) ?? levelComplementEvent(tokens, first);
  return at === undefined ? undefined : predicateKey(tokens[at]);
}

/** Index of the event a tally subject counts when the figure at `first` is the level's complement. */
function levelComplementEvent(tokens: readonly PredicateToken[], first: number): number | undefined {
  const verbAt = levelVerbBefore(tokens, first);
  return verbAt === undefined ? undefined : tallySubjectEventAt(tokens, verbAt);
}

/** Index of the level verb whose complement the figure at `first` is ("has risen to four", "stood at 12"). */
function levelVerbBefore(tokens: readonly PredicateToken[], first: number): number | undefined {
  const before = tokens[first - 1];
  if (before === undefined || before.clauseEnd) return undefined;
  const verbAt = before.lower === 'to' || before.lower === 'at' ? first - 2 : first - 1;
  const verb = tokens[verbAt];
  return verb === undefined || verb.clauseEnd || !LEVEL_VERB_STEMS.has(verb.stem) ? undefined : verbAt;
}

/** Index of the outcome word of the level's subject when the figure at `first` is the level's complement. */
function levelComplementSubject(tokens: readonly PredicateToken[], first: number): number | undefined {
  const verbAt = levelVerbBefore(tokens, first);
  return verbAt === undefined ? undefined : levelSubjectAt(tokens, verbAt);
}

/**
 * What a level's figure counts, as a quantity head: the stem of its subject's outcome word ("the death toll from
 * Sunday's avalanche has risen to six" counts the toll, not the avalanche), unless the figure has a noun of its own.
 */
export function levelHead(tokens: readonly PredicateToken[], first: number, last: number): string | undefined {
  if (ownOutcomeNoun(tokens, last)) return undefined;
  const at = levelComplementSubject(tokens, first) ?? estimatedThing(tokens, first) ?? levelTallyThing(tokens, first);
  return at === undefined ? undefined : tokens[at].stem;
}

/**
 * Index of the thing a tally counts, from `from` (right after its "of") up to `to`: the last noun of the phrase, which
 * a verb or a preposition ends ("confirmed measles cases in the region", "pupils affected by the strike").
 */
function tallyThing(tokens: readonly PredicateToken[], from: number, to: number): number | undefined {
  let noun: number | undefined;
  for (let j = from; j < to; j += 1) {
    const token = tokens[j];
    const isNoun = token.content && !token.verb && !token.number;
    if (isNoun) noun = j;
    else if (noun !== undefined) break;
    if (token.clauseEnd) break;
  }
  return noun;
}

/**
 * Index of what the tally subject of a level verb counts when the figure is that verb's complement: "the number of
 * confirmed measles cases in the region has climbed to 574" counts cases, not the region.
 */
function levelTallyThing(tokens: readonly PredicateToken[], first: number): number | undefined {
  const verbAt = levelVerbBefore(tokens, first);
  if (verbAt === undefined) return undefined;
  const tally = tallyNounBefore(tokens, verbAt - 1, Math.max(0, verbAt - LEVEL_SUBJECT));
  return tally === undefined ? undefined : tallyThing(tokens, tally + 2, verbAt);
}

/**
 * Index of a tally noun with its "of" ("the number of", "the count of"), looking back from `from` to `stop` within
 * the figure's clause; undefined when none.
 */
function tallyNounBefore(tokens: readonly PredicateToken[], from: number, stop: number): number | undefined {
  for (let k = from; k >= stop; k -= 1) {
    const token = tokens[k];
    if (token.number || token.clauseEnd || CLAUSE_WORDS.has(token.lower)) return undefined;
    if (TALLY_NOUNS.has(token.lemma) && tokens[k + 1]?.lower === 'of') return k;
  }
  return undefined;
}

/** Verbs that give an estimate of a tally "at" a figure: "puts the number of pupils affected at 31,000". */
const ESTIMATE_VERBS = new Set(['put', 'estimate', 'place', 'set']);

/**
 * Index of what an estimate's tally counts when the figure is its "at" ("the ministry now puts the number of
 * pupils affected by the strike at 31,000" counts pupils, not the strike): the first noun after the tally's "of".
 */
function estimatedThing(tokens: readonly PredicateToken[], first: number): number | undefined {
  if (tokens[first - 1]?.lower !== 'at') return undefined;
  const k = tallyNounBefore(tokens, first - 2, Math.max(1, first - LEVEL_SUBJECT));
  if (k === undefined) return undefined;
  const verb = tokens.slice(Math.max(0, k - 3), k).some((before) => ESTIMATE_VERBS.has(before.lemma));
  return verb ? tallyThing(tokens, k + 2, first - 1) : undefined;
}

/** Prepositions of place or direction before a figure ("to three hospitals", "in two villages"). */
const PLACE_PREPOSITIONS = new Set(['to', 'into', 'in', 'at', 'across', 'inside']);

/**
 * The figure from `first` to `last` follows a preposition of place and has a noun of its own that is no outcome
 * ("taken to three hospitals", "in two villages"): it counts those places. Not after a level verb ("rose to 17").
 */
function placePhraseCount(tokens: readonly PredicateToken[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  if (before === undefined || !PLACE_PREPOSITIONS.has(before.lower) || before.clauseEnd) return false;
  const verb = tokens[first - 2];
  if (verb !== undefined && LEVEL_VERB_STEMS.has(verb.stem)) return false;
  if (next === undefined || tokens[last].clauseEnd || next.number || next.verb || !next.content) return false;
  const key = predicateKey(next);
  return !(key !== undefined && isOutcome(key)) && !GENERAL_PEOPLE.has(next.lower);
}

/** Nouns of people in general: a count of them after "in" or "to" may still be the outcome's ("to 300 people"). */
const GENERAL_PEOPLE = new Set('people persons individuals civilians residents victims patients'.split(' '));
/** The same words as quantity heads (stems): "peopl", "resid". */
export const GENERAL_PEOPLE_STEMS: ReadonlySet<string> = new Set([...GENERAL_PEOPLE].map((word) => stemmer(word)));

/** Whether the figure ending at `last` has an outcome noun of its own right after it ("four deaths"). */
function ownOutcomeNoun(tokens: readonly PredicateToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.clauseEnd) return false;
  const key = predicateKey(next);
  return key !== undefined && isOutcome(key);
}

/** Most tokens of an apposition between a subject and its verb ("two crew, a man and a woman, were rescued"). */
const APPOSITION = 6;

/**
 * The last token of an apposition that starts after the clause break at `end`: a phrase without a verb, closed
 * by another break and followed by the verb of the subject it describes ("were", "survived"). Undefined when
 * what follows the break is not one.
 */
function appositionEnd(tokens: readonly PredicateToken[], end: number): number | undefined {
  for (let k = end + 1; k < tokens.length && k <= end + APPOSITION; k += 1) {
    if (tokens[k].verb || AUXILIARIES.has(tokens[k].lower)) return undefined;
    if (!tokens[k].clauseEnd) continue;
    const next = tokens[k + 1];
    return next && (next.verb || AUXILIARIES.has(next.lower)) ? k : undefined;
  }
  return undefined;
}

/**
 * "Killed or wounded", "dead or injured": a count of either outcome is a count of casualties (the dead and the
 * injured together), whichever word comes first. Other outcomes keep their own key.
 */
function eitherOutcome(tokens: readonly PredicateToken[], j: number, key: string): string {
  if (key !== DEATHS && key !== INJURIES) return key;
  const joined = (a: number, b: number) => {
    if (tokens[a]?.lower !== 'or' || tokens[a - 1]?.clauseEnd) return false;
    const other = tokens[b] && predicateKey(tokens[b]);
    return other !== key && (other === DEATHS || other === INJURIES);
  };
  return joined(j + 1, j + 2) || joined(j - 1, j - 2) ? CASUALTIES : key;
}

/** The outcome keys of deaths, injuries and casualties (the dead and the injured together). */
export const DEATHS = 'outcome:death';
export const INJURIES = 'outcome:injury';
export const CASUALTIES = 'outcome:casualty';
export const SURVIVALS = 'outcome:survival';
export const MISSING = 'outcome:missing';

/**
 * The outcomes a count of this outcome can be checked against: itself, and casualties with the dead and the
 * injured, which together are the casualties (see withCasualties in lib/match/similarity.ts).
 */
export function outcomesComparedWith(predicate: string): readonly string[] {
  if (predicate === CASUALTIES) return [CASUALTIES, DEATHS, INJURIES];
  if (predicate === DEATHS || predicate === INJURIES) return [predicate, CASUALTIES];
  return [predicate];
}

/**
 * A count of `outcome` can be checked against another sentence whose counts `counts` tells: one of the same
 * outcome, or for casualties the dead and the injured both (they are added up, see withCasualties).
 */
export function countedAgainst(outcome: string, counts: (outcome: string) => boolean): boolean {
  return counts(outcome) || (outcome === CASUALTIES && counts(DEATHS) && counts(INJURIES));
}

/** True for a predicate key that names an outcome class. */
export function isOutcome(predicate: string | undefined): boolean {
  return predicate?.startsWith('outcome:') === true;
}

/**
 * Whether two quantities can count the same event, by their predicates: the same outcome, or neither names an
 * outcome (their heads and words then decide: verbs alone are too loosely found to keep two counts apart). An
 * outcome on one side only, or two different outcomes, are two facts: "about 300 killed" and "two captured",
 * "12,000 came to fight" and "4,000 killed".
 */
export function samePredicate(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return !isOutcome(a) && !isOutcome(b) && a !== PART && b !== PART;
}
