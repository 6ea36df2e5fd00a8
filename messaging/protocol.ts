/**
 * The one typed protocol between the extension's pages, content scripts and the background.
 * Each entry is (request) => response. The background validates every request (messaging/validate)
 * and answers only senders that belong to the extension itself; errors reach the caller as a rejected
 * promise whose message is plain words for the reader. The request of each message the background answers is
 * the output type of its valibot schema (`BackgroundRequest`): written once, as the schema, so what the type
 * promises is what validation lets through.
 *
 * nb. This module touches the `chrome`/`browser` globals only when a message is sent or listened for.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { PackSubscription } from '../lib/packs/refresh';
import type { ListedClaim } from '../lib/store/claims';
import type { ArticleMeta, ImportResult, Removed, Settings, SourceSummary } from '../lib/store/types';
import type { PageAnnotation, ReferenceClaim } from '../lib/types';
import type { requestSchemas } from './validate';

// The store's shapes that travel in messages; defined by the store, which knows nothing of messaging.
export type { ArticleMeta, ImportResult, PackSubscription, Removed, Settings, SourceSummary };

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

/**
 * The request of a message the background answers, as its schema (validate.ts) gives it once validated. A type
 * import only: the content script's bundle never carries the schemas.
 */
export type BackgroundRequest<K extends keyof typeof requestSchemas> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface ProtocolMap {
  /**
   * Content script → background: annotate the article blocks of the page at `url`. Without `append` the
   * blocks replace what the tab sent before (a new page, or a full rescan); with `append: true` they are
   * blocks added or changed since (dynamic pages), and their annotations follow the earlier ones. The
   * tab's annotation list (pageSummary, showAnnotation's index, the toolbar count) is the concatenation, in
   * order, of the annotations answered since the last request without `append`.
   */
  annotatePage(request: BackgroundRequest<'annotatePage'>): {
    annotations: PageAnnotation[];
    state: PageState;
  };
  /**
   * Content script → background: which annotations of the tab's list (`annotatePage`'s concatenation, of which
   * the content script knows `annotations`) carry a badge now. Sent after badges were placed or removed; kept in
   * the tab's summary as `badged` when `url` and the count still match it (a late report is dropped).
   */
  reportBadges(request: BackgroundRequest<'reportBadges'>): void;
  /** Context menu / popup: check one piece of text; null when it matches nothing. */
  checkText(request: BackgroundRequest<'checkText'>): PageAnnotation | null;
  /** All sources with their claim counts. */
  listSources(): SourceSummary[];
  /** Claims of one source, or a search across all claims; paged. */
  listClaims(request: BackgroundRequest<'listClaims'>): {
    claims: ListedClaim[];
    total: number;
  };
  /** The claims an article would give, without saving (the Add form shows them first). */
  previewArticle(request: BackgroundRequest<'previewArticle'>): { claims: string[] };
  /** Saves an article as a new source; `claims`, when given, are the preview's sentences the reader kept. */
  addArticle(request: BackgroundRequest<'addArticle'>): SourceSummary;
  /** Adds claim texts (e.g. a selection) to a source, creating a "My claims" source when none is given. */
  addClaims(request: BackgroundRequest<'addClaims'>): ReferenceClaim[];
  editClaim(request: BackgroundRequest<'editClaim'>): ReferenceClaim;
  deleteClaim(request: BackgroundRequest<'deleteClaim'>): Removed;
  deleteSource(request: BackgroundRequest<'deleteSource'>): Removed;
  /** Puts back what a delete removed (undo). */
  restore(request: BackgroundRequest<'restore'>): void;
  setSourceEnabled(request: BackgroundRequest<'setSourceEnabled'>): void;
  /** Imports a reference file's content: export JSON, JSON Lines or ClaimReview JSON-LD. */
  importReferences(request: BackgroundRequest<'importReferences'>): ImportResult;
  /** The export file (JSON text) for all sources or the given ones. */
  exportReferences(request: BackgroundRequest<'exportReferences'>): { fileName: string; content: string };
  /** Restores the seed set; user feedback is kept unless `clearFeedback`. */
  resetSeeds(request: BackgroundRequest<'resetSeeds'>): void;
  /** "Not a match": hides this claim's match on this page sentence from then on. */
  markNotAMatch(request: BackgroundRequest<'markNotAMatch'>): void;
  getSettings(): Settings;
  setSettings(request: BackgroundRequest<'setSettings'>): Settings;
  /** Popup → background: what was found on a tab. */
  pageSummary(request: BackgroundRequest<'pageSummary'>): PageSummary;
  /** The reader's pack subscriptions, each with its last success and last error. */
  listPacks(): PackSubscription[];
  /**
   * Subscribes to the pack at `url` (a `#key=` fragment pins its key): downloads, checks and stores it. Sent after
   * the page obtained the origin's host permission (in the reader's click); rejects with one line when the first
   * download fails, and nothing is kept.
   */
  subscribePack(request: BackgroundRequest<'subscribePack'>): PackSubscription;
  /**
   * Sent in the Subscribe click, beside the browser's permission prompt: when the reader grants the origin, the
   * background subscribes to the pack itself, so a popup that closed while the prompt was open loses nothing.
   * Sent again with `refused` when the reader refused: the pack is no longer waited for.
   */
  awaitPackGrant(request: BackgroundRequest<'awaitPackGrant'>): void;
  /** "Refresh now": the subscription after the attempt (a failure is its `lastError`, not a rejection). */
  refreshPack(request: BackgroundRequest<'refreshPack'>): PackSubscription;
  /** Turns a pack on or off: its claims are kept but not matched while it is off. */
  setPackEnabled(request: BackgroundRequest<'setPackEnabled'>): PackSubscription;
  /** Removes a pack with all its claims, and nothing else. */
  removePack(request: BackgroundRequest<'removePack'>): void;
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

/** What a message carries, as its sender writes it (undefined for a message without one). */
export type RequestOf<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
/** What a message is answered with. */
export type ResponseOf<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
