/**
 * Countries, their capitals and their demonyms, read from WordNet's own structure, with a short list of the states
 * it predates or files as regions:
 * - a country is an instance (`@i`) of a kind of "country/state/nation" (a hyponym of that synset, e.g. "Asian
 *   country"); its name is the first word of its synset ("Russia, Russian Federation" → "russia");
 * - a capital is an instance of "national capital" that is a part (`#p`) of a country; when it is part of no
 *   country, its definition "capital (and largest city) of X" names the country instead;
 * - a demonym is an adjective whose pertainym (`\`) names a country or a capital ("Ukrainian" → "Ukraine",
 *   "British" → "Great Britain", another name of the United Kingdom);
 * - every other name of a country's synset ("DPRK", "Democratic People's Republic of Korea") points to it;
 * - states WordNet 3.1 predates or files as regions are added by name (LATER_STATES).
 */
import type { Synset, WordNet } from './wordnet';

/** "North_Korea" → "north korea". */
export function placeName(word: string): string {
  return word.toLowerCase().replace(/_/g, ' ');
}

/** noun.location, WordNet's lexicographer file of places. */
const LOCATION_FILE = 15;

function findPlaceSynset(wordNet: WordNet, words: readonly string[]): Synset | undefined {
  for (const synset of wordNet.synsets.values()) {
    if (synset.lexFile === LOCATION_FILE && words.every((word) => synset.words.includes(word))) return synset;
  }
  return undefined;
}

/** Keys of `root` and of all its hyponyms (class hyponyms only, not instances). */
function hyponymClosure(wordNet: WordNet, root: Synset): Set<string> {
  const closure = new Set([root.key]);
  const queue = [root];
  while (queue.length > 0) {
    const synset = queue.pop()!;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '~' || closure.has(pointer.target)) continue;
      closure.add(pointer.target);
      const hyponym = wordNet.synsets.get(pointer.target);
      if (hyponym) queue.push(hyponym);
    }
  }
  return closure;
}

function instanceOf(synset: Synset, kinds: Set<string>): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === '@i' && kinds.has(pointer.target));
}

/**
 * States WordNet 3.1 files as regions (the Baltic states, Serbia, Montenegro, Kosovo), lists under an older name
 * (Swaziland, Macedonia, East Timor, Turkey) or gives without the word news calls its people ("Slovak", "Czech",
 * "Kyrgyz"): each country's name as the table keys it (WordNet's own where it has one), then the names, capitals and
 * demonyms that point to it. These win over what WordNet says of the same words ("Belgrade" as the capital of Serbia
 * and Montenegro).
 */
const LATER_STATES: readonly (readonly [string, readonly string[]])[] = [
  ['estonia', ['estonia', 'estonian', 'tallinn']],
  ['latvia', ['latvia', 'latvian', 'riga']],
  ['lithuania', ['lithuania', 'lithuanian', 'vilnius']],
  ['serbia', ['serbia', 'serbian', 'belgrade']],
  ['montenegro', ['montenegro', 'montenegrin', 'podgorica']],
  ['kosovo', ['kosovo', 'kosovar', 'pristina']],
  ['south sudan', ['south sudan', 'south sudanese', 'juba']],
  ['macedonia', ['north macedonia', 'skopje']],
  ['swaziland', ['eswatini', 'mbabane']],
  ['east timor', ['timor-leste', 'dili']],
  ['turkey', ['turkiye', 'türkiye']],
  ['czech republic', ['czechia', 'czech']],
  ['slovakia', ['slovak']],
  ['kyrgyzstan', ['kyrgyz']],
];

/** Maps a lower-case place word or phrase ("pyongyang", "ukrainian", "dprk") to its country's name. */
export function placeTable(wordNet: WordNet, isStopWord: (word: string) => boolean): Map<string, string> {
  const countryKind = findPlaceSynset(wordNet, ['country', 'state', 'land']);
  const capitalKind = findPlaceSynset(wordNet, ['national_capital']);
  if (!countryKind || !capitalKind) throw new Error('WordNet has no "country" or "national capital" synset');
  const countryKinds = hyponymClosure(wordNet, countryKind);
  const capitalKinds = hyponymClosure(wordNet, capitalKind);

  const countryOf = new Map<string, string>(); // synset key → country name
  for (const synset of wordNet.synsets.values()) {
    if (synset.pos === 'n' && instanceOf(synset, countryKinds)) countryOf.set(synset.key, placeName(synset.words[0]));
  }
  const countryByName = new Map<string, string>();
  for (const name of countryOf.values()) countryByName.set(name, name);

  const table = new Map<string, string>();
  const add = (word: string, country: string) => {
    const name = placeName(word);
    if (!isStopWord(name) && !table.has(name)) table.set(name, country);
  };
  // Country names first, so that a name that is both a country and something else keeps its country.
  for (const [key, country] of countryOf) add(wordNet.synsets.get(key)!.words[0], country);
  for (const [key, country] of countryOf) for (const word of wordNet.synsets.get(key)!.words) add(word, country);

  const capitalCountry = new Map<string, string>(); // capital synset key → country name
  for (const synset of wordNet.synsets.values()) {
    if (synset.pos !== 'n' || !instanceOf(synset, capitalKinds)) continue;
    const holonym = synset.pointers.find((pointer) => pointer.symbol === '#p' && countryOf.has(pointer.target));
    const named = /\bcapital (?:and largest city )?of (?:the )?([A-Z][\w]*(?: [A-Z][\w]*)*)/.exec(synset.gloss);
    const country = holonym ? countryOf.get(holonym.target) : named && countryByName.get(placeName(named[1]));
    if (!country) continue;
    capitalCountry.set(synset.key, country);
    for (const word of synset.words) if (!/^capital_of_/i.test(word)) add(word, country);
  }

  for (const synset of wordNet.synsets.values()) {
    if (synset.pos !== 'a') continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || pointer.source === 0) continue;
      // The word pointed at is the better guide: "Russian" points at "Russia" in the Soviet Union's synset.
      const target = wordNet.synsets.get(pointer.target);
      const targetWord = target?.words[pointer.targetWord - 1];
      const country =
        (targetWord && table.get(placeName(targetWord))) ??
        countryOf.get(pointer.target) ??
        capitalCountry.get(pointer.target);
      if (country) add(synset.words[pointer.source - 1], country);
    }
  }
  for (const [country, words] of LATER_STATES) for (const word of words) table.set(word, country);
  return table;
}
