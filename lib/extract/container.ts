/**
 * Finds the element(s) that hold the article body. Each paragraph outside page furniture scores its parent
 * (fully) and grandparent (half) by its length and commas, a much simplified Readability; the best-scoring
 * element wins. When that element sits inside an <article> (else an [itemprop=articleBody]), that element is
 * the container; otherwise the winner is kept together with its siblings that hold article text too.
 */

import { visibleLength } from './dom';
import { isFurniture, isSkippedElement } from './furniture';
import { isLeafBlock, PARAGRAPH_SELECTOR } from './paragraphs';

/** Paragraphs shorter than this (visible characters) do not vote. */
const MIN_PARAGRAPH = 25;
/** A sibling joins the winner when its score is at least this share of the winner's. */
const SIBLING_SHARE = 0.2;
/** A paragraph sibling of the winner joins it when it is at least this long. */
const SIBLING_PARAGRAPH = 80;

const SEMANTIC_FALLBACK = '[itemprop="articleBody"], article, main, [role="main"]';

/**
 * Memoised "is this element, or one of its ancestors, furniture?" (or only skipped tags, without hints). Walks up
 * in a loop, not by recursion: a page (or pasted HTML parsed by linkedom, which has no depth cap) can nest tens
 * of thousands of elements, and a recursive walk ran out of stack at 20,000.
 */
function furnitureCheck(useHints: boolean): (el: Element | null) => boolean {
  const cache = new Map<Element, boolean>();
  return (el: Element | null): boolean => {
    const unknown: Element[] = [];
    let known = false;
    for (let node = el; node; node = node.parentElement) {
      const cached = cache.get(node);
      if (cached !== undefined) {
        known = cached;
        break;
      }
      unknown.push(node);
    }
    // From the outermost unknown ancestor down: an element is furniture when its parent is, or it is itself.
    for (let n = unknown.length - 1; n >= 0; n -= 1) {
      known = known || (useHints ? isFurniture(unknown[n]) : isSkippedElement(unknown[n]));
      cache.set(unknown[n], known);
    }
    return known;
  };
}

/** Element scores from the paragraphs outside furniture; empty when the page has no such paragraph. */
function scoreContainers(doc: Document, useHints: boolean): Map<Element, number> {
  const inFurniture = furnitureCheck(useHints);
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const paragraph of doc.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (!isLeafBlock(paragraph)) continue;
    const text = paragraph.textContent ?? '';
    const length = visibleLength(text);
    if (length < MIN_PARAGRAPH || inFurniture(paragraph)) continue;
    const score = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    const parent = paragraph.parentElement;
    add(parent, score);
    add(parent?.parentElement ?? null, score / 2);
  }
  return scores;
}

function best(scores: Map<Element, number>): Element | undefined {
  let top: Element | undefined;
  for (const [el, score] of scores) if (!top || score > scores.get(top)!) top = el;
  return top;
}

/** The winner and, in document order, those of its siblings that look like more of the same article. */
function withSiblings(top: Element, scores: Map<Element, number>): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = scores.get(top)! * SIBLING_SHARE;
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top) roots.push(top);
    else if (isFurniture(sibling) || sibling.localName === 'h1') continue;
    else if ((scores.get(sibling) ?? 0) >= threshold) roots.push(sibling);
    else if (isLeafBlock(sibling) && visibleLength(sibling.textContent ?? '') >= SIBLING_PARAGRAPH) roots.push(sibling);
  }
  return roots;
}

/**
 * The elements whose blocks make up the article body, in document order. Never empty when the document has
 * a body: with no scored paragraph at all it falls back to the first semantic container, then to <body>.
 */
export function findArticleRoots(doc: Document): Element[] {
  let scores = scoreContainers(doc, true);
  // A layout class such as "sidebar-layout" on a wrapper can hide every paragraph: retry without class hints.
  if (scores.size === 0) scores = scoreContainers(doc, false);
  const top = best(scores);
  if (top) {
    // The <article> rather than its articleBody, so that a standfirst in the article's header is kept.
    const semantic = top.closest('article') ?? top.closest('[itemprop="articleBody"]');
    return semantic ? [semantic] : withSiblings(top, scores);
  }
  const fallback = doc.querySelector(SEMANTIC_FALLBACK) ?? doc.body;
  return fallback ? [fallback] : [];
}
