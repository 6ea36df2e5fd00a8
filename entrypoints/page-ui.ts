import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '@/content/parts';
import { pageUi } from '@/content/ui';

// The page UI part of the content script (Preact, badges, popover; see content/parts.ts).
export default defineUnlistedScript(() => registerPart('ui', pageUi));
