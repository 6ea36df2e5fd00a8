/**
 * The one typed protocol between the extension's pages, content scripts and the background.
 * Each entry is (request) => response. The background validates every request (messaging/validate)
 * and answers only senders that belong to the extension itself; errors reach the caller as a rejected
 * promise whose message is plain words for the reader.
 *
 * nb. This module touches the `chrome`/`browser` globals only when a message is sent or listened for.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleMeta, ImportResult, Removed, Settings, SourceSummary } from '../lib/store/types';
import type { PageAnnotation, ReferenceClaim, TextBlock } from '../lib/types';

// The store's shapes that travel in messages; defined by the store, which knows nothing of messaging.
export type { ArticleMeta, ImportResult, Removed, Settings, SourceSummary };

/** Why a page has no annotations, for the popup to explain. */
export type PageState = 'active' | 'paused-site' | 'paused' | 'no-article' | 'not-checked';

export interface PageSummary {
  state: PageState;
  url: string;
  annotations: PageAnnotation[];
  /**
   * Indexes into `annotations` of those that carry a badge on the page now, as the content script last reported
   * (`reportBadges`); absent until it reports. What the page shows is known only here: the page's DOM tells
   * nothing (content/contract.ts).
   */
  badged?: number[];
}

export interface ProtocolMap {
  /**
   * Content script → background: annotate the article blocks of the page at `url`. Without `append` the
   * blocks replace what the tab sent before (a new page, or a full rescan); with `append: true` they are
   * blocks added or changed since (dynamic pages), and their annotations follow the earlier ones. The
   * tab's annotation list (pageSummary, showAnnotation's index, the toolbar count) is the concatenation, in
   * order, of the annotations answered since the last request without `append`.
   */
  annotatePage(request: { url: string; blocks: TextBlock[]; append?: boolean }): {
    annotations: PageAnnotation[];
    state: PageState;
  };
  /**
   * Content script → background: which annotations of the tab's list (`annotatePage`'s concatenation, of which
   * the content script knows `annotations`) carry a badge now. Sent after badges were placed or removed; kept in
   * the tab's summary as `badged` when `url` and the count still match it (a late report is dropped).
   */
  reportBadges(request: { url: string; annotations: number; badged: number[] }): void;
  /** Context menu / popup: check one piece of text; null when it matches nothing. */
  checkText(request: { text: string }): PageAnnotation | null;
  /** All sources with their claim counts. */
  listSources(): SourceSummary[];
  /** Claims of one source, or a search across all claims; paged. */
  listClaims(request: { sourceId?: string; query?: string; offset?: number; limit?: number }): {
    claims: ReferenceClaim[];
    total: number;
  };
  /** The claims an article would give, without saving (the Add form shows them first). */
  previewArticle(request: { text: string; html?: boolean }): { claims: string[] };
  /** Saves an article as a new source; `claims`, when given, are the preview's sentences the reader kept. */
  addArticle(request: { meta: ArticleMeta; text: string; html?: boolean; claims?: string[] }): SourceSummary;
  /** Adds claim texts (e.g. a selection) to a source, creating a "My claims" source when none is given. */
  addClaims(request: { sourceId?: string; texts: string[] }): ReferenceClaim[];
  editClaim(request: { id: string; text: string }): ReferenceClaim;
  deleteClaim(request: { id: string }): Removed;
  deleteSource(request: { id: string }): Removed;
  /** Puts back what a delete removed (undo). */
  restore(request: Removed): void;
  setSourceEnabled(request: { id: string; enabled: boolean }): void;
  /** Imports a reference file's content: export JSON, JSON Lines or ClaimReview JSON-LD. */
  importReferences(request: { fileName: string; content: string }): ImportResult;
  /** The export file (JSON text) for all sources or the given ones. */
  exportReferences(request: { sourceIds?: string[] }): { fileName: string; content: string };
  /** Restores the seed set; user feedback is kept unless `clearFeedback`. */
  resetSeeds(request: { clearFeedback?: boolean }): void;
  /** "Not a match": hides this claim's match on this page sentence from then on. */
  markNotAMatch(request: { pageUrl: string; sentence: string; claimIds: string[] }): void;
  getSettings(): Settings;
  setSettings(request: Partial<Settings>): Settings;
  /** Popup → background: what was found on a tab. */
  pageSummary(request: { tabId: number }): PageSummary;
  /** Popup → content script (tab message): scroll to annotation `index` and open its popover. */
  showAnnotation(request: { index: number }): boolean;
  /**
   * Popup → content script (tab message, top frame): the page's article as plain text with its metadata, for
   * "Add this page". Rejects with plain words when the page has no article.
   */
  extractPage(): { meta: ArticleMeta; text: string };
  /** Background → content script (tab message): settings or references changed; annotate again. */
  refresh(): void;
  /**
   * Background → content script (tab message): the result of "Check selection with ClaimLens", shown in a
   * popover near the selection (`annotation` null: nothing matched).
   */
  showCheckResult(request: { text: string; annotation: PageAnnotation | null }): void;
  /** Background → content script (tab message): a short notice near the selection ("Added to My claims"). */
  showNotice(request: { message: string }): void;
}

/**
 * The messages a tab's content script answers (the popup and the background send them to a tab); the background
 * answers all the others. The one list of them: the background's schemas (validate.ts), its sends to a page
 * (to-page.ts) and the content script's listeners (content-channel.ts) all take it from here.
 */
export type TabMessage = 'showAnnotation' | 'extractPage' | 'refresh' | 'showCheckResult' | 'showNotice';

/** The messages the background answers. */
export type BackgroundMessage = Exclude<keyof ProtocolMap, TabMessage>;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
