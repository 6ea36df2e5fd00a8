/**
 * One handler per background message: check the sender, validate the request, call the service.
 * Handlers are plain async functions so tests call them directly (with any sender).
 */
import { pageKey } from '../lib/page-identity';
import type { ProtocolMap } from '../messaging/protocol';
import { type BackgroundMessage, validateRequest } from '../messaging/validate';
import { checkSender, type MessageSender } from './sender';
import type { ReferenceService } from './service';

export type Handlers = {
  [K in BackgroundMessage]: (data: unknown, sender: MessageSender | undefined) => Promise<ReturnType<ProtocolMap[K]>>;
};

export interface ExtensionIdentity {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('/')`: the origin of the extension's own pages. */
  origin: string;
}

/**
 * The site of an address: its origin ("https://news.example"); for an address with an opaque origin (a local
 * file, whose origin is "null", a data: address) the address without its #fragment, since every such page is a
 * site of its own; the address itself when it is not a URL.
 */
function originOf(url: string): string {
  try {
    const { origin } = new URL(url);
    return origin !== 'null' ? origin : pageKey(url);
  } catch {
    return url;
  }
}

/** The message handlers of the background, over a service, for this extension's identity. */
export function createHandlers(service: ReferenceService, self: ExtensionIdentity): Handlers {
  const accept = <K extends BackgroundMessage>(type: K, data: unknown, sender: MessageSender | undefined) => {
    checkSender(type, sender, self.id, self.origin);
    return validateRequest(type, data);
  };
  const tabOf = (sender: MessageSender | undefined) =>
    sender?.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && !sender.url?.startsWith(self.origin)
      ? sender.tab.id
      : undefined;
  return {
    annotatePage: async (data, sender) => service.annotatePage(accept('annotatePage', data, sender), tabOf(sender)),
    reportBadges: async (data, sender) => {
      await service.reportBadges(accept('reportBadges', data, sender), tabOf(sender));
    },
    checkText: async (data, sender) => service.checkText(accept('checkText', data, sender).text),
    listSources: async (data, sender) => {
      accept('listSources', data, sender);
      return service.listSources();
    },
    listClaims: async (data, sender) => service.listClaims(accept('listClaims', data, sender)),
    previewArticle: async (data, sender) => service.previewArticle(accept('previewArticle', data, sender)),
    addArticle: async (data, sender) => service.addArticle(accept('addArticle', data, sender)),
    addClaims: async (data, sender) => service.addClaims(accept('addClaims', data, sender)),
    editClaim: async (data, sender) => service.editClaim(accept('editClaim', data, sender)),
    deleteClaim: async (data, sender) => service.deleteClaim(accept('deleteClaim', data, sender)),
    deleteSource: async (data, sender) => service.deleteSource(accept('deleteSource', data, sender)),
    restore: async (data, sender) => service.restore(accept('restore', data, sender)),
    setSourceEnabled: async (data, sender) => service.setSourceEnabled(accept('setSourceEnabled', data, sender)),
    importReferences: async (data, sender) => service.importReferences(accept('importReferences', data, sender)),
    exportReferences: async (data, sender) => service.exportReferences(accept('exportReferences', data, sender)),
    resetSeeds: async (data, sender) => service.resetSeeds(accept('resetSeeds', data, sender)),
    markNotAMatch: async (data, sender) => {
      const request = accept('markNotAMatch', data, sender);
      // A content script speaks for the site it runs on, not for any page it names (the origin, not the whole
      // address: an in-page navigation changes the path before the browser reports it).
      const page = sender?.url?.startsWith(self.origin) ? undefined : (sender?.url ?? sender?.tab?.url);
      if (page !== undefined && originOf(page) !== originOf(request.pageUrl)) {
        throw new Error('ClaimLens only takes "Not a match" for the site it was given on.');
      }
      return service.markNotAMatch(request);
    },
    getSettings: async (data, sender) => {
      accept('getSettings', data, sender);
      return service.getSettings();
    },
    setSettings: async (data, sender) => service.setSettings(accept('setSettings', data, sender)),
    pageSummary: async (data, sender) => service.pageSummary(accept('pageSummary', data, sender).tabId),
    listPacks: async (data, sender) => {
      accept('listPacks', data, sender);
      return service.packs.list();
    },
    subscribePack: async (data, sender) => service.packs.subscribe(accept('subscribePack', data, sender).url),
    awaitPackGrant: async (data, sender) => {
      const { url, refused } = accept('awaitPackGrant', data, sender);
      return refused ? service.packs.forgetGrant(url) : service.packs.awaitGrant(url);
    },
    refreshPack: async (data, sender) => service.packs.refreshNow(accept('refreshPack', data, sender).id),
    setPackEnabled: async (data, sender) => {
      const { id, enabled } = accept('setPackEnabled', data, sender);
      return service.packs.setEnabled(id, enabled);
    },
    removePack: async (data, sender) => service.packs.remove(accept('removePack', data, sender).id),
  };
}
