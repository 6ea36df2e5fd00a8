/**
 * Morphy-style lemmatisation: undo inflectional suffixes and keep a result only if WordNet lists it as a lemma of
 * the right part of speech; irregular forms come from irregular.ts. When the word is itself a lemma ("evening",
 * "species", "wounded"), tag counts decide: the word stays as it is only if it is seen more often as a noun or verb
 * of its own than its base form is in the part of speech the suffix implies. Its adjective use counts only for
 * "-ing" words ("willing" is not a form of "will"): past participles used as adjectives ("wounded", "prepared")
 * are the inflection itself.
 */
import { irregularBase } from './irregular';
import { isStopWord } from './stopwords';

type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** Tag counts per part of speech of a lemma (a part present with 0 = listed but never tagged). */
export type UsageLookup = (lemma: string) => Readonly<Partial<Record<PartOfSpeech, number>>> | undefined;

/** [suffix, replacement, part of speech]: WordNet's morphy rules plus "ied", "ying", "ves" and "es" → "is". */
const RULES: readonly (readonly [string, string, PartOfSpeech])[] = [
  ['s', '', 'n'],
  ['ses', 's', 'n'],
  ['xes', 'x', 'n'],
  ['zes', 'z', 'n'],
  ['ches', 'ch', 'n'],
  ['shes', 'sh', 'n'],
  ['men', 'man', 'n'],
  ['ies', 'y', 'n'],
  ['ves', 'f', 'n'],
  ['ves', 'fe', 'n'],
  ['es', 'is', 'n'],
  ['s', '', 'v'],
  ['ies', 'y', 'v'],
  ['es', 'e', 'v'],
  ['es', '', 'v'],
  ['ed', 'e', 'v'],
  ['ed', '', 'v'],
  ['ied', 'y', 'v'],
  ['ing', 'e', 'v'],
  ['ing', '', 'v'],
  ['ying', 'ie', 'v'],
  ['er', '', 'a'],
  ['est', '', 'a'],
  ['er', 'e', 'a'],
  ['est', 'e', 'a'],
];

interface Candidate {
  base: string;
  score: number;
  plural: boolean;
}

/** Bases a suffix rule reaches, with a doubled final consonant undone ("stopped" → "stop", "bigger" → "big"). */
function ruleBases(stem: string, replacement: string): string[] {
  const bases = [stem + replacement];
  if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

function candidates(word: string, usage: UsageLookup): Candidate[] {
  const found: Candidate[] = [];
  for (const [suffix, replacement, pos] of RULES) {
    if (!word.endsWith(suffix)) continue;
    for (const base of ruleBases(word.slice(0, -suffix.length), replacement)) {
      if (base.length < 2) continue;
      const count = usage(base)?.[pos];
      if (count !== undefined) found.push({ base, score: count, plural: pos === 'n' });
    }
  }
  const irregular = irregularBase(word) ?? prefixedIrregularBase(word, usage);
  if (irregular) {
    const counts = usage(irregular);
    const score = counts ? Math.max(counts.n ?? 0, counts.v ?? 0, counts.a ?? 0) : 0;
    found.push({ base: irregular, score, plural: false });
  }
  return found;
}

/** Prefixes that make verbs of verbs and keep their irregular forms ("overran", "undertook", "outgrew"). */
const VERB_PREFIXES = ['over', 'under', 'out', 'mis', 'fore', 'with', 'up', 're'];

/**
 * The base of a prefixed irregular form the irregular list does not hold ("overran" → "overrun", "withheld" →
 * "withhold"), when the prefixed base is a verb of the lexicon.
 */
function prefixedIrregularBase(word: string, usage: UsageLookup): string | undefined {
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const base = irregularBase(word.slice(prefix.length));
    if (base && usage(prefix + base)?.v !== undefined) return prefix + base;
  }
  return undefined;
}

/** The best-scored candidate (the first one on ties, so rule order breaks them). */
function best(list: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const candidate of list) if (!top || candidate.score > top.score) top = candidate;
  return top;
}

/**
 * British spellings and the American spelling of the same word, tried in order: "organise" → "organize",
 * "organisation" → "organization", "analyse" → "analyze", "labour" → "labor", "defence" → "defense",
 * "centre" → "center", "catalogue" → "catalog", "programme" → "program". The lexicon's synonyms are fullest
 * for the American spelling, and news from both sides of the Atlantic must meet.
 */
const BRITISH: readonly [RegExp, string][] = [
  [/isation$/, 'ization'],
  [/(?<=..)ise$/, 'ize'],
  [/(?<=..)yse$/, 'yze'],
  [/(?<=...)our$/, 'or'],
  [/(?<=...)ence$/, 'ense'],
  [/(?<=...)re$/, 'er'],
  [/(?<=..)ogue$/, 'og'],
  [/(?<=..)mme$/, 'm'],
];

/** The American spelling of a British lemma when the lexicon knows it ("defence" → "defense"), else the lemma. */
function americanSpelling(lemma: string, usage: UsageLookup): string {
  for (const [british, american] of BRITISH) {
    if (!british.test(lemma)) continue;
    const other = lemma.replace(british, american);
    if (usage(other)) return other;
  }
  return lemma;
}

/**
 * Lower-cases `word`, drops a possessive and returns its lemma by the rules in the module comment, in its
 * American spelling when the lexicon knows that.
 */
export function lemmatizeWith(word: string, usage: UsageLookup): string {
  return americanSpelling(lemmaOf(word, usage), usage);
}

function lemmaOf(word: string, usage: UsageLookup): string {
  let lower = word
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'");
  const irregular = irregularBase(lower);
  if (isStopWord(lower) && !irregular) return lower;
  lower = lower.replace(/'s$|(?<=s)'$/, '');
  const found = candidates(lower, usage);
  if (found.length === 0) {
    // An unknown compound ("ex-soldiers") inflects its last part.
    const hyphen = lower.lastIndexOf('-');
    if (hyphen <= 0 || hyphen === lower.length - 1 || usage(lower)) return lower;
    return lower.slice(0, hyphen + 1) + lemmaOf(lower.slice(hyphen + 1), usage);
  }
  const own = usage(lower);
  if (!own) return best(found)!.base;
  // A plural-only noun ("species", "means") is compared with the singular noun, not with a verb of the same form.
  const plurals = found.filter((candidate) => candidate.plural);
  const rival = best(plurals.length > 0 && own.n !== undefined ? plurals : found)!;
  // "-ing" adjectives often mean something of their own ("willing", "interesting"), "-ed" ones rarely do.
  const ownScore = (own.n ?? 0) + (own.v ?? 0) + (lower.endsWith('ing') ? (own.a ?? 0) : 0);
  return ownScore > rival.score ? lower : best(found)!.base;
}
