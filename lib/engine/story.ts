/**
 * Whether a page and a reference source report the same story, from the names they share.
 *
 * A sentence rarely names the event it is about: "At least 61 people are presumed dead" is about the crash
 * the article's other sentences name (the airline, the airport, the aircraft). Readers resolve it from the
 * article; the engine does the same: a page whose sentences name several of the things a source's claims name
 * (people, places, organisations, products) is about the same story, and a count of one outcome in it is the
 * source's count of that outcome even when the two sentences share little else.
 *
 * Names of a source are read from its claims that came up as candidates for the page's sentences (the index
 * found them by the page's own words), so nothing is read for sources the page does not touch; where those say
 * nothing of what the source is about, from all its claims (sourceNamesOf), once per source until the set changes.
 */
import { type Lexicon, stemOf } from '../features/analyse';
import { CALENDAR_WORDS } from '../features/quantity/word-tables';
import type { ReferenceIndex } from '../index/reference-index';
import { defaultLexicon } from '../lexicon/default-lexicon';
import { perSentence } from '../match/remember';
import { similarNames, TITLE_STEMS } from '../match/similarity';
import type { ClaimFeatures } from '../types';

/**
 * Distinct names a page and a source must share to be one story. One or two shared names are a country or
 * an actor many stories have; three are a story ("Aldmere", "Sellin", "Coralin"; "Kursk", "Zelensky", "Korea").
 */
export const STORY_NAMES = 3;

/** The names a sentence gives: capitalised words inside it and places, as stems; months and weekdays are not. */
export function namesOf(features: ClaimFeatures, into: Set<string> = new Set()): Set<string> {
  for (const word of features.words) {
    if (word.attribution) continue;
    if (word.place !== undefined) into.add(word.place);
    else if (word.proper && !CALENDAR_WORDS.has(word.text?.toLowerCase() ?? '')) into.add(word.stem);
  }
  return into;
}

/** Names of reference claims: a claim comes up as a candidate on page after page. */
const claimNames = perSentence((features): readonly string[] => [...namesOf(features)]);

/**
 * The names of a sentence that single out one story ("Arenal", "Harbourline", "Monchique", "Zelensky"), as stems,
 * and the stems it writes in lower case. A country, its capital or people, an institution named in common words ("the
 * Central Bank", "High Court") and a word a headline capitalises ("Runway", which the text writes "runway" too) stand
 * in story after story.
 */
function ownNamesOf(
  features: ClaimFeatures,
  lexicon: Pick<Lexicon, 'lemmatize' | 'usageCount' | 'placeOf'>,
): {
  names: string[];
  common: string[];
  places: string[];
  cited: string[];
  citedPlaces: string[];
  plain: string[];
  known: string[];
  local: string[];
  whole: ReadonlyMap<string, string>;
} {
  const names: string[] = [];
  const common: string[] = [];
  const places: string[] = [];
  // Names and countries of who says so ("Kiptoo said", "the Consumers Federation of Kenya says"): named, but not
  // what the text is about.
  const cited: string[] = [];
  const citedPlaces: string[] = [];
  // Own names written as a name inside a sentence, not only as its first word ("Rescuers said ...") nor as an
  // acronym ("GDP", "IMF"), and apart the words the lexicon knows ("Antwerp", "Legionnaires"), which may be words of
  // any story.
  const plain: string[] = [];
  const known: string[] = [];
  // Places inside a country that the text names as its own: a capital ("Maseru"), not the country's name nor its
  // people ("Chile", "Chilean").
  const local: string[] = [];
  for (const word of features.words) {
    if (word.place !== undefined) {
      (word.attribution ? citedPlaces : places).push(word.place);
      if (!word.attribution && word.stem !== word.place && !PEOPLE_ENDING.test(word.stem)) local.push(word.stem);
      continue;
    }
    const text = word.text ?? '';
    if (!word.proper) {
      // Only a word written in lower case is a common word of the text; a capitalised word that opens the sentence
      // is not read as proper there, yet may be a name ("Kharkiv was hit by 40 drones").
      if (/^\p{Ll}/u.test(text)) common.push(word.stem);
      if (!/^\p{Lu}/u.test(text)) continue;
    }
    const lower = text.toLowerCase();
    if (lower === '' || CALENDAR_WORDS.has(lower)) continue;
    if ((lexicon.usageCount?.(lexicon.lemmatize(lower)) ?? 0) > 0) continue;
    if (word.attribution) cited.push(word.stem);
    else if (!names.includes(word.stem)) names.push(word.stem);
    if (word.proper && !ACRONYM.test(text)) (word.concepts.length === 0 ? plain : known).push(word.stem);
  }
  // A people of two words ("North Korean", "Sri Lankan"), which the words alone do not name.
  for (const entity of features.entities) {
    if (!entity.includes(' ')) continue;
    const place = lexicon.placeOf(entity, false);
    if (place !== undefined) places.push(place.split(' ').map(stemOf).join(' '));
  }
  const whole = wholeNames(features.entities, new Set([...names, ...cited]));
  return { names, common, places, cited, citedPlaces, plain, known, local, whole };
}

/**
 * Endings of a people's name, as stems ("Chilean", "Nepalese", "Danish", "Iraqi", "Czech"): a country's people is not a
 * place in it. A people of another ending ("Greek", "Swiss") is read as a place.
 */
const PEOPLE_ENDING = /(?:an|ese|ish|i|ic|ch)$/;

/**
 * Each own name's whole name, as the sentence writes it: the run of capitalised words it stands in ("tra ly" of
 * "Typhoon Tra Ly", "ly son", "hai phong"), without a title before it ("Mr Belik" is "belik"). A run longer than a name (a
 * headline in title case) gives no whole name: its words stand alone.
 */
function wholeNames(entities: readonly string[], stems: ReadonlySet<string>): Map<string, string> {
  const whole = new Map<string, string>();
  for (const entity of entities) {
    // "Mr Belik", "President Anton Belik": a title names no one; the name is what follows it.
    const words = entity.split(' ');
    while (words.length > 1 && TITLE_STEMS.has(words[0])) words.shift();
    if (words.length < 2 || words.length > LONGEST_NAME) continue;
    for (const word of words) {
      if (!stems.has(word)) continue;
      const known = whole.get(word);
      if (known === undefined || known.length < entity.length) whole.set(word, entity);
    }
  }
  return whole;
}

/** Words a run of capitalised words may have and still be one name ("Bank of Kenya" breaks at "of" already). */
const LONGEST_NAME = 4;

/**
 * Two whole names are one when all the words of one stand together in the other, each the same or a spelling of it
 * ("zelenski" in "volodymyr zelenski"). A name is told by all its words: "Ly Son" is not "Tra Ly", "Quang Ngai" not
 * "Quang Ninh", "San Pedro" not "San Antonio", though each pair shares a word.
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.includes(' ') && !b.includes(' ')) return similarNames(a, b);
  const [short, long] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  for (let at = 0; at + short.length <= long.length; at += 1) {
    if (short.every((word, i) => similarNames(word, long[at + i]))) return true;
  }
  return false;
}

/** A word written in capitals only: an acronym ("GDP", "COVID"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;

type OwnNames = ReturnType<typeof ownNamesOf>;
/** Own names of reference claims, by lexicon: a claim comes up as a candidate on page after page. */
const claimOwnNames = new WeakMap<object, (features: ClaimFeatures) => OwnNames>();
function ownNamesOfClaim(
  features: ClaimFeatures,
  lexicon: Pick<Lexicon, 'lemmatize' | 'usageCount' | 'placeOf'>,
): OwnNames {
  let read = claimOwnNames.get(lexicon);
  if (!read) {
    read = perSentence((claim) => ownNamesOf(claim, lexicon));
    claimOwnNames.set(lexicon, read);
  }
  return read(features);
}

/**
 * Sentences of a page (its headline among them) that must give a name for it to be what the page is about: a name
 * given once may be an aside.
 */
const PAGE_PROTAGONIST = 2;
/** Candidate claims of a source that must give a name for it to be what the source is about. */
const SOURCE_PROTAGONIST = 2;

/**
 * Times a text (a page, or a source's candidate claims) names each of its own names in its sentences: the name given
 * most, at least twice, is what the text is about ("Arenal" in reports of the Arenal port strike).
 */
class NameCounts {
  private readonly counts = new Map<string, number>();
  private readonly common = new Set<string>();
  /** The countries the text names (by a country, its capital or its people), by the number of sentences naming each. */
  private readonly countries = new Map<string, number>();
  /** Own names written as a name inside a sentence, and those the lexicon knows as words (see ownNamesOf). */
  private readonly plain = new Set<string>();
  private readonly known = new Set<string>();
  /** Places inside a country the text names as its own (see ownNamesOf). */
  private readonly local = new Set<string>();
  /** Names and countries given as who says so (see ownNamesOf). */
  private readonly cited = new Set<string>();
  private readonly citedPlaces = new Set<string>();
  /** Answers of namesLike, by name and the whole names asked about. */
  private readonly like = new Map<string, boolean>();
  /** The whole names each own name stands in, where it stands in a longer one (see wholeNames). */
  private readonly whole = new Map<string, Set<string>>();
  private most: string[] | undefined;
  private often: string[] | undefined;
  private allPlaces: Set<string> | undefined;

  /** `least`: times a name must be given to be what the text is about. */
  constructor(private readonly least: number) {}

  add({
    names,
    common,
    places,
    cited,
    citedPlaces,
    plain,
    known,
    local,
    whole,
  }: {
    names: readonly string[];
    common: readonly string[];
    places: readonly string[];
    cited: readonly string[];
    citedPlaces: readonly string[];
    plain: readonly string[];
    known: readonly string[];
    local: readonly string[];
    whole: ReadonlyMap<string, string>;
  }): void {
    this.like.clear();
    this.most = undefined;
    this.often = undefined;
    this.allPlaces = undefined;
    for (const name of cited) this.cited.add(name);
    for (const place of citedPlaces) this.citedPlaces.add(place);
    for (const place of new Set(places)) this.countries.set(place, (this.countries.get(place) ?? 0) + 1);
    for (const name of names) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    for (const name of plain) this.plain.add(name);
    for (const name of known) this.known.add(name);
    for (const place of local) this.local.add(place);
    for (const stem of common) this.common.add(stem);
    for (const name of [...names, ...cited]) {
      let phrases = this.whole.get(name);
      if (!phrases) {
        phrases = new Set();
        this.whole.set(name, phrases);
      }
      phrases.add(whole.get(name) ?? name);
    }
  }

  /** The whole names the text writes `name` in: its longer names, and the name itself where it stands alone. */
  wholeNamesOf(name: string): Iterable<string> {
    return this.whole.get(name) ?? [name];
  }

  /**
   * The text writes `name` (or a spelling of it) in a whole name that is one of `asWritten`, the whole names another
   * text writes it in: "Ly" of "Ly Son" is not "Ly" of "Tra Ly".
   */
  private writesAs(name: string, asWritten: Iterable<string> | undefined): boolean {
    if (!asWritten) return true;
    for (const phrase of this.wholeNamesOf(name))
      for (const other of asWritten) if (sameName(phrase, other)) return true;
    return false;
  }

  /**
   * How much `name` ties the text to another that gives it: 1 for a name of its own written inside a sentence, half
   * for one the lexicon knows as a word ("Antwerp", "Legionnaires"), none for a sentence's first word or an acronym
   * ("GDP", "IMF").
   */
  tieOf(name: string): number {
    if (this.plain.has(name)) return 1;
    return this.known.has(name) ? 0.5 : 0;
  }

  /**
   * The text names something of its own inside its country: a place in it ("Maseru") or a name written inside a
   * sentence ("Maya Terminals"), not only the country.
   */
  namesOwnPlace(): boolean {
    return this.local.size > 0 || [...this.plain].some((name) => this.names(name));
  }

  /** The countries the text names, as who says so too. */
  get places(): ReadonlySet<string> {
    this.allPlaces ??= new Set([...this.countries.keys(), ...this.citedPlaces]);
    return this.allPlaces;
  }

  /** True when the text names `name` (as a name, not only as a word written in lower case elsewhere in it). */
  names(name: string): boolean {
    return this.counts.has(name) && !this.common.has(name);
  }

  /** True when the text names `name` or a spelling of it ("Kharkov" for "Kharkiv", "Zelensky" for "Zelenskyy"). */
  namesLike(name: string, asWritten?: Iterable<string>): boolean {
    // Asked again for each page a source is read against: remembered until a sentence is added.
    const key = asWritten ? `${name}\u0000${[...asWritten].join('\u0001')}` : name;
    let like = this.like.get(key);
    if (like === undefined) {
      like = this.names(name) && this.writesAs(name, asWritten);
      for (const known of this.counts.keys()) {
        if (like) break;
        like = known !== name && similarNames(known, name) && this.names(known) && this.writesAs(known, asWritten);
      }
      this.like.set(key, like);
    }
    return like;
  }

  /** True when the text gives `name` as who says so ("Kiptoo said"), within a whole name one of `asWritten`. */
  cites(name: string, asWritten?: Iterable<string>): boolean {
    return this.cited.has(name) && this.writesAs(name, asWritten);
  }

  /** The text's own names (see `names`). */
  ownNames(): string[] {
    return [...this.counts.keys()].filter((name) => this.names(name));
  }

  /** The names given at least `least` times. */
  frequentNames(): readonly string[] {
    this.often ??= [...this.counts]
      .filter(([name, count]) => count >= this.least && this.names(name))
      .map(([name]) => name);
    return this.often;
  }

  /** The names given most often, when that is at least `least` times; none when no name is given that often. */
  protagonists(): readonly string[] {
    if (!this.most) this.most = mostGiven(this.counts, this.least, (name) => this.names(name));
    return this.most;
  }

  /** The countries named most often, when that is at least `least` times. */
  mainCountries(): readonly string[] {
    return mostGiven(this.countries, this.least, () => true);
  }
}

/** The keys counted most, when that is at least `least`, among those `counts` lets count. */
function mostGiven(counts: ReadonlyMap<string, number>, least: number, counted: (key: string) => boolean): string[] {
  let top = 0;
  for (const [key, count] of counts) if (counted(key)) top = Math.max(top, count);
  if (top < least) return [];
  return [...counts].filter(([key, count]) => count === top && counted(key)).map(([key]) => key);
}

/**
 * The own names of a source's claims, all of them (what it is about is told from the whole source, not only from
 * the claims a page's sentences found), worked out once for each source until the reference set changes.
 */
export type SourceNames = (sourceId: string) => NameCounts | undefined;

/** Claims a source may have and still be read whole (see sourceNamesOf). */
const WHOLE_SOURCE_CLAIMS = 400;

const sourceNamesByIndex = new WeakMap<
  ReferenceIndex,
  { revision: number; bySource: Map<string, NameCounts | null> }
>();

/** The own names of each source of `index`, read from all its claims (see SourceNames). */
export function sourceNamesOf(index: ReferenceIndex): SourceNames {
  return (sourceId) => {
    let cache = sourceNamesByIndex.get(index);
    if (!cache || cache.revision !== index.revision) {
      cache = { revision: index.revision, bySource: new Map() };
      sourceNamesByIndex.set(index, cache);
    }
    let counts = cache.bySource.get(sourceId);
    if (counts === undefined) {
      // A source of many claims is a collection (a pack's file, a fact-checker's archive), not a report: it is not
      // about one thing, and reading it whole would decode every claim it holds.
      const many = index.claimCount(sourceId) > WHOLE_SOURCE_CLAIMS;
      const claims = many ? [] : index.claimsOf(sourceId);
      counts = claims.length === 0 ? null : new NameCounts(SOURCE_PROTAGONIST);
      for (const claim of claims) if (claim.features) counts?.add(ownNamesOfClaim(claim.features, index.lexicon));
      cache.bySource.set(sourceId, counts);
    }
    return counts ?? undefined;
  };
}

/** The story a page is about, against the sources its sentences found. */
export class PageStory {
  private readonly pageNames = new Set<string>();
  /** The page's own names (see ownNamesOf), by the number of its sentences that give them. */
  private readonly pageOwn = new NameCounts(PAGE_PROTAGONIST);
  /** Of each source, its candidate claims' own names, by the number of claims that give them. */
  private readonly sourceOwn = new Map<string, NameCounts>();
  private readonly protagonists = new Map<string, boolean>();

  /**
   * `wholePage`: the sentences given are the whole page, so what it is most about can be told (false for blocks
   * added as a page loads more: then no source is set apart for its protagonist).
   */
  constructor(
    private readonly lexicon: Pick<Lexicon, 'lemmatize' | 'usageCount' | 'placeOf'> = defaultLexicon,
    private readonly wholePage = true,
    private readonly wholeSource?: SourceNames,
  ) {}
  /** Of each source, the names its candidate claims give that the page gives too. */
  private readonly shared = new Map<string, Set<string>>();
  /** Of each source, every name its candidate claims give. */
  private readonly named = new Map<string, Set<string>>();
  private readonly others = new Map<string, boolean>();
  private readonly besides = new Map<string, boolean>();
  /** Every name of the sources in `shared`, gathered when first needed after the last candidate was added. */
  private namedByStory: Set<string> | undefined;
  /** Every name of the sources that share a story's worth of names with the page (see sameStoryNames). */
  private namedBySameStory: Set<string> | undefined;

  /** Adds a page sentence's names. Call for every sentence before `addCandidate`. */
  addSentence(features: ClaimFeatures): void {
    namesOf(features, this.pageNames);
    this.pageOwn.add(ownNamesOf(features, this.lexicon));
  }

  /** Adds the names of a candidate claim of a source. */
  addCandidate(sourceId: string, features: ClaimFeatures): void {
    this.namedByStory = undefined;
    this.namedBySameStory = undefined;
    this.besides.clear();
    this.protagonists.clear();
    let own = this.sourceOwn.get(sourceId);
    if (!own) {
      own = new NameCounts(SOURCE_PROTAGONIST);
      this.sourceOwn.set(sourceId, own);
    }
    own.add(ownNamesOfClaim(features, this.lexicon));
    let named = this.named.get(sourceId);
    if (!named) {
      named = new Set();
      this.named.set(sourceId, named);
    }
    let shared = this.shared.get(sourceId);
    for (const name of claimNames(features)) {
      named.add(name);
      if (!this.pageNames.has(name)) continue;
      if (!shared) {
        shared = new Set();
        this.shared.set(sourceId, shared);
      }
      shared.add(name);
    }
  }

  /**
   * True unless the page and the source are each about something the other never names: the name the page gives
   * most often ("San Antonio", in a report of a stoppage at that port) is not among the source's names, and the
   * name the source gives most often ("Arenal") is not among the page's. Two strikes at two ports of one country
   * share the country, its ministry and its labour authority; each report names its own port again and again. Where
   * either side names nothing of its own twice, the whole source is read (see sameProtagonist); without it, or where
   * it tells nothing either, true.
   */
  sharesProtagonist(sourceId: string): boolean {
    let shares = this.protagonists.get(sourceId);
    if (shares === undefined) {
      const found = this.sourceOwn.get(sourceId);
      shares = !this.wholePage || found === undefined || this.sameProtagonist(found, this.wholeSource?.(sourceId));
      this.protagonists.set(sourceId, shares);
    }
    return shares;
  }

  /**
   * Whether the page and a source are about the same thing, by the names the source's found claims give most, or,
   * where the page or those claims name nothing of their own twice, by the names and countries of the whole source.
   */
  private sameProtagonist(found: NameCounts, whole: NameCounts | undefined): boolean {
    const page = this.pageOwn;
    if (sharedCount(found.places, page.places) >= STORY_COUNTRIES) return true;
    if (otherCountries(page, whole ?? found)) return false;
    const pageMost = page.protagonists();
    const foundMost = found.protagonists();
    if (pageMost.length > 0 && foundMost.length > 0) {
      return tiedBy([page, pageMost], [found, foundMost], named);
    }
    if (!whole) return true;
    // Of the whole source and the page, any name either gives twice that the other gives ties them: a source read
    // whole names much besides its story.
    const pageOften = page.frequentNames();
    const sourceOften = whole.frequentNames();
    if (tiedBy([page, pageOften], [whole, sourceOften], named)) return true;
    // A name the other side gives only as who says so ("Kiptoo said") ties them too, unless each side also names
    // something again and again that the other never gives (a minister quoted on strikes at two ports).
    const cited = tiedBy([page, pageOften], [whole, sourceOften], (text, name, asWritten) =>
      text.cites(name, asWritten),
    );
    const pageOwnOften = pageOften.some((name) => !whole.cites(name, page.wholeNamesOf(name)));
    const sourceOwnOften = sourceOften.some((name) => !page.cites(name, whole.wholeNamesOf(name)));
    if (cited && !(pageOwnOften && sourceOwnOften)) return true;
    if (pageOften.length > 0 && sourceOften.length > 0) return false;
    // One side names its country again and again and something of its own in it, the other names no country at all
    // but three things of its own that the first never gives (a province and towns the lexicon cannot place): a
    // measles outbreak in Maseru, Lesotho and a dengue outbreak in a province whose report never names its country.
    // A wire report that names only the country ("Rescuers in Chile ...") may be the local report's story.
    const countryAgainstOwn = (country: NameCounts, own: NameCounts) =>
      country.mainCountries().length > 0 &&
      country.namesOwnPlace() &&
      own.places.size === 0 &&
      namesOwnApart(own, country, true);
    if (countryAgainstOwn(page, whole) || countryAgainstOwn(whole, page)) return false;
    // One side names something of its own again and again, the other never names it: they are two stories when the
    // other names things of its own too (three at least) and this side names none of them (a fire in Karachi and
    // one in Ashulia, whose report names Ashulia, the factory and its owner once each).
    if (pageOften.length > 0 && namesOwnApart(whole, page)) return false;
    if (sourceOften.length > 0 && namesOwnApart(page, whole)) return false;
    // Where neither does, the countries may tell two stories apart: a rate decision in Uruguay and one in Argentina.
    // One side names its country again and again, the other names only other countries and nothing of its own twice
    // (a report that names its town twice is about the town, whatever country a bus it names was bound for).
    // A country both name ties them, unless each names a country of its own again and again and the one they share is
    // neither: a third country both mention in passing (a Turkish partner of a metro line in Tbilisi and of one in
    // Bamako).
    const pageMain = page.mainCountries();
    const sourceMain = whole.mainCountries();
    const sharedPlaces = [...page.places].filter((country) => whole.places.has(country));
    const eitherWithout = pageMain.length === 0 || sourceMain.length === 0;
    if (sharedPlaces.some((country) => eitherWithout || pageMain.includes(country) || sourceMain.includes(country)))
      return true;
    const countriesApart = (text: NameCounts, other: NameCounts, otherOften: readonly string[]) =>
      text.mainCountries().length > 0 && otherOften.length === 0 && other.places.size > 0;
    return !countriesApart(page, whole, sourceOften) && !countriesApart(whole, page, pageOften);
  }

  /** True when the page and the source name enough of the same things to be one story. */
  sameStory(sourceId: string): boolean {
    const shared = this.shared.get(sourceId)?.size ?? 0;
    if (shared >= STORY_NAMES) return true;
    return shared >= BESIDE_PAGE_NAMES && this.besideStorySource(sourceId);
  }

  /**
   * The source names something the page does not but a source of the page's story does ("Fiji"), and shares two
   * names with the page ("Vunivesi Bay"), though fewer than a story takes: a live blog names little, and a second
   * report of one story names what the first does.
   */
  private besideStorySource(sourceId: string): boolean {
    let beside = this.besides.get(sourceId);
    if (beside === undefined) {
      // A name the page gives does not tie the source to the story's source: that is what the two names it shares
      // with the page already say.
      const sameStory = this.sameStoryNames();
      beside = [...(this.named.get(sourceId) ?? [])].some((name) => !this.pageNames.has(name) && sameStory.has(name));
      this.besides.set(sourceId, beside);
    }
    return beside;
  }

  /** Every name of the sources that share a story's worth of names with the page, in one set (read once). */
  private sameStoryNames(): ReadonlySet<string> {
    this.namedBySameStory ??= this.namesOfSourcesSharing(STORY_NAMES);
    return this.namedBySameStory;
  }

  /** Every name of the sources whose candidate claims share at least `least` names with the page, in one set. */
  private namesOfSourcesSharing(least: number): Set<string> {
    const names = new Set<string>();
    for (const [id, shared] of this.shared) {
      if (shared.size < least) continue;
      for (const name of this.named.get(id) ?? []) names.add(name);
    }
    return names;
  }

  /** True when some candidate claim of the source names `name` (a place key or a name's stem). */
  sourceNames(sourceId: string, name: string): boolean {
    return this.named.get(sourceId)?.has(name) === true;
  }

  /**
   * True when the source reports another story than the page: it names nothing of the page's story (see
   * namesNoneOfStory), or each is about a name of its own the other never gives (see sharesProtagonist). A boat
   * that sank on another lake, a fire at another company's plant, a strike at another port of the same country:
   * the same kind of event elsewhere shares words and even figures with a source, and maybe its country and
   * ministries, never what it is about.
   */
  otherStory(sourceId: string): boolean {
    return this.namesNoneOfStory(sourceId) || !this.sharesProtagonist(sourceId);
  }

  /**
   * The page names enough things to say what its story is, and the source names none of them, nor anything a
   * source the page does name also names (a second report of the page's story may name only what the page's
   * headline does). A source whose candidates name fewer than three things cannot be told apart: not another.
   */
  private namesNoneOfStory(sourceId: string): boolean {
    if (this.pageNames.size < STORY_NAMES || this.shared.has(sourceId)) return false;
    let other = this.others.get(sourceId);
    if (other === undefined) {
      const own = this.named.get(sourceId);
      // A source names its own story with several names ("Selayar", "Benteng", "KM Bintang Samudra"); one that
      // names only a country ("Spain") may report the page's story more broadly.
      other = own !== undefined && own.size >= STORY_NAMES && !overlaps(own, this.storyNames());
      this.others.set(sourceId, other);
    }
    return other;
  }

  /**
   * The names of all sources that name something the page names, in one set: a source names something one of
   * them names exactly when it names something in it (one set read, not one per source: a large reference set
   * gives candidates of thousands of sources).
   */
  private storyNames(): ReadonlySet<string> {
    this.namedByStory ??= this.namesOfSourcesSharing(1);
    return this.namedByStory;
  }
}

/**
 * Countries a page and a source must both name to be one story whatever else they name: one country is that of many
 * stories; North Korea, South Korea, Ukraine and Russia together are a story of their own.
 */
const STORY_COUNTRIES = 3;

/** The text gives the name (or a spelling of it) as a name of its own. */
const named = (text: NameCounts, name: string, asWritten: Iterable<string>) => text.namesLike(name, asWritten);

/** Some of one side's names the other side gives, by `gives` (each side: its text and the names asked of the other). */
function tiedBy(
  [page, pageNames]: readonly [NameCounts, readonly string[]],
  [source, sourceNames]: readonly [NameCounts, readonly string[]],
  gives: (text: NameCounts, name: string, asWritten: Iterable<string>) => boolean,
): boolean {
  return (
    pageNames.some((name) => gives(source, name, page.wholeNamesOf(name))) ||
    sourceNames.some((name) => gives(page, name, source.wholeNamesOf(name)))
  );
}

/**
 * Each text names countries, none the other names, and the own names they share tie them less than one name of
 * their own would (see NameCounts.tieOf): an outbreak in Norway and one in Niger, a budget of Malawi and one of
 * Bhutan, however alike their words ("Rescuers", a disease's name, "GDP", "IMF"). A company or a town both name, or
 * two towns the lexicon knows, tie them.
 */
function otherCountries(page: NameCounts, source: NameCounts): boolean {
  if (page.places.size === 0 || source.places.size === 0 || sharedCount(page.places, source.places) > 0) return false;
  let tie = 0;
  for (const name of page.ownNames()) {
    if (!source.namesLike(name, page.wholeNamesOf(name))) continue;
    tie += page.tieOf(name);
    if (tie >= 1) return false;
  }
  return true;
}

/** Own names a text must give for its names to tell what it is about without one given twice. */
const OWN_NAMES_APART = 3;

/** `text` gives names of its own, enough of them, and `other` gives none of them. */
function namesOwnApart(text: NameCounts, other: NameCounts, written = false): boolean {
  const own = written ? text.ownNames().filter((name) => text.tieOf(name) >= 1) : text.ownNames();
  const gives = (name: string) =>
    (other.namesLike(name, text.wholeNamesOf(name)) && (!written || !other.names(name) || other.tieOf(name) > 0)) ||
    other.cites(name, text.wholeNamesOf(name));
  return own.length >= OWN_NAMES_APART && !own.some(gives);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count += 1;
  return count;
}

/** Names a source must share with the page to report its story beside a source of it (see besideStorySource). */
const BESIDE_PAGE_NAMES = 2;

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}
