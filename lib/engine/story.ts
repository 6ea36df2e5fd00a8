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
 * found them by the page's own words), so nothing is read for sources the page does not touch.
 */
import { CALENDAR_WORDS } from '../features/quantity/word-tables';
import { perSentence } from '../match/remember';
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

/** The story a page is about, against the sources its sentences found. */
export class PageStory {
  private readonly pageNames = new Set<string>();
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
  }

  /** Adds the names of a candidate claim of a source. */
  addCandidate(sourceId: string, features: ClaimFeatures): void {
    this.namedByStory = undefined;
    this.namedBySameStory = undefined;
    this.besides.clear();
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
   * True when the source reports another story than the page: the page names enough things to say what its
   * story is, and the source names none of them, nor anything a source the page does name also names (a
   * second report of the page's story may name only what the page's headline does). A boat that sank on another
   * lake, a fire at another company's plant: the same kind of event elsewhere shares words and even figures
   * with a source, never its names. A source whose candidates name fewer than three things cannot be told apart:
   * not another.
   */
  otherStory(sourceId: string): boolean {
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

/** Names a source must share with the page to report its story beside a source of it (see besideStorySource). */
const BESIDE_PAGE_NAMES = 2;

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}
