import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchPage } from '@/content/every-page';
import { looksLikeArticle } from '@/lib/extract/gate';

// The every-page part of the content script (see content/parts.ts). An unlisted script that the manifest
// declares as the content script (wxt.config.ts): WXT's content-script wrapper would touch the extension API
// on every page, before the gate.
export default defineUnlistedScript(() => {
  watchPage(document, looksLikeArticle);
});
