import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '@/lib/content/parts';
import { pageUi } from '@/lib/content/ui';

// The page UI part of the content script (Preact, badges, popover; see lib/content/parts.ts).
export default defineUnlistedScript(() => registerPart('ui', pageUi));
