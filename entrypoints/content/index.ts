import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '@/lib/content/main';
import { looksLikeArticle } from '@/lib/extract/gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, looksLikeArticle);
  },
});
