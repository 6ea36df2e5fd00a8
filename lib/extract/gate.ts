/**
 * A cheap first look at a page: does it hold an article worth checking? Runs in the content script on every
 * page, so it reads at most a bounded sample of paragraphs and never walks the whole page text. What counts
 * as furniture is furniture.ts's (its cheap landmark check).
 */

import { isFurnitureLandmark } from './furniture';

/** At most this many <p> elements are read. */
const SAMPLE_LIMIT = 300;
/** A paragraph counts when it has at least this many characters of text. */
const MIN_PARAGRAPH = 40;
/** A paragraph whose links cover more than this share of its text is a teaser or a link line. */
const MAX_LINK_SHARE = 0.5;
/** Text of an article: this many counted paragraphs under one parent or grandparent... */
const MIN_SIBLINGS = 3;
/** ...holding together at least this many characters. */
const MIN_BODY_CHARS = 180;
/** With article metadata (og:type article, a publication date) a shorter body is enough. */
const MIN_BODY_CHARS_WITH_METADATA = 80;

/** True when the paragraph sits in a furniture region (navigation, a footer, a sidebar, a form, a dialog, ...). */
function inFurniture(paragraph: Element): boolean {
  for (let el = paragraph.parentElement; el; el = el.parentElement) if (isFurnitureLandmark(el)) return true;
  return false;
}

/** The sampled paragraphs under one parent (or grandparent) that passed the filters. */
interface Body {
  holder: Element;
  count: number;
  chars: number;
  /** Links inside those paragraphs. */
  links: number;
}

/** True when the page's head says it is an article (Open Graph, article dates, JSON-LD of an article kind). */
function hasArticleMetadata(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"], meta[property="article:published_time"]')) {
    return true;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // nb. `\s*(?:\[\s*)?`, not `\s*\[?\s*`: two white-space runs side by side backtrack quadratically.
    if (/"@type"\s*:\s*(?:\[\s*)?"(News|Blog|Report|Scholarly)?(Article|Posting)/.test(script.textContent ?? '')) {
      return true;
    }
  }
  return false;
}

/**
 * True when the page looks like an article: some element holds several paragraphs of real text as children or
 * grandchildren (article paragraphs sit together; search results and app shells put one teaser per card, with
 * a title link beside it, or none), outside navigation, footers, sidebars and forms. Reads at most SAMPLE_LIMIT paragraphs; no layout, no writes.
 */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.documentElement || !doc.body) return false;
  const paragraphs = doc.getElementsByTagName('p');
  const bodies = new Map<Element, Body>();
  let best: Body = { holder: doc.body, count: 0, chars: 0, links: 0 };
  // Indexed reads only: the length of a live collection would count every <p> of the page.
  for (let i = 0; i < SAMPLE_LIMIT; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH || !paragraph.parentElement) continue;
    const links = paragraph.getElementsByTagName('a');
    let linked = 0;
    for (let j = 0; j < links.length; j++) linked += (links[j].textContent ?? '').length;
    if (linked > length * MAX_LINK_SHARE || inFurniture(paragraph)) continue;
    // Credit the parent and the grandparent: some sites wrap each paragraph in a <div> of its own.
    for (const holder of [paragraph.parentElement, paragraph.parentElement.parentElement]) {
      if (!holder) continue;
      const body = bodies.get(holder) ?? { holder, count: 0, chars: 0, links: 0 };
      body.count += 1;
      body.chars += length;
      body.links += links.length;
      bodies.set(holder, body);
      if (body.chars > best.chars) best = body;
    }
  }
  // A results list puts a title link beside each snippet; an article's links sit inside its paragraphs.
  // Indexed read: is there a link beyond those inside the paragraphs, one per paragraph? (Bounded by the sample.)
  if (best.count > 0 && best.holder.getElementsByTagName('a')[best.links + best.count - 1]) return false;
  if (best.count >= MIN_SIBLINGS && best.chars >= MIN_BODY_CHARS) return true;
  return best.count >= 2 && best.chars >= MIN_BODY_CHARS_WITH_METADATA && hasArticleMetadata(doc);
}
