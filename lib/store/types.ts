/**
 * The shapes the store reads and writes for its callers: settings, source summaries, what a delete removed, what
 * an import did. The message protocol (messaging/protocol.ts) carries them as they are; they live here so the store
 * takes no type from the messaging layer.
 */
import type { ReferenceClaim, ReferenceSource } from '../types';

/** User settings (stored by the background). */
export interface Settings {
  /** Global on/off switch. */
  enabled: boolean;
  /** How close a match must be, 0..1 (0.5 default; higher shows looser matches). */
  sensitivity: number;
  /** Hostnames where ClaimLens is paused. */
  pausedSites: string[];
}

/** A source with how many claims it has (for lists). */
export interface SourceSummary extends ReferenceSource {
  claimCount: number;
}

/** Source metadata the reader gives when adding an article. */
export interface ArticleMeta {
  title: string;
  publisher: string;
  url: string;
  publishedAt: string;
}

/** What was removed, so it can be put back ("undo"). */
export interface Removed {
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
}

export interface ImportResult {
  sourcesAdded: number;
  claimsAdded: number;
  /** Records already in the store, left as they were. */
  unchanged: number;
  /**
   * Sources imported under a new id because a different source (another title or URL) already had theirs;
   * absent when none.
   */
  renamed?: number;
  /**
   * True when the import is saved but its same-fact groups could not be saved yet (for example no room left):
   * ClaimLens finishes them later (the next change or start).
   */
  groupingPending?: boolean;
}
