/**
 * The background's reference service: owns the database and the in-memory index, loads the index when the
 * background starts (a service worker restarts often), and answers every request. A request that arrives
 * while the index loads waits for it: nothing is ever answered from an empty index. Writes run one at a
 * time; after each, open tabs are told to refresh and the start-up snapshot is rewritten a little later.
 */

import { withComparisons } from '../lib/compare/comparison';
import { annotateBlockSteps, annotateBlocks, claimsFromBlockSteps } from '../lib/engine';
import { LIMITS } from '../lib/limits';
import { taggerInstalled } from '../lib/nlp/parts-of-speech';
import { samePage } from '../lib/page-identity';
import { plainArticleBlocks } from '../lib/reference/article-blocks';
import { runStepsPausing } from '../lib/steps';
import * as store from '../lib/store';
import { publishedDate } from '../lib/text/dates';
import type { PageAnnotation, ReferenceClaim, TextBlock } from '../lib/types';
import type {
  BackgroundRequest,
  ImportResult,
  PageState,
  PageSummary,
  Removed,
  ResponseOf,
  Settings,
  SourceSummary,
} from '../messaging/protocol';
import { type PackOptions, PackService } from './packs';
import { withRatings } from './ratings';
import { TabSummaries } from './tab-summaries';

export interface ServiceOptions {
  /** Opens the database (called once per start). */
  openDb: () => Promise<store.ClaimLensDb>;
  /**
   * Installs the part-of-speech tagger (lib/nlp/parts-of-speech.ts), once per start, before any text is
   * analysed. When it fails, verbs are told by the lexicon's usual part of speech until the next start.
   */
  loadTagger?: () => Promise<void>;
  /**
   * Tells open tabs to annotate again (after references or settings change): all of them, or only those for which
   * `only(tabId)` answers true.
   */
  refreshTabs?: (only?: (tabId: number) => Promise<boolean>) => Promise<void>;
  /** Delay before the start-up snapshot is rewritten after a change (ms). */
  snapshotDelay?: number;
  /** Where what was found on each tab is kept (memory only when not given). */
  tabSummaries?: TabSummaries;
  /** How packs are downloaded and their host permission checked (background/packs.ts). */
  packs?: PackOptions;
  now?: () => Date;
}

/**
 * The blocks of a pasted article, which arrives as plain text. The background has no DOM parser (a service worker
 * has no DOMParser, and a parser bundled in would be most of the background's size): pasted HTML is read where a
 * DOM exists, in the popup or options page, which sends the article's text (lib/reference/article-blocks.ts,
 * articleTextOfHtml). A request that still says `html: true` is refused rather than read as text with its tags.
 */
function pastedArticleBlocks(request: { text: string; html?: boolean }): TextBlock[] {
  if (request.html) {
    throw new Error('An HTML article is read by the page it was pasted into: send the article as text (html: false).');
  }
  return plainArticleBlocks(request.text);
}

export class ReferenceService {
  private loading: Promise<store.Library> | undefined;
  private settings: Settings | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pages: TabSummaries;
  /** How the last start went (for logs and measurements). */
  lastLoad: (store.LoadReport & { milliseconds: number }) | undefined;
  /** The reader's pack subscriptions; their store writes are this service's. */
  readonly packs: PackService;

  constructor(private readonly options: ServiceOptions) {
    this.pages = options.tabSummaries ?? new TabSummaries();
    this.packs = new PackService(this, () => this.now(), options.packs);
  }

  /** Installs the tagger unless it is there; never fails (the analysis falls back to the lexicon). */
  private async loadTagger(): Promise<void> {
    if (!this.options.loadTagger || taggerInstalled()) return;
    try {
      await this.options.loadTagger();
    } catch (error) {
      console.warn(
        `ClaimLens could not load its part-of-speech tagger (${(error as Error)?.message ?? error}): verbs are told by the lexicon until the next start.`,
      );
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Starts loading the index (idempotent); resolves when it is ready. A failed load is retried next call. */
  ready(): Promise<store.Library> {
    if (!this.loading) {
      const started = performance.now();
      this.loading = (async () => {
        // Loaded beside the database; the index is built (and text analysed) only once it is there.
        const tagger = this.loadTagger();
        const db = await this.options.openDb();
        await tagger;
        // A regroup an earlier start or change left owed is done after the load, among the writes: requests are
        // answered meanwhile (a large import's regroup is tens of seconds), from groups the tables hold.
        const { library, report } = await store.loadLibrary(db, undefined, { finishRegroup: false });
        if (report.regroup === 'left') void this.change((loaded) => store.finishRegroup(loaded)).catch(() => undefined);
        this.settings = await store.getSettings(db);
        this.lastLoad = { ...report, milliseconds: Math.round(performance.now() - started) };
        for (const row of report.skipped) {
          // Left out, not lost: the row stays in the database, and the rest of the set works.
          console.warn(`ClaimLens left out a damaged ${row.table} row ${JSON.stringify(row.id)}: it ${row.problem}.`);
        }
        return library;
      })();
      this.loading.catch(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  /**
   * Runs a change after the ones before it; then tells tabs to refresh (all of them, or those `only` picks) and,
   * when the reference set changed, schedules a snapshot. The one write queue of the store: the packs' writes
   * (background/packs.ts) come through it too.
   */
  change<T>(
    operation: (library: store.Library) => Promise<T>,
    referencesChanged = true,
    only?: (tabId: number) => Promise<boolean>,
  ): Promise<T> {
    const run = this.writes.then(async () => {
      const result = await operation(await this.ready());
      if (referencesChanged) this.scheduleSnapshot();
      void this.refreshTabs(only);
      return result;
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async refreshTabs(only?: (tabId: number) => Promise<boolean>): Promise<void> {
    try {
      await this.options.refreshTabs?.(only);
    } catch {
      // A tab that cannot be told will refresh on its next load.
    }
  }

  private scheduleSnapshot(): void {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void this.saveSnapshot(), this.options.snapshotDelay ?? 2000);
  }

  /** Writes the start-up snapshot now (after pending changes). */
  saveSnapshot(): Promise<boolean> {
    clearTimeout(this.snapshotTimer);
    const run = this.writes.then(async () => {
      const library = await this.ready();
      // Same-fact groups a change could not save (no room left) are tried again here, a little after each change.
      await store.finishRegroup(library);
      const revision = await store.currentRevision(library.db);
      return store.writeSnapshot(library.db, library.index, revision);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Installs the seed set unless it was installed before. */
  installSeeds(): Promise<boolean> {
    return this.change((library) => store.installSeeds(library, this.now()));
  }

  /**
   * Annotates a page's blocks under the reader's settings; remembers the result for the tab's popup (with
   * `append`, added to what the tab sent before for the same page).
   */
  async annotatePage(request: BackgroundRequest<'annotatePage'>, tabId?: number): Promise<ResponseOf<'annotatePage'>> {
    const library = await this.ready();
    const settings = this.settings ?? (await store.getSettings(library.db));
    let state: PageState = 'active';
    let annotations: PageAnnotation[] = [];
    if (!settings.enabled) state = 'paused';
    else if (store.isPausedSite(settings, request.url)) state = 'paused-site';
    else if (!request.blocks.some((block) => block.text.trim() !== '')) state = 'no-article';
    else {
      // The reader's "not a match" marks for the page are read from the database while the engine works.
      const rejected = store.rejectedOn(library.db, request.url);
      const { value: found } = await runStepsPausing(
        annotateBlockSteps(library.index, request.blocks, {
          sensitivity: settings.sensitivity,
          // A date the page's own scripts wrote can be anything: only an ISO date dates the page's figures.
          publishedAt: publishedDate(request.publishedAt ?? '') ?? '',
          title: request.title ?? '',
          partOfPage: request.append === true,
        }),
      );
      const kept = store.dropRejected(withRatings(found, library.reviews), await rejected);
      annotations = kept.map((annotation) => withComparisons(annotation, library.index.lexicon));
    }
    if (tabId !== undefined) {
      // Recorded in the background of the answer: reads of the tab's summary wait for it (see TabSummaries).
      this.pages
        .update(tabId, (before) => {
          const kept = request.append && before && samePage(before.url, request.url) ? before.annotations : [];
          return { state, url: request.url, annotations: [...kept, ...annotations] };
        })
        .catch(() => undefined);
    }
    return { annotations, state };
  }

  /**
   * Records which of the tab's annotations carry a badge (the content script's report), when the report is about
   * the tab's current list: the same page (lib/page-identity.ts) and as many annotations (or no badge at all, which holds whatever the
   * list: the page was paused, or its badges went). Returns how many are badged now (the toolbar
   * count), or null when the report was dropped.
   */
  async reportBadges(request: BackgroundRequest<'reportBadges'>, tabId?: number): Promise<number | null> {
    if (tabId === undefined) return null;
    let count: number | null = null;
    await this.pages.update(tabId, (before) => {
      const current = before?.annotations.length === request.annotations || request.badged.length === 0;
      if (!before || !samePage(before.url, request.url) || !current) return before;
      const badged = [...new Set(request.badged)].filter((index) => index < request.annotations).sort((a, b) => a - b);
      count = badged.length;
      return { ...before, badged };
    });
    return count;
  }

  /** The best annotation of one piece of text, or null when it matches nothing. */
  async checkText(text: string): Promise<PageAnnotation | null> {
    const library = await this.ready();
    const sensitivity = this.settings?.sensitivity;
    const found = withRatings(annotateBlocks(library.index, [{ id: 'text', text }], { sensitivity }), library.reviews);
    const rank = (annotation: PageAnnotation) => annotation.sourceCount * 10 + (annotation.matches[0]?.score ?? 0);
    return withComparisons(found.sort((a, b) => rank(b) - rank(a))[0] ?? null, library.index.lexicon);
  }

  /** What a tab's page showed the last time it was annotated (kept across restarts of the background). */
  async pageSummary(tabId: number): Promise<PageSummary> {
    return (await this.pages.get(tabId)) ?? { state: 'not-checked', url: '', annotations: [] };
  }

  /** Forgets a tab that closed or is loading another page. */
  forgetTab(tabId: number): Promise<void> {
    return this.pages.forget(tabId);
  }

  async listSources(): Promise<SourceSummary[]> {
    return store.listSources(await this.ready());
  }

  async listClaims(request: store.ClaimQuery): Promise<{ claims: ReferenceClaim[]; total: number }> {
    return store.listClaims(await this.ready(), request);
  }

  /** The sentences an article would give, without saving anything. */
  async previewArticle(request: BackgroundRequest<'previewArticle'>): Promise<{ claims: string[] }> {
    const blocks = pastedArticleBlocks(request);
    const library = await this.ready();
    // In steps, as addArticle: other tabs are answered while a long article is read.
    const { value: found } = await runStepsPausing(claimsFromBlockSteps('preview', blocks, library.index.lexicon));
    const claims = found.map((claim) => claim.text);
    // As addArticle: a "sentence" longer than a claim may be is not offered.
    return { claims: claims.filter((text) => text.length <= LIMITS.claimText) };
  }

  async addArticle(request: BackgroundRequest<'addArticle'>): Promise<SourceSummary> {
    const blocks = pastedArticleBlocks(request);
    return this.change((library) =>
      store.addArticle(library, { meta: request.meta, blocks, keep: request.claims }, this.now()),
    );
  }

  addClaims(request: BackgroundRequest<'addClaims'>): Promise<ReferenceClaim[]> {
    return this.change((library) => store.addClaims(library, request, this.now()));
  }

  editClaim(request: BackgroundRequest<'editClaim'>): Promise<ReferenceClaim> {
    return this.change((library) => store.editClaim(library, request.id, request.text));
  }

  deleteClaim(request: BackgroundRequest<'deleteClaim'>): Promise<Removed> {
    return this.change((library) => store.deleteClaim(library, request.id));
  }

  deleteSource(request: BackgroundRequest<'deleteSource'>): Promise<Removed> {
    return this.change((library) => store.deleteSource(library, request.id));
  }

  restore(request: Removed): Promise<void> {
    return this.change((library) => store.restore(library, request));
  }

  setSourceEnabled(request: BackgroundRequest<'setSourceEnabled'>): Promise<void> {
    return this.change((library) => store.setSourceEnabled(library, request.id, request.enabled));
  }

  importReferences(request: BackgroundRequest<'importReferences'>): Promise<ImportResult> {
    return this.change((library) => store.importReferences(library, request.fileName, request.content, this.now()));
  }

  async exportReferences(request: BackgroundRequest<'exportReferences'>): Promise<ResponseOf<'exportReferences'>> {
    return store.exportReferences(await this.ready(), request.sourceIds, this.now());
  }

  resetSeeds(request: BackgroundRequest<'resetSeeds'>): Promise<void> {
    return this.change((library) => store.resetSeeds(library, request, this.now()));
  }

  /** Records "not a match"; the tabs showing that page, and only they, are refreshed so the badge goes. */
  markNotAMatch(request: BackgroundRequest<'markNotAMatch'>): Promise<void> {
    // Only the tabs showing that page (lib/page-identity.ts) change: the others are not told to rescan.
    return this.change(
      (library) => store.markNotAMatch(library.db, request, this.now()),
      false,
      (tabId) => this.showsPage(tabId, request.pageUrl),
    );
  }

  /** True when the tab's last annotated page is the page at `url`. */
  private async showsPage(tabId: number, url: string): Promise<boolean> {
    const summary = await this.pages.get(tabId);
    return summary !== undefined && samePage(summary.url, url);
  }

  async getSettings(): Promise<Settings> {
    const library = await this.ready();
    return this.settings ?? store.getSettings(library.db);
  }

  setSettings(change: Partial<Settings>): Promise<Settings> {
    return this.change(async (library) => {
      this.settings = await store.setSettings(library.db, change);
      return this.settings;
    }, false);
  }
}
