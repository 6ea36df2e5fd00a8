/**
 * Signals that an element holds page furniture rather than article text: its tag (nav, footer, aside, ...) or
 * the words of its class and id ("byline", "promo", "cookie", "related", ...). Used to leave whole regions out.
 */

import { findAncestor, hasDescendant, isSkippedElement } from './dom';

/** Class/id words of page furniture. Whole words only: "ad" matches "ad-slot" but not "header" or "lead". */
const FURNITURE_WORD =
  /^(ads?|adv|advert\w*|adslot|dfp|sponsor\w*|promo\w*|banner|byline\w*|author\w*|cookies?|consent|gdpr|newsletters?|signup|subscribe|related\w*|recommend\w*|shares?|sharing|sharebar|social\w*|comments?|commenting|disqus|discussion|sidebar\w*|rail|widgets?|footer\w*|captions?|credits?|nav|navbar|navigation|menu|breadcrumbs?|tags?|topics|popular|trending|mostread|most|outbrain|taboola|twitter\w*|tweet|instagram\w*|tiktok\w*|embed\w*|modal|popup|overlay|toolbar|tools|meta|pagination|pager)$/;

/** Tags that hold furniture as a whole region (their paragraphs are not the article's). */
const FURNITURE_TAGS = new Set(['footer', 'form', 'menu']);

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

/** An element that marks the article (or the page's main content) as such. */
function isArticleWrapper(el: Element): boolean {
  return (
    el.localName === 'article' ||
    el.localName === 'main' ||
    el.getAttribute('role') === 'main' ||
    el.getAttribute('itemprop') === 'articleBody'
  );
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
