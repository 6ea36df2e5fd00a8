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
    else if (word.proper && !features.dates.includes(word.text?.toLowerCase() ?? '')) into.add(word.stem);
  }
  return into;
}

/** Names of reference claims, kept with their features: a claim comes up as a candidate on page after page. */
const namesOfClaim = new WeakMap<ClaimFeatures, readonly string[]>();

function claimNames(features: ClaimFeatures): readonly string[] {
  let names = namesOfClaim.get(features);
  if (!names) {
    names = [...namesOf(features)];
    namesOfClaim.set(features, names);
  }
  return names;
}

/** The story a page is about, against the sources its sentences found. */
export class PageStory {
  private readonly pageNames = new Set<string>();
  private readonly shared = new Map<string, Set<string>>();

  /** Adds a page sentence's names. Call for every sentence before `addCandidate`. */
  addSentence(features: ClaimFeatures): void {
    namesOf(features, this.pageNames);
  }

  /** Adds the names of a candidate claim of a source that the page also names. */
  addCandidate(sourceId: string, features: ClaimFeatures): void {
    let names = this.shared.get(sourceId);
    for (const name of claimNames(features)) {
      if (!this.pageNames.has(name)) continue;
      if (!names) {
        names = new Set();
        this.shared.set(sourceId, names);
      }
      names.add(name);
    }
  }

  /** True when the page and the source name enough of the same things to be one story. */
  sameStory(sourceId: string): boolean {
    return (this.shared.get(sourceId)?.size ?? 0) >= STORY_NAMES;
  }
}
