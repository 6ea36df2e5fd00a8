/**
 * The page UI part (page-ui.js, loaded only when a page has something to show): Preact, the badge and the
 * popover. The annotator reaches it through `loadPart('ui')`.
 *
 * nb. Content script only.
 */
import { createBadge } from './badge';
import { createPopover } from './popover';

/** What the UI part gives the annotator. */
export interface PageUi {
  createBadge: typeof createBadge;
  createPopover: typeof createPopover;
}

/** The UI part's registry entry. */
export const pageUi: PageUi = { createBadge, createPopover };
