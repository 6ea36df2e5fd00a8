/**
 * The background's packs: subscribe, refresh (the alarm's due packs, or "Refresh now"), turn on or off, remove.
 * The steps are lib/packs' (refreshSubscription, with this background's download, store and clock); the store
 * writes run among the reference service's writes, the downloads outside them, so a slow host holds up nothing
 * but its own pack.
 */
import {
  downloadPack,
  isDue,
  newSubscription,
  type PackDownload,
  PackError,
  type PackSubscription,
  type PackValidators,
  parsePackLink,
  type RefreshDeps,
  refreshSubscription,
} from '../lib/packs';
import * as store from '../lib/store';
import type { ReferenceService } from './service';
import type { SessionArea } from './tab-summaries';

export interface PackOptions {
  /** Downloads a pack (lib/packs/download.ts with the background's fetch when not given). */
  download?: (url: string, validators: PackValidators) => Promise<PackDownload>;
  /**
   * True when the browser still lets the extension download from the pack's origin (the optional host
   * permission the reader granted when subscribing); taken as granted when not given.
   */
  hasAccess?: (url: string) => Promise<boolean>;
  /** A new subscription's id, not one of `taken`: short, without a slash (it prefixes the pack's ids). */
  newId?: (taken: ReadonlySet<string>) => string;
  /**
   * Where subscriptions waiting for the reader's answer to the browser's permission prompt are kept, so that a
   * background woken by the grant still knows them (`storage.session`); in memory when not given.
   */
  waits?: SessionArea;
}

/**
 * How long a subscription asked for in the popup waits for the browser's permission prompt to be answered. The
 * popup may be gone by then (the prompt takes the focus, and a popup that loses it closes): the grant itself then
 * completes the subscription (PackService.granted).
 */
export const GRANT_WAIT_MS = 10 * 60_000;
const WAITS_KEY = 'pack-grant-waits';

interface GrantWait {
  /** The pack's address as the reader gave it (with its `#key=` fragment). */
  url: string;
  /** Epoch milliseconds after which the wait is forgotten. */
  until: number;
}

/** The waits read back from storage; anything else (another version wrote it, or nothing) is none. */
function asWaits(value: unknown): GrantWait[] {
  if (!Array.isArray(value)) return [];
  return value.filter((wait): wait is GrantWait => typeof wait?.url === 'string' && typeof wait?.until === 'number');
}

/** A subscription under way (or, for a grant's, kept for the popup: see PackService.subscribing). */
interface SubscribeRun {
  run: Promise<PackSubscription>;
  done: boolean;
  keepUntil: number;
  /** The pack it subscribed, once done. */
  packId?: string;
}

/** True when the host permission pattern `granted` (as `permissions.onAdded` gives it) covers `url`. */
function covers(granted: string, url: string): boolean {
  const pattern = /^(\*|https?):\/\/([^/]+)\//.exec(granted);
  if (!pattern) return false;
  const { protocol, hostname } = new URL(url);
  return (pattern[1] === '*' || `${pattern[1]}:` === protocol) && pattern[2] === hostname;
}

/** An id that grows with time (so the packs list in the order they were subscribed), with a random tail. */
function timeOrderedId(now: Date, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `pack-${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    if (!taken.has(id)) return id;
  }
}

export class PackService {
  /** The refresh of each pack under way: a second request for the same pack waits for it. */
  private readonly running = new Map<string, Promise<PackSubscription>>();
  /**
   * Each subscription under way, by the pack's address: a second request for it gets the same answer. One that a
   * grant started is kept after it succeeded (until `keepUntil`), for the popup's own request, once: a popup that
   * outlived the browser's prompt sends it too. A failed one, or one whose pack was removed, is forgotten.
   */
  private readonly subscribing = new Map<string, SubscribeRun>();
  private memoryWaits: GrantWait[] = [];
  /** The waits' read-modify-writes, one after another (a grant and a click may come together). */
  private waitsQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly references: ReferenceService,
    private readonly now: () => Date,
    private readonly options: PackOptions = {},
  ) {}

  /** The subscriptions, with their last success and last error. */
  async list(): Promise<PackSubscription[]> {
    return store.listPacks(await this.references.ready());
  }

  /**
   * Subscribes to the pack at `url` (with the key of its `#key=` fragment pinned): downloads and stores it.
   * When that first download fails the subscription is not kept, and the error says why in one line.
   */
  async subscribe(url: string): Promise<PackSubscription> {
    return this.start(parsePackLink(url)).run;
  }

  /** The run subscribing to `link`: the one under way, one a grant kept (given once), or a new one. */
  private start(link: ReturnType<typeof parsePackLink>): SubscribeRun {
    const under = this.subscribing.get(link.url);
    if (under && !under.done) return under;
    if (under && this.now().getTime() < under.keepUntil) {
      this.subscribing.delete(link.url);
      return under;
    }
    const entry: SubscribeRun = { run: this.subscribeOnce(link), done: false, keepUntil: 0 };
    this.subscribing.set(link.url, entry);
    entry.run.then(
      (pack) => {
        entry.done = true;
        entry.packId = pack.id;
        if (entry.keepUntil === 0 && this.subscribing.get(link.url) === entry) this.subscribing.delete(link.url);
      },
      () => {
        entry.done = true;
        if (this.subscribing.get(link.url) === entry) this.subscribing.delete(link.url);
      },
    );
    return entry;
  }

  /**
   * Notes that the popup asked the browser for the pack's origin (sent in the same click, before the answer): the
   * grant, when it comes, subscribes to the pack even if the popup has closed.
   */
  async awaitGrant(url: string): Promise<void> {
    parsePackLink(url);
    await this.changeWaits((waits) => [
      ...waits.filter((wait) => wait.url !== url),
      { url, until: this.now().getTime() + GRANT_WAIT_MS },
    ]);
  }

  /** The reader refused the browser's prompt for the pack at `url`: a later grant of its origin does not subscribe. */
  async forgetGrant(url: string): Promise<void> {
    await this.changeWaits((waits) => waits.filter((wait) => wait.url !== url));
  }

  /**
   * The browser granted `origins` (`permissions.onAdded`): subscribes to each pack that waited for one of them.
   * A failure is the subscription's answer to a popup that is still open; nothing is kept (as in `subscribe`).
   */
  async granted(origins: readonly string[]): Promise<void> {
    const now = this.now().getTime();
    let due: GrantWait[] = [];
    await this.changeWaits((waits) => {
      const current = waits.filter((wait) => wait.until > now);
      due = current.filter((wait) => origins.some((origin) => covers(origin, wait.url)));
      return current.filter((wait) => !due.includes(wait));
    });
    await Promise.all(
      due.map(async ({ url }) => {
        const link = parsePackLink(url);
        const started = !this.subscribing.has(link.url);
        const entry = this.start(link);
        // Kept for the popup only when this grant started it: a popup that subscribed first has its answer.
        if (started && !entry.done) entry.keepUntil = now + GRANT_WAIT_MS;
        await entry.run.catch(() => undefined);
      }),
    );
  }

  /** Applies `change` to the waits, after any change under way. */
  private changeWaits(change: (waits: GrantWait[]) => GrantWait[]): Promise<void> {
    const next = this.waitsQueue.then(async () => this.writeWaits(change(await this.readWaits())));
    this.waitsQueue = next.catch(() => undefined);
    return next;
  }

  private async readWaits(): Promise<GrantWait[]> {
    const area = this.options.waits;
    if (!area) return this.memoryWaits;
    return asWaits((await area.get(WAITS_KEY))[WAITS_KEY]);
  }

  private async writeWaits(waits: GrantWait[]): Promise<void> {
    const area = this.options.waits;
    if (!area) this.memoryWaits = waits;
    else if (waits.length === 0) await area.remove(WAITS_KEY);
    else await area.set({ [WAITS_KEY]: waits });
  }

  private async subscribeOnce(link: ReturnType<typeof parsePackLink>): Promise<PackSubscription> {
    const packs = await this.list();
    const same = packs.find((pack) => pack.url === link.url);
    if (same) throw new Error(`You are already subscribed to this pack ("${same.title || same.url}").`);
    const taken = new Set(packs.map((pack) => pack.id));
    const id = this.options.newId?.(taken) ?? timeOrderedId(this.now(), taken);
    const subscription = newSubscription(id, link);
    // The row first: a background stopped after the claims were stored still knows whose they are.
    await this.references.change((library) => store.savePack(library, subscription), false, noTabs);
    const result = await this.refreshNow(subscription.id);
    if (result.lastSuccess) return result;
    await this.references.change((library) => store.removePack(library, subscription.id), false, noTabs);
    throw new Error(result.lastError ?? 'The pack could not be downloaded.');
  }

  /** Downloads the pack now and stores a new version if there is one; the subscription as it is after. */
  refreshNow(id: string): Promise<PackSubscription> {
    const under = this.running.get(id);
    if (under) return under;
    const run = this.refresh(id).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  private async refresh(id: string): Promise<PackSubscription> {
    const pack = await store.getPack(await this.references.ready(), id);
    const deps: RefreshDeps = {
      download: async (url, validators) => {
        if (this.options.hasAccess && !(await this.options.hasAccess(url))) {
          throw new PackError(
            `ClaimLens no longer has the browser's permission to download from ${new URL(url).host}: remove the pack and subscribe again.`,
          );
        }
        return (this.options.download ?? downloadPack)(url, validators);
      },
      replaceClaims: (packId, articles) =>
        this.references.change(async (library) => {
          await store.getPack(library, packId); // removed while it downloaded: nothing is stored
          await store.replacePackClaims(library, packId, articles, this.now());
        }),
      now: this.now,
    };
    const { subscription } = await refreshSubscription(pack, deps);
    return this.references.change(
      async (library) => {
        // Turned off or removed while it downloaded: the reader's choice stands.
        const current = await library.db.packs.get(id);
        if (!current) return subscription;
        const saved = { ...subscription, enabled: current.enabled };
        await store.savePack(library, saved);
        return saved;
      },
      false,
      noTabs,
    );
  }

  /** Refreshes every pack that is due (lib/packs/schedule.ts, isDue), one after another. */
  async refreshDue(): Promise<void> {
    for (const pack of await this.list()) {
      if (isDue(pack, this.now())) await this.refreshNow(pack.id);
    }
  }

  setEnabled(id: string, enabled: boolean): Promise<PackSubscription> {
    return this.references.change((library) => store.setPackEnabled(library, id, enabled));
  }

  remove(id: string): Promise<void> {
    for (const [url, entry] of this.subscribing) if (entry.packId === id) this.subscribing.delete(url);
    return this.references.change((library) => store.removePack(library, id));
  }
}

/** A change that no page shows (a subscription's row): no tab is told to annotate again. */
const noTabs = async () => false;
