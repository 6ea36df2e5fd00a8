/**
 * The roles words play in their sentence's clauses, found without a parser from the words around them: who a
 * claim comes from (attribution), what the sentence does not assert (conditions, relative clauses), the verbs
 * of circumstance and the coordinated ones, what caused the event and where it happened. The analysis
 * (analyse.ts) records them on each word; the matcher decides with them (lib/match).
 */
import type { AnalysedToken } from './analyse';
import { CALENDAR_WORDS } from './quantity/word-tables';

/**
 * Verbs of saying and believing attribute a claim rather than make it ("the agency said", "Seoul believes"):
 * they are not compared as content. Lemmas.
 */
export const ATTRIBUTION = new Set(
  (
    'say tell add state report announce believe think assess estimate accord note explain inform confirm ' +
    'stress emphasise emphasize reckon'
  ).split(' '),
);

/**
 * Verbs that report what their subject says when a "that" clause follows them ("the governor repeated that the aim
 * was ...", "had warned that room was limited"): the clause is the claim, as after "said". Without "that" they keep
 * their own sense ("pledged 10 million", "warned residents"). Left out: verbs of a contested position ("argued that",
 * "insisted that"), which the matcher weighs apart, and verbs whose act is itself the news ("found that he was not
 * guilty" / "found him guilty", "conceded that she had lost" / "refused to concede", "admitted", "agreed"). Lemmas.
 */
export const REPORTING = new Set(
  (
    'repeat reiterate warn pledge promise vow predict write declare suggest indicate complain recall remark observe ' +
    'caution signal testify reveal disclose show'
  ).split(' '),
);

/** Words that may stand between a reporting verb and its "that": "repeated on Thursday that", "warned again that". */
const REPORTING_FILLER = new Set('again also on in late early this last once twice repeatedly publicly'.split(' '));

/** How many words may stand between a reporting verb and its "that". */
const REPORTING_REACH = 4;

/** Auxiliaries that make the words after "that" a clause: "that the bank would act", "that prices had risen". */
const AUXILIARIES = new Set(
  'is are was were be been has have had will would can could may might must should shall do does did'.split(' '),
);

/** How far after "that" its clause's verb may come. */
const CLAUSE_VERB_REACH = 8;

type ReportingToken = {
  lower: string;
  lemma: string;
  content: boolean;
  capital: boolean;
  verb?: boolean;
  reporting?: boolean;
};

/**
 * The words after "that" at `at` are a clause with its own verb ("that the bank would act", "that prices rose"), not
 * a noun "that" points at ("repeated that claim on Monday").
 */
function clauseAfter(tokens: readonly ReportingToken[], at: number): boolean {
  const isVerb = (token: ReportingToken | undefined) =>
    token !== undefined && (token.verb === true || AUXILIARIES.has(token.lower));
  for (let k = at + 1; k < tokens.length && k <= at + CLAUSE_VERB_REACH; k += 1) if (isVerb(tokens[k])) return true;
  return false;
}

/**
 * Marks each reporting verb followed by its "that" clause (see REPORTING) as a verb of saying: not content, so the
 * claim is the clause after it and its subject is who the claim comes from (attributionSource). Only a word used as
 * a verb: "signals that failed" is a noun.
 */
export function markReportingVerbs(tokens: ReportingToken[]): void {
  tokens.forEach((token, i) => {
    if (!token.content || token.verb !== true || !REPORTING.has(token.lemma) || token.lower === token.lemma) return;
    for (let k = i + 1; k < tokens.length && k <= i + REPORTING_REACH; k += 1) {
      const word = tokens[k].lower;
      if (word === 'that') {
        if (!clauseAfter(tokens, k)) return;
        token.content = false;
        token.verb = false;
        token.reporting = true;
        return;
      }
      if (!REPORTING_FILLER.has(word) && !CALENDAR_WORDS.has(word)) return;
    }
  });
}

/** A verb of saying: one of ATTRIBUTION, or a reporting verb before its "that" (markReportingVerbs). */
export const isSaying = (token: { lemma: string; reporting?: boolean }): boolean =>
  ATTRIBUTION.has(token.lemma) || token.reporting === true;

/** A comma, semicolon, colon, dash (em or en) or bracket. */
function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 0x2014 || code === 0x2013 || code === 40 || code === 41;
}

/** A clause break (comma, semicolon, colon, dash, bracket) follows token i. */
export function breakAfter(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  // Read in place (no slice, no regex): the analysis asks this for nearly every token, several times over.
  const end = tokens[i + 1]?.start ?? sentence.length;
  for (let at = tokens[i].end; at < end; at += 1) if (isClauseBreak(sentence.charCodeAt(at))) return true;
  return false;
}

/**
 * The words that name who a claim comes from: "according to lawmakers briefed behind closed doors",
 * "..., the lawmakers said.", "The agency said (that) ...". They weigh less than the claim itself.
 */
export function attributionSource(tokens: readonly AnalysedToken[], sentence: string): Set<AnalysedToken> {
  const source = new Set<AnalysedToken>();
  tokens.forEach((token, i) => {
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      for (let j = i + 2; j < tokens.length; j += 1) {
        source.add(tokens[j]);
        if (breakAfter(tokens, sentence, j)) break;
      }
      return;
    }
    // A verb of saying; used as a noun ("a state of emergency") it is content (see markVerbs in analyse.ts).
    if (!isSaying(token) || token.content) return;
    if (i >= tokens.length - 3) {
      // "..., the lawmakers said." / "..., said the agency.": back to the comma, then on to the end. Without a
      // comma, or in the passive, the verb says what happened to the sentence's own subject ("shares fell after
      // the recall was announced"): no source.
      let j = i - 1;
      while (j >= 0 && !breakAfter(tokens, sentence, j)) j -= 1;
      if (j < 0 || PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return;
      for (let k = j + 1; k < tokens.length; k += 1) source.add(tokens[k]);
    } else if (
      (i > 0 && i <= 8 && !tokens.slice(0, i).some((_, k) => breakAfter(tokens, sentence, k))) ||
      appositiveSource(tokens, sentence, i)
    ) {
      // "The agency said (that) ..." at the start of the sentence, and what stands between the verb and its
      // "that": "said in a social media post on Sunday that ...", "informed lawmakers on Monday that ...".
      // A source that speaks of itself ("the bank said it would raise rates", "the firm said its profit rose")
      // is who the claim is about: its names are the claim's actor, not only who says it.
      const actor = speaksOfItself(tokens, i);
      for (let k = 0; k < i; k += 1) if (!actor || !isName(tokens[k])) source.add(tokens[k]);
      const that = tokens.findIndex((next, k) => k > i && k <= i + THAT_REACH && next.lower === 'that');
      for (let k = i + 1; k < that; k += 1) source.add(tokens[k]);
    }
  });
  return source;
}

/** Pronouns by which a speaker names itself in what it says ("the bank said it would", "said its profit"). */
const SELF_REFERENCE = new Set('it its they their he his she her we our i my'.split(' '));

/** Words that may stand between a verb of saying and what it says: "said on Thursday that it ...". */
const SAYING_FILLER = new Set('that on in late early this last'.split(' '));

/** Verbs of saying that also take what their subject made public as an object: "reported a profit". */
const ANNOUNCING = new Set(['report', 'announce']);

/**
 * The verb of saying at i reports what its source itself did or will do: the first word of what it says, past
 * "that" and a time ("on Thursday"), is a pronoun of the source; or the verb announces a thing of the source's
 * own ("the firm reported a loss", "announced an inquiry").
 */
function speaksOfItself(tokens: readonly AnalysedToken[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  if (ANNOUNCING.has(tokens[i].lemma) && (next === 'a' || next === 'an')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + THAT_REACH; k += 1) {
    const word = tokens[k].lower;
    if (SELF_REFERENCE.has(word)) return true;
    if (!SAYING_FILLER.has(word) && !CALENDAR_WORDS.has(word)) return false;
  }
  return false;
}

/** A word of a name: a capitalised content word, not a time. */
function isName(token: AnalysedToken): boolean {
  return token.capital && token.content && !CALENDAR_WORDS.has(token.lower);
}

/** How far after a verb of saying its "that" may come for the words between to name the source. */
const THAT_REACH = 8;

/** Most tokens of a source named with an apposition before its verb of saying. */
const SOURCE_REACH = 16;

/**
 * The verb of saying at i opens the sentence's claim after a source set off by an apposition: "Quinn, one of the
 * engineers who inspected the dam, told reporters that ...". The name before the apposition has no verb,
 * the apposition closes right before the verb, and a "that" follows it.
 */
function appositiveSource(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  if (i < 3 || i > SOURCE_REACH || !breakAfter(tokens, sentence, i - 1)) return false;
  const breaks = tokens.slice(0, i).filter((_, k) => breakAfter(tokens, sentence, k));
  if (breaks.length !== 2) return false;
  const name = tokens.slice(0, tokens.indexOf(breaks[0]) + 1);
  if (name.some((token) => token.verb)) return false;
  return tokens.some((next, k) => k > i && k <= i + THAT_REACH && next.lower === 'that');
}

/** Pronouns and determiners that follow an inverted "should" ("should the soldiers ask"). */
const INVERSION = new Set('the they he she it we you this these those any a an such'.split(' '));
/**
 * Of those, the determiners a modal "should" is never followed by: after a noun too ("talks with the crew should
 * the men ask") they open a condition.
 */
const DETERMINERS = new Set('the these those any a an such'.split(' '));

/** The "should" at i is inverted: it opens a condition ("should the crew ask", "..., should they refuse"). */
function invertedShould(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (tokens[i].lower !== 'should' || i === 0 || !INVERSION.has(next)) return false;
  return !tokens[i - 1].content || DETERMINERS.has(next) || breakAfter(tokens, sentence, i - 1);
}

/** Modals of a main clause that supposes: "would have been", "could have". */
const SUPPOSING_MODALS = new Set(['would', 'could', 'might']);
/** Words from an inverted "had" to its participle: "had the bank not settled", "had Harbourline settled later". */
const INVERTED_HAD_REACH = 4;

/**
 * The "had" at i is inverted after a main clause that supposes: "the penalty would have been larger had the bank not
 * settled" says the bank did settle; what the "had" clause says is a condition, not a fact. The "had" comes after
 * "would have" (or "could", "might"), right before its subject (a determiner, pronoun or name), then "not" or a
 * participle. ("The bank had a record" is no condition: nothing supposes before it.)
 */
function invertedHad(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i].lower !== 'had' || i === 0 || !next || !(INVERSION.has(next.lower) || next.capital)) return false;
  // The supposing clause is the one "had" ends: no coordinator or clause break between ("would have failed, but
  // engineers had the spillway opened" reports what was done).
  let supposes = false;
  for (let k = i - 1; k >= 0 && !supposes; k -= 1) {
    // (A comma right before "had" is the condition's own: "would have been larger, had the bank not settled".)
    if (COORDINATORS.has(tokens[k].lower) || (k < i - 1 && breakAfter(tokens, sentence, k))) return false;
    supposes = SUPPOSING_MODALS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'have';
  }
  if (!supposes) return false;
  for (let k = i + 2; k <= i + 1 + INVERTED_HAD_REACH && k < tokens.length; k += 1) {
    if (tokens[k].lower === 'not' || (tokens[k].verb === true && /(?:ed|en)$/.test(tokens[k].lower))) return true;
  }
  return false;
}

/** Relative pronouns: what follows them to the clause's end describes a noun ("soldiers who do not wish to"). */
const RELATIVE = new Set('who whom whose which'.split(' '));
/** Negated adjectives that can follow a noun as a reduced relative clause ("soldiers unwilling to return"). */
const POSTNOMINAL_CUES = new Set('unwilling unable'.split(' '));

/**
 * Words whose "that" clause says what is wanted, promised or aimed at, not what is: "a promise that no jobs will
 * go", "demanding that the plant stay open", "guarantees that …".
 */
const IRREALIS_HEADS = new Set(
  (
    'promise promises promised promising pledge pledges pledged pledging guarantee guarantees guaranteed ' +
    'assurance assurances assured demand demands demanded demanding vow vows vowed hope hopes hoped hoping ' +
    'wish wishes wished insistence aim aims'
  ).split(' '),
);

/** Modals of a clause of purpose: "so that it would", "so that they can". */
const PURPOSE_MODALS = new Set('would could can might may should will'.split(' '));

/** Verbs that ask or tell someone to do something: what they ask is not what happened. */
const REQUEST_LEMMAS = new Set('ask tell urge order advise warn instruct request beg'.split(' '));

/** "Visitors were asked not to come", "told residents not to drink the water": token i is that "not". */
function askedNotTo(tokens: readonly AnalysedToken[], i: number): boolean {
  if (tokens[i].lower !== 'not' || tokens[i + 1]?.lower !== 'to') return false;
  return [tokens[i - 1], tokens[i - 2]].some((token) => token !== undefined && REQUEST_LEMMAS.has(token.lemma));
}

/** Verbs of asking a question, and the words that open the question asked ("asked whether", "asked him why"). */
export const ASKING_LEMMAS: ReadonlySet<string> = new Set('ask wonder question inquire enquire'.split(' '));
const QUESTION_OPENERS = new Set('whether if why how what when where who which about'.split(' '));
/** Most words between a verb of asking and its question: "asked the minister whether". */
const ASKED_REACH = 3;

/**
 * "Asked whether prices would fall, the president said ...", "reporters asked him why": token i asks a question,
 * which asserts no act of its own (the question itself is unasserted as a "whether" clause).
 */
function asksQuestion(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  // The tagger may not take a capitalised first word for a verb ("Asked whether ..."): the lemma decides.
  if (!ASKING_LEMMAS.has(tokens[i].lemma)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + ASKED_REACH; j += 1) {
    // "Asked about the fine, ..." is a question; "questioned three men about the fire" is an act.
    if (QUESTION_OPENERS.has(tokens[j].lower)) return tokens[j].lower !== 'about' || tokens[i].lemma === 'ask';
    if (breakAfter(tokens, sentence, j - 1) || tokens[j].verb) return false;
  }
  return false;
}

/** True when token i opens a clause of purpose: "so that …", "in order to …", "so as not to …", "lest …". */
function opensPurpose(tokens: readonly AnalysedToken[], i: number): boolean {
  const word = tokens[i].lower;
  const next = tokens[i + 1]?.lower;
  if (word === 'lest') return true;
  // "so that" is purpose when a modal follows ("so that the fire would not flare up"); without one it may be a
  // result, which is asserted ("the river rose so that the bridge was closed").
  if (word === 'so' && next === 'that')
    return tokens.slice(i + 2, i + 8).some((token) => PURPOSE_MODALS.has(token.lower));
  if (word === 'so') return next === 'as' && /^(to|not)$/.test(tokens[i + 2]?.lower ?? '');
  return word === 'in' && next === 'order' && /^(to|that)$/.test(tokens[i + 2]?.lower ?? '');
}

/** Auxiliaries and modals that can open the main clause's predicate right after a relative clause. */
const MAIN_AUXILIARIES = new Set(
  'will would can could must shall should may might is are was were has have had'.split(' '),
);
/** Verbs whose object is a clause of its own: past them, an auxiliary belongs to that clause, not the main one. */
const CLAUSE_TAKING_LEMMAS = new Set(
  'say tell think believe know feel fear hope expect claim argue insist suggest report warn agree deny admit allege'.split(
    ' ',
  ),
);

/**
 * "Parents who refuse to vaccinate their children will not be fined": a relative clause on a subject ends where the
 * main predicate starts, at an auxiliary or modal right after a noun that follows the clause's own verb. The index
 * of the clause's last token, or -1 when no such predicate follows (the clause runs to the next break).
 */
function relativeClauseEnd(tokens: readonly AnalysedToken[], i: number): number {
  let verb = false;
  for (let j = i + 1; j < tokens.length - 1; j += 1) {
    const token = tokens[j];
    if (!verb) {
      // "Who had been in a critical condition": "been" is the clause's verb.
      if ((token.verb && !MAIN_AUXILIARIES.has(token.lower)) || token.lower === 'been' || token.lower === 'being') {
        if (CLAUSE_TAKING_LEMMAS.has(token.lemma)) return -1;
        verb = true;
      }
      continue;
    }
    // "The workers who were hurt when the roof fell": a clause within the relative one; its verb is not the main one.
    if (SUBORDINATORS.has(token.lower)) return -1;
    const previous = tokens[j - 1];
    if (!previous.content || previous.verb) continue;
    if (MAIN_AUXILIARIES.has(token.lower)) return j - 1;
    // "A woman who had been in a critical condition died in hospital": a finite verb right after the clause's noun.
    if (token.verb && !token.lower.endsWith('ing')) return j - 1;
  }
  return -1;
}

/** Words that open a clause of their own inside a relative clause ("who were hurt when the roof fell"). */
const SUBORDINATORS = new Set(
  'when while after before as because since until where whereas although though'.split(' '),
);

/**
 * Tokens the sentence does not assert itself: conditional clauses (from "if", "unless", "whether" or an inverted
 * "should" to the clause's end), relative clauses, which only say which things the claim is about
 * ("soldiers who would rather not go home", "soldiers unwilling to go home"), clauses of purpose ("kept watch so that
 * the fire would not flare up") and what is promised or demanded ("a promise that no jobs will be lost"): their
 * negation is not the claim's.
 */
export function unassertedClauses(tokens: readonly AnalysedToken[], sentence: string): Set<AnalysedToken> {
  const supposed = new Set<AnalysedToken>();
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const opens =
      token.lower === 'if' ||
      token.lower === 'unless' ||
      token.lower === 'whether' ||
      invertedShould(tokens, sentence, i) ||
      invertedHad(tokens, sentence, i) ||
      (RELATIVE.has(token.lower) && i > 0 && !breakAfter(tokens, sentence, i - 1)) ||
      opensPurpose(tokens, i) ||
      askedNotTo(tokens, i) ||
      (token.lower === 'that' && IRREALIS_HEADS.has(previous?.lower ?? '')) ||
      (POSTNOMINAL_CUES.has(token.lower) && previous?.content === true && !breakAfter(tokens, sentence, i - 1));
    if (asksQuestion(tokens, sentence, i)) supposed.add(token);
    if (!opens || supposed.has(token)) return;
    // A postnominal cue belongs to its clause: "unwilling" is as unasserted as what it negates.
    if (POSTNOMINAL_CUES.has(token.lower)) supposed.add(token);
    const end = RELATIVE.has(token.lower) ? relativeClauseEnd(tokens, i) : -1;
    for (let j = i + 1; j < tokens.length; j += 1) {
      supposed.add(tokens[j]);
      if (j === end || breakAfter(tokens, sentence, j)) break;
    }
  });
  return supposed;
}

/**
 * Words that open a participle clause of circumstance ("after touching down", "without deploying the gear") or
 * make an -ing verb a gerund ("hesitant about returning", "accused of fighting"): none is what the sentence asserts.
 */
const ADJUNCT_OPENERS = new Set(
  'after before while when since by upon without despite about of for in on at from into with against through'.split(
    ' ',
  ),
);
/** Words that join a second verb to the first with the same subject: "veered off and crashed". */
const COORDINATORS = new Set('and or but then'.split(' '));
/** Adverbs that may stand between the coordinator and its verb: "and then crashed", "but later denied". */
const COORDINATED_GAP = new Set('then later also eventually finally soon subsequently'.split(' '));

/**
 * Two roles a verb can have besides the main one. An adjunct is a participle clause that sets the scene or
 * adds a consequence: "Sensing danger, the pilot declared an emergency", "..., highlighting the risk", "after
 * touching down": it is not what the sentence asserts. A coordinated verb shares the subject of the verb before
 * it ("skidded off the runway and crashed into a wall"): the sentence asserts both, so either may be the one a
 * reference restates. A verb of a relative clause set off by a comma ("The driver, who escaped with light injuries,
 * was arrested") is aside: asserted, but the clause only adds to what it follows, and the main clause's verb is the
 * sentence's predicate.
 */
export function verbRoles(
  tokens: readonly AnalysedToken[],
  sentence: string,
): { adjunct: Set<AnalysedToken>; coordinated: Set<AnalysedToken>; aside: Set<AnalysedToken> } {
  const adjunct = new Set<AnalysedToken>();
  const coordinated = new Set<AnalysedToken>();
  const aside = new Set<AnalysedToken>();
  let seenVerb = false;
  let inAside = false;
  tokens.forEach((token, i) => {
    if (RELATIVE.has(token.lower) && i > 0 && breakAfter(tokens, sentence, i - 1)) inAside = true;
    if (inAside && token.verb) aside.add(token);
    if (inAside && breakAfter(tokens, sentence, i)) inAside = false;
    if (!token.verb) return;
    const previous = tokens[i - 1];
    if (adjunct.has(token)) return;
    if ((token.lower.endsWith('ing') || comparedWith(tokens, i)) && isAdjunctStart(tokens, sentence, i)) {
      // The clause is circumstance up to the break that ends it, its other verbs included.
      for (let j = i; j < tokens.length; j += 1) {
        adjunct.add(tokens[j]);
        if (breakAfter(tokens, sentence, j)) break;
      }
    } else if (seenVerb && previous !== undefined) {
      const joiner = COORDINATED_GAP.has(previous.lower) ? tokens[i - 2] : previous;
      if (joiner !== undefined && COORDINATORS.has(joiner.lower) && !breakAfter(tokens, sentence, i - 1)) {
        coordinated.add(token);
      }
    }
    seenVerb = true;
  });
  return { adjunct, coordinated, aside };
}

/** "Compared with" / "compared to": a participle that opens a circumstance as an -ing verb does ("..., compared
 * with 38 per cent a year ago"). */
function comparedWith(tokens: readonly AnalysedToken[], i: number): boolean {
  return tokens[i].lower === 'compared' && (tokens[i + 1]?.lower === 'with' || tokens[i + 1]?.lower === 'to');
}

/**
 * The -ing verb at i opens a participle clause: after a clause break (", highlighting"), after a word of
 * circumstance ("after touching down"), or first in the sentence when a comma closes its clause before another
 * verb ("Sensing danger, the pilot ..."; not the gerund subject of "Fighting continued in the north").
 */
function isAdjunctStart(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  if (i > 0) return breakAfter(tokens, sentence, i - 1) || ADJUNCT_OPENERS.has(tokens[i - 1].lower);
  for (let j = i; j < tokens.length - 1; j += 1) {
    if (j > i && tokens[j].verb) return false;
    if (breakAfter(tokens, sentence, j)) return true;
  }
  return false;
}

/** Forms of "be" and "get" before a participle that has the same form as its verb ("was hit by"). */
const PASSIVE_AUXILIARIES = new Set('was were is are be been being got get gets'.split(' '));

/** Words after which a cause has ended: a time or another circumstance follows ("by a wave on Monday"). */
const CAUSE_ENDS = new Set('on during after before while when as since until with for and but'.split(' '));

/** Words that open what caused an event: "blamed on", "due to", "because of", "caused by". */
const CAUSE_OPENERS: readonly (readonly string[])[] = [
  ['due', 'to'],
  ['because', 'of'],
  ['owing', 'to'],
  ['blamed', 'on'],
];

/** Tokens i and i + 1 are one of CAUSE_OPENERS, unbroken (a loop: find() made a closure for every token). */
function opensCause(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  for (const words of CAUSE_OPENERS) {
    if (tokens[i].lower === words[0] && tokens[i + 1]?.lower === words[1] && !breakAfter(tokens, sentence, i + 1)) {
      return true;
    }
  }
  return false;
}

/**
 * The words that say what caused the event or who did it: the agent of a passive ("was started by lightning",
 * "was shot by a neighbour") and a cause ("due to a faulty valve", "blamed on a discarded cigarette"), up to the
 * clause break. Two reports that give different causes of one event report two different facts.
 */
export function causeArguments(tokens: readonly AnalysedToken[], sentence: string): Set<AnalysedToken> {
  const causes = new Set<AnalysedToken>();
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (breakAfter(tokens, sentence, i)) continue;
    const previous = tokens[i - 1];
    const passiveAgent =
      tokens[i].lower === 'by' &&
      previous?.verb === true &&
      (previous.lower !== previous.lemma || PASSIVE_AUXILIARIES.has(tokens[i - 2]?.lower ?? ''));
    const opener = opensCause(tokens, sentence, i);
    if (!passiveAgent && !opener) continue;
    for (let j = i + (opener ? 2 : 1); j < tokens.length; j += 1) {
      if (tokens[j].content && !CALENDAR_WORDS.has(tokens[j].lower)) causes.add(tokens[j]);
      const next = tokens[j + 1];
      if (breakAfter(tokens, sentence, j) || next?.verb || LOCATIVE.has(next?.lower) || CAUSE_ENDS.has(next?.lower)) {
        break;
      }
    }
  }
  return causes;
}

/** Prepositions that put what follows in a place: "near Kelowna", "in the Aldmere Valley", "at Sellin airport". */
const LOCATIVE = new Set('in near at outside around inside across off'.split(' '));
/** Words a place name may follow its preposition by: "in the", "near the town of", "off the coast of". */
const LOCATIVE_GAP = new Set(
  (
    'the a an town city village county province region state district of coast shore island islands outskirts ' +
    'border port capital area north south east west northern southern eastern western central centre center ' +
    'heart edge suburbs neighbouring neighboring nearby adjacent'
  ).split(' '),
);

/**
 * The names that say where the claim happens: a run of capitalised words after a locative preposition ("near
 * Kelowna", "in the Aldmere Valley"), not a month or weekday ("in January").
 */
export function placeArguments(tokens: readonly AnalysedToken[], sentence: string): Set<AnalysedToken> {
  const located = new Set<AnalysedToken>();
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (!LOCATIVE.has(tokens[i].lower) || breakAfter(tokens, sentence, i)) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j].capital && LOCATIVE_GAP.has(tokens[j].lower)) j += 1;
    for (; j < tokens.length && tokens[j].capital && !CALENDAR_WORDS.has(tokens[j].lower); j += 1) {
      located.add(tokens[j]);
      if (breakAfter(tokens, sentence, j)) break;
    }
  }
  return located;
}

/** Most tokens between a verb of saying and the date of its statement: "said in a statement late on Monday". */
const REPORT_DATE_REACH = 6;

/**
 * The tokens that date the report rather than its fact: a weekday, month or date within the attribution
 * ("..., officials said on Friday", "according to a statement released on Monday", "The agency said on Sunday
 * that ...") or right after a verb of saying, before the claim begins ("Police said Monday 14 people died"). The
 * day a figure was announced is not the day the fact happened: it must never be compared as the fact's date.
 */
export function reportDates(
  tokens: readonly AnalysedToken[],
  sentence: string,
  attributed: ReadonlySet<AnalysedToken>,
): Set<AnalysedToken> {
  const report = new Set<AnalysedToken>();
  const dating = (token: AnalysedToken) => CALENDAR_WORDS.has(token.lower) || /^\d/.test(token.lower);
  tokens.forEach((token, i) => {
    if (attributed.has(token)) {
      if (dating(token)) report.add(token);
      return;
    }
    if (!isSaying(token) || token.content || breakAfter(tokens, sentence, i)) return;
    for (let j = i + 1; j < tokens.length && j <= i + REPORT_DATE_REACH; j += 1) {
      const next = tokens[j];
      if (next.verb || next.lower === 'that') break;
      if (dating(next)) report.add(next);
      if (breakAfter(tokens, sentence, j)) break;
    }
  });
  return report;
}
