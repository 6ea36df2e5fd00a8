import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageAnnotator } from '@/lib/content/annotator-part';
import { registerPart } from '@/lib/content/parts';

// The annotator part of the content script (see lib/content/parts.ts), loaded into a page by content.js.
export default defineUnlistedScript(() => registerPart('annotator', createPageAnnotator));
