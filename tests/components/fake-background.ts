/**
 * An in-memory stand-in for the background (and the content script's tab messages), answering the protocol's
 * messages the way the real handlers promise to. Tests install it behind a vi.mock of `sendMessage`.
 */

import type { ListedClaim } from '@/lib/store/claims';
import type { ReferenceClaim, ReferenceSource } from '@/lib/types';
import type {
  ImportResult,
  PackSubscription,
  PageSummary,
  ProtocolMap,
  Removed,
  RequestOf as Request,
  Settings,
  SourceSummary,
} from '@/messaging/protocol';

export interface SentMessage {
  type: keyof ProtocolMap;
  data: unknown;
  /** The tab target for tab messages, undefined for the background. */
  target: unknown;
}

export function makeSource(id: string, overrides: Partial<ReferenceSource> = {}): ReferenceSource {
  return {
    id,
    title: `Source ${id}`,
    publisher: 'Example News',
    url: `https://example.org/${id}`,
    publishedAt: '2024-03-01',
    addedAt: '2024-03-02T10:00:00.000Z',
    origin: 'user',
    enabled: true,
    ...overrides,
  };
}

export function makeClaim(id: string, sourceId: string, text: string): ReferenceClaim {
  return { id, sourceId, text, start: 0, end: text.length };
}

export function makePack(id: string, overrides: Partial<PackSubscription> = {}): PackSubscription {
  return {
    id,
    url: `https://packs.example/${id}.json`,
    title: `Pack ${id}`,
    publisher: 'Lantern Checks',
    version: '3',
    updatedAt: '2026-11-30T00:00:00.000Z',
    enabled: true,
    claimCount: 120,
    lastChecked: '2026-12-01T08:00:00.000Z',
    lastSuccess: '2026-12-01T08:00:00.000Z',
    ...overrides,
  };
}

export class FakeBackground {
  packs: PackSubscription[] = [];
  /** What the next subscribePack adds (its URL is the one sent). */
  nextPack: PackSubscription = makePack('new');
  sources: ReferenceSource[] = [];
  claims: ListedClaim[] = [];
  settings: Settings = { enabled: true, sensitivity: 0.5, pausedSites: [] };
  page: PageSummary = { state: 'active', url: 'https://news.example/story', annotations: [] };
  importResult: ImportResult = { sourcesAdded: 0, claimsAdded: 0, unchanged: 0 };
  extracted: ReturnType<ProtocolMap['extractPage']> = {
    meta: { title: '', publisher: '', url: '', publishedAt: '' },
    text: '',
  };
  /** Messages that reject, with the error the background would give. */
  failures = new Map<keyof ProtocolMap, Error>();
  sent: SentMessage[] = [];

  /** The vi.mock'ed sendMessage forwards here. */
  async send(type: keyof ProtocolMap, data: unknown, target?: unknown): Promise<unknown> {
    this.sent.push({ type, data, target });
    const failure = this.failures.get(type);
    if (failure) throw failure;
    return structuredClone(this.answer(type, data));
  }

  /** Messages of one type, in order. */
  sentOf(type: keyof ProtocolMap): SentMessage[] {
    return this.sent.filter((message) => message.type === type);
  }

  private summaries(): SourceSummary[] {
    return this.sources.map((source) => ({
      ...source,
      claimCount: this.claims.filter((claim) => claim.sourceId === source.id).length,
    }));
  }

  private answer(type: keyof ProtocolMap, data: unknown): unknown {
    switch (type) {
      case 'listSources':
        return this.summaries();
      case 'listClaims': {
        const { sourceId, query, offset = 0, limit = 50 } = data as Request<'listClaims'>;
        const needle = query?.toLowerCase();
        const found = this.claims.filter(
          (claim) =>
            (!sourceId || claim.sourceId === sourceId) && (!needle || claim.text.toLowerCase().includes(needle)),
        );
        return { claims: found.slice(offset, offset + limit), total: found.length };
      }
      case 'editClaim': {
        const { id, text } = data as Request<'editClaim'>;
        const claim = this.claims.find((item) => item.id === id);
        if (!claim) throw new Error('That claim no longer exists.');
        claim.text = text;
        return claim;
      }
      case 'deleteClaim': {
        const { id } = data as Request<'deleteClaim'>;
        const removed: Removed = { sources: [], claims: this.claims.filter((claim) => claim.id === id) };
        this.claims = this.claims.filter((claim) => claim.id !== id);
        return removed;
      }
      case 'deleteSource': {
        const { id } = data as Request<'deleteSource'>;
        const removed: Removed = {
          sources: this.sources.filter((source) => source.id === id),
          claims: this.claims.filter((claim) => claim.sourceId === id),
        };
        this.sources = this.sources.filter((source) => source.id !== id);
        this.claims = this.claims.filter((claim) => claim.sourceId !== id);
        return removed;
      }
      case 'restore': {
        const removed = data as Removed;
        this.sources.push(...removed.sources);
        this.claims.push(...removed.claims);
        return undefined;
      }
      case 'setSourceEnabled': {
        const { id, enabled } = data as Request<'setSourceEnabled'>;
        const source = this.sources.find((item) => item.id === id);
        if (source) source.enabled = enabled;
        return undefined;
      }
      case 'previewArticle': {
        const { text } = data as Request<'previewArticle'>;
        const plain = text.replace(/<[^>]+>/g, ' ');
        return { claims: plain.split(/(?<=\.)\s+/).filter((sentence) => /\d/.test(sentence)) };
      }
      case 'addArticle': {
        const { meta, claims = [] } = data as Request<'addArticle'>;
        const source = makeSource(`s${this.sources.length + 1}`, { ...meta });
        this.sources.push(source);
        claims.forEach((text, index) => {
          this.claims.push(makeClaim(`${source.id}-c${index}`, source.id, text));
        });
        return { ...source, claimCount: claims.length };
      }
      case 'importReferences':
        return this.importResult;
      case 'exportReferences': {
        const { sourceIds } = data as Request<'exportReferences'>;
        const chosen = sourceIds ? this.sources.filter((source) => sourceIds.includes(source.id)) : this.sources;
        return { fileName: 'claimlens-references.json', content: JSON.stringify({ sources: chosen }) };
      }
      case 'resetSeeds':
        return undefined;
      case 'getSettings':
        return this.settings;
      case 'setSettings':
        this.settings = { ...this.settings, ...(data as Partial<Settings>) };
        return this.settings;
      case 'pageSummary':
        return this.page;
      case 'listPacks':
        return this.packs;
      case 'awaitPackGrant':
        return undefined;
      case 'subscribePack': {
        const pack = { ...this.nextPack, url: (data as Request<'subscribePack'>).url };
        this.packs.push(pack);
        return pack;
      }
      case 'refreshPack':
      case 'setPackEnabled': {
        const { id, enabled } = data as Request<'setPackEnabled'>;
        const pack = this.packs.find((item) => item.id === id);
        if (!pack) throw new Error('That pack is no longer in your subscriptions.');
        if (type === 'setPackEnabled') pack.enabled = enabled;
        return pack;
      }
      case 'removePack': {
        const { id } = data as Request<'removePack'>;
        this.packs = this.packs.filter((pack) => pack.id !== id);
        return undefined;
      }
      case 'showAnnotation':
        return true;
      case 'extractPage':
        return this.extracted;
      default:
        throw new Error(`The fake background does not answer ${type}.`);
    }
  }
}
