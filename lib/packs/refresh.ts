/**
 * A subscription's life between downloads: subscribe, refresh (200 or 304), and what a failure leaves. Pure
 * apart from the three things passed in (download, store, clock), so the background's schedule and "Refresh now"
 * run the same steps as the tests with fakes. The rule it keeps: the pack's claims change only when a whole
 * new version was downloaded, read and accepted by key pinning, and stored in one transaction; anything less
 * keeps the last good version and records what went wrong and when it last worked.
 */
import { LIMITS } from '../limits';
import type { ReferenceArticle } from '../reference/seeds';
import { runSteps, runStepsPausing, SLICE_MS, type Steps } from '../steps';
import type { PackDownload, PackValidators } from './download';
import { PackError } from './errors';
import { openPack, type PackMeta } from './format';
import { decidePin, type KeyPin } from './pinning';
import type { PackLink } from './url';

/** A reader's subscription to one pack, as the background stores it (the pack row of the data model). */
export interface PackSubscription extends PackMeta, PackValidators, KeyPin {
  /** Short id; it prefixes the ids of the pack's sources and claims, so two packs never share a source. */
  id: string;
  url: string;
  enabled: boolean;
  claimCount: number;
  /** ISO timestamps of the last attempt and the last time the pack was up to date. */
  lastChecked?: string;
  lastSuccess?: string;
  /** Why the last attempt failed, in one line; absent after a success. */
  lastError?: string;
}

export interface RefreshDeps {
  download(url: string, validators: PackValidators): Promise<PackDownload>;
  /**
   * Replaces every source and claim of the pack with these, in one transaction: when it throws, the store
   * holds the pack's previous claims, unchanged.
   */
  replaceClaims(packId: string, articles: ReferenceArticle[]): Promise<void>;
  now(): Date;
}

export type RefreshOutcome = 'updated' | 'unchanged' | 'failed';

/** A subscription before its first download: the key given with the link is pinned from the start. */
export function newSubscription(id: string, link: PackLink): PackSubscription {
  const pin: KeyPin = link.publicKey ? { publicKey: link.publicKey, keyFrom: 'url' } : {};
  return {
    id,
    url: link.url,
    title: '',
    publisher: '',
    version: '',
    updatedAt: '',
    enabled: true,
    claimCount: 0,
    ...pin,
  };
}

/** The id a pack's source or claim is stored under: the pack's id, a slash, the id in the file. */
export function packScopedId(packId: string, id: string): string {
  return `${packId}/${id}`;
}

/**
 * The pack's articles with ids scoped to the pack (so removing a pack removes exactly its claims, and two packs
 * using the same ids stay apart) and every source enabled as the subscription is. A scoped id over its limit is
 * a PackError.
 */
export function scopeArticles(
  packId: string,
  articles: readonly ReferenceArticle[],
  enabled = true,
): ReferenceArticle[] {
  return runSteps(scopeSteps(packId, articles, enabled));
}

/** Articles scoped per step of scopeSteps (a millisecond or two; the background runs them in slices). */
const SCOPE_STEP = 500;

/** scopeArticles in steps, so the background answers other messages while it scopes a pack of 100,000 claims. */
export function* scopeSteps(
  packId: string,
  articles: readonly ReferenceArticle[],
  enabled = true,
): Steps<ReferenceArticle[]> {
  const scoped = (id: string, limit: number) => {
    const out = packScopedId(packId, id);
    if (out.length > limit)
      throw new PackError(
        `The pack's id "${id.slice(0, 40)}…" is too long to store (the limit is ${limit} characters).`,
      );
    return out;
  };
  const out: ReferenceArticle[] = [];
  for (const { source, claims } of articles) {
    const sourceId = scoped(source.id, LIMITS.sourceId);
    out.push({
      source: { ...source, id: sourceId, enabled },
      claims: claims.map((claim) => ({
        ...claim,
        id: scoped(claim.id, LIMITS.claimId),
        sourceId,
        ...(claim.groupId === undefined ? {} : { groupId: scoped(claim.groupId, LIMITS.claimId) }),
      })),
    });
    if (out.length % SCOPE_STEP === 0) yield;
  }
  return out;
}

/** A downloaded version read, checked by key pinning and scoped: what storing it and the subscription need. */
interface ReadVersion {
  articles: ReferenceArticle[];
  meta: PackMeta;
  validators: PackValidators;
  pin: KeyPin;
}

/**
 * Downloads and reads the pack's new version, if any: "not-modified", the reason it is refused, or its scoped
 * articles with what the subscription keeps. Only these outlive it: the downloaded text, the parsed document and
 * the articles as the file gave them (a pack of 100,000 claims is some millions of objects) can be collected while
 * the version is stored, instead of making every collection during the store's work longer.
 */
async function readVersion(
  subscription: PackSubscription,
  deps: RefreshDeps,
  validators: PackValidators,
  checkedAt: string,
): Promise<ReadVersion | 'not-modified' | { refused: string }> {
  const download = await deps.download(subscription.url, validators);
  if (download.status === 'not-modified') return 'not-modified';
  const pack = await openPack(download.content, subscription.url, checkedAt);
  const decision = decidePin({ publicKey: subscription.publicKey, keyFrom: subscription.keyFrom }, pack.signature);
  if (!decision.accept) return { refused: decision.reason };
  const { value: articles } = await runStepsPausing(
    scopeSteps(subscription.id, pack.articles, subscription.enabled),
    undefined,
    { sliceMs: SLICE_MS },
  );
  return { articles, meta: pack.meta, validators: download.validators, pin: decision.pin };
}

/**
 * Downloads the pack (conditionally, with the last good version's validators), checks it and, when it is new and
 * acceptable, stores it. Never throws: a failure comes back as the subscription with `lastError`, every other
 * field (claims, metadata, validators, pinned key, last success) as it was.
 */
export async function refreshSubscription(
  subscription: PackSubscription,
  deps: RefreshDeps,
): Promise<{ subscription: PackSubscription; outcome: RefreshOutcome }> {
  const checkedAt = deps.now().toISOString();
  const failed = (reason: string) => ({
    subscription: { ...subscription, lastChecked: checkedAt, lastError: reason },
    outcome: 'failed' as const,
  });
  try {
    // Validators only once a version was stored: a pack refused last time is downloaded whole again.
    const validators: PackValidators = subscription.lastSuccess
      ? { etag: subscription.etag, lastModified: subscription.lastModified }
      : {};
    const version = await readVersion(subscription, deps, validators, checkedAt);
    if (version === 'not-modified') {
      if (!subscription.lastSuccess) return failed('The host answered "not modified" to a first download.');
      const { lastError: _cleared, ...rest } = subscription;
      return { subscription: { ...rest, lastChecked: checkedAt, lastSuccess: checkedAt }, outcome: 'unchanged' };
    }
    if ('refused' in version) return failed(version.refused);
    const { articles, meta, validators: downloaded, pin } = version;
    try {
      await deps.replaceClaims(subscription.id, articles);
    } catch (error) {
      return failed(`The pack could not be stored (${(error as Error)?.message || 'storage error'}).`);
    }
    const { lastError: _cleared, etag: _etag, lastModified: _lastModified, ...rest } = subscription;
    return {
      subscription: {
        ...rest,
        ...meta,
        ...downloaded,
        ...pin,
        claimCount: articles.reduce((sum, article) => sum + article.claims.length, 0),
        lastChecked: checkedAt,
        lastSuccess: checkedAt,
      },
      outcome: 'updated',
    };
  } catch (error) {
    if (error instanceof PackError) return failed(error.message);
    return failed(`The pack could not be read (${(error as Error)?.message || String(error)}).`);
  }
}
