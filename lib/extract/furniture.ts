/**
 * The one definition of page furniture: the parts of a page that are not article text (navigation, sidebars,
 * footers, forms, dialogs, promos, bylines, ad labels). Three readers share it:
 *  - the gate (gate.ts) asks the cheap `isFurnitureLandmark`: tags and ARIA roles only, on every page;
 *  - the extractor (container.ts, blocks.ts) asks `isFurniture`, which adds the words of class and id and the
 *    exceptions for wrappers of the article, to leave whole regions out;
 *  - the block collector (blocks.ts) asks `isFurnitureLine` of a short block's text (an ad label, a byline).
 * It also says which elements are skipped wherever they sit, even inside a paragraph (`isSkippedElement`): the
 * furniture tags nav, aside and dialog, and the tags that hold no article text at all (scripts, controls, media).
 */

import { findAncestor, hasDescendant } from './tree';

/** Class/id words of page furniture. Whole words only: "ad" matches "ad-slot" but not "header" or "lead". */
const FURNITURE_WORD =
  /^(ads?|adv|advert\w*|adslot|dfp|sponsor\w*|promo\w*|banner|byline\w*|author\w*|cookies?|consent|gdpr|newsletters?|signup|subscribe|related\w*|recommend\w*|shares?|sharing|sharebar|social\w*|comments?|commenting|disqus|discussion|sidebar\w*|rail|widgets?|footer\w*|captions?|credits?|nav|navbar|navigation|menu|breadcrumbs?|tags?|topics|popular|trending|mostread|most|outbrain|taboola|twitter\w*|tweet|instagram\w*|tiktok\w*|embed\w*|modal|popup|overlay|toolbar|tools|meta|pagination|pager)$/;

/** Furniture regions that are left out wherever they sit, even when they wrap the article. */
const ALWAYS_FURNITURE_TAGS = ['nav', 'aside', 'dialog'];
/**
 * Furniture regions that `isFurniture` lets wrap the article (a whole page inside one <form>); the gate does not
 * look that far.
 */
const FURNITURE_TAGS = new Set(['footer', 'form', 'menu']);
/** Both kinds, for the gate's cheap check. */
const LANDMARK_TAGS = new Set([...ALWAYS_FURNITURE_TAGS, ...FURNITURE_TAGS]);

/**
 * Elements whose text is never article text, wherever they sit (also inside a paragraph): the always-furniture
 * regions, and tags that hold scripts, controls, media or captions.
 */
const SKIPPED_TAGS = new Set([
  ...ALWAYS_FURNITURE_TAGS,
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'label',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'figure',
  'figcaption',
]);

/** ARIA roles of regions that are not article text (banner and contentinfo are the page header and footer). */
const FURNITURE_ROLES = new Set([
  'navigation',
  'search',
  'dialog',
  'alertdialog',
  'complementary',
  'contentinfo',
  'banner',
]);

/** Tags that are never furniture themselves, whatever their class says. */
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);

/** Words that make the rest of a class name a layout switch ("has-sidebar", "no-comments"), not a region. */
const LAYOUT_SWITCH = new Set(['has', 'with', 'no', 'without', 'show', 'hide', 'enable', 'disable', 'is']);

/** Bylines, date lines and ad labels are short. */
const SHORT_LINE = 100;

/** True for an element whose whole subtree is left out of block text (see SKIPPED_TAGS, `hidden`). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden');
}

/** An element that marks the article (or the page's main content) as such. */
function isArticleWrapper(el: Element): boolean {
  return (
    el.localName === 'article' ||
    el.localName === 'main' ||
    el.getAttribute('role') === 'main' ||
    el.getAttribute('itemprop') === 'articleBody'
  );
}

/**
 * True when the element is a furniture region by its tag or ARIA role alone: nav, aside, dialog, footer, form or
 * menu, or a navigation, search, dialog, complementary, banner or contentinfo role. Cheap (no class words, no
 * walk of the subtree), for the gate that runs on every page.
 */
export function isFurnitureLandmark(el: Element): boolean {
  return LANDMARK_TAGS.has(el.localName) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '');
}

/** True when the element's class or id words say it is page furniture. */
export function hasFurnitureHint(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  for (const name of names) {
    for (const word of name.split(/[^a-z0-9]+/)) {
      if (LAYOUT_SWITCH.has(word)) break;
      if (word !== '' && FURNITURE_WORD.test(word)) return true;
    }
  }
  return false;
}

/**
 * True when the element, as a region, is not article text: a skipped tag, a page-level header, a footer,
 * a comment or sign-up form, or an element whose class/id says furniture. Elements that wrap the article
 * (they contain an <article>, <main> or articleBody) are never furniture, so a layout class such as
 * "has-sidebar" on a wrapper does not hide the story.
 */
export function isFurniture(el: Element): boolean {
  const tag = el.localName;
  if (isSkippedElement(el) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (CONTENT_TAGS.has(tag)) return false;
  if (tag === 'header') return !findAncestor(el, isArticleWrapper);
  return (FURNITURE_TAGS.has(tag) || hasFurnitureHint(el)) && !hasDescendant(el, isArticleWrapper);
}

/**
 * True for the text of an ad label, a byline ("By Staff Reporter · 2025-01-13") or a date line: furniture that
 * sits among the article's paragraphs, with nothing in its markup to say so.
 */
export function isFurnitureLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length >= SHORT_LINE) return false;
  if (/^(advertisement|advertising|sponsored|sponsored content|ad|story continues below)$/i.test(line)) return true;
  if (/^(published|updated|posted|last updated|first published)\b/i.test(line)) return true;
  return /^by\s+\p{Lu}/u.test(line) && !/[.!?]["”’']?$/.test(line);
}
