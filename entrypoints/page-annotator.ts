import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { attachToPage } from '@/content/main';
import { registerPart } from '@/content/parts';

// The annotator part of the content script (see content/parts.ts): imported by page-gate.js, or injected
// by the background into a page without it. It attaches ClaimLens to the page as it runs.
export default defineUnlistedScript(() => {
  registerPart('annotator', () => attachToPage());
  attachToPage();
});
