/**
 * Fuzz area (c): the page path. What the CLI and the background do with a page: the article extractor over a
 * parsed document (linkedom, as `claimlens check` and "Add this page" parse it), plain-text paragraphs, sentence
 * splitting and annotation against a reference set, with the comparisons the background adds. A page never gets
 * an error: every case must give a result, and the result must hold together (offsets that cut the sentence
 * out of its block, scores from 0 to 1); a known sentence planted among hostile paragraphs must still be found.
 * Sizes are where the quadratic code of issue 15 took from seconds to minutes.
 */
import { Window } from 'happy-dom';
import { pageFromHtml } from '../../cli/pages';
import { anchorQuotes, insertMarkers, readBlockText } from '../../lib/anchor';
import { withComparisons } from '../../lib/compare/comparison';
import { annotateBlocks, displayText } from '../../lib/engine';
import { extractArticle } from '../../lib/extract/article';
import { articleFromText } from '../../lib/extract/plain-text';
import * as store from '../../lib/store';
import { splitSentences } from '../../lib/text/sentences';
import type { TextBlock } from '../../lib/types';
import { emptyLibrary } from '../helpers/store';
import type { Area, Kind, ResultProblem, Trial } from './harness';
import {
  bytesAsText,
  HOSTILE_CHARS,
  HOSTILE_STRINGS,
  hostileString,
  mutate,
  type Random,
  randomBytes,
  SENTENCES,
  seededRandom,
} from './inputs';
import { withoutPauses } from './store-state';

const NOW = new Date('2025-03-01T00:00:00Z');
const STATUSES = new Set(['corroborated', 'conflicting', 'mixed', 'updated', 'related']);

export interface PageContext {
  library: store.Library;
  /** A browser-like window for the content script's part (anchoring and inserting badges). */
  browser: Window;
}

/** A reference set of the suite's own sentences, one source each. */
async function pageContext(): Promise<PageContext> {
  const library = withoutPauses(await emptyLibrary());
  const lines = SENTENCES.map((text, n) => JSON.stringify({ id: `ref-${n}`, text, title: `Report ${n}` }));
  await store.importReferences(library, 'refs.jsonl', lines.join('\n'), NOW);
  return { library, browser: new Window() };
}

/** What is wrong with a sentence split of `text`, or undefined: spans in order, inside the text, trimmed. */
function checkSpans(text: string): string | undefined {
  let last = 0;
  for (const span of splitSentences(text)) {
    if (span.start < last || span.end <= span.start || span.end > text.length) {
      return `span ${span.start}-${span.end} is out of order or outside the text (${text.length})`;
    }
    if (text.slice(span.start, span.end) !== span.text) return `span ${span.start}-${span.end} is not its text`;
    if (span.text.trim() !== span.text) return `span ${span.start}-${span.end} is not trimmed`;
    last = span.end;
  }
  return undefined;
}

/**
 * Annotates blocks as the background does and checks what comes back: each annotation is its block's text between
 * its offsets, with a known status and scores from 0 to 1; each planted sentence is found with its reference.
 */
function checkAnnotations(context: PageContext, blocks: readonly TextBlock[], planted: string[]): ResultProblem {
  const texts = new Map<string, string>();
  for (const block of blocks) {
    if (typeof block.text !== 'string' || texts.has(block.id)) return { wrong: `block ${block.id} is odd or repeated` };
    texts.set(block.id, block.text);
  }
  const { index } = context.library;
  const annotations = annotateBlocks(index, blocks).map((annotation) => withComparisons(annotation, index.lexicon));
  for (const annotation of annotations) {
    const text = texts.get(annotation.blockId);
    if (text === undefined) return { wrong: `an annotation names block ${annotation.blockId}, not on the page` };
    // The annotation's text is the sentence as shown (white space runs collapsed); its offsets are the block's.
    if (displayText(text.slice(annotation.start, annotation.end)) !== annotation.text) {
      return { wrong: `annotation ${annotation.start}-${annotation.end} is not its block's text` };
    }
    if (!STATUSES.has(annotation.status) || annotation.matches.length === 0) {
      return { wrong: `annotation with status ${annotation.status} and ${annotation.matches.length} matches` };
    }
    if (annotation.matches.some((match) => !(match.score >= 0 && match.score <= 1))) {
      return { wrong: 'a match score outside 0..1' };
    }
  }
  for (const sentence of planted) {
    const found = annotations.some(
      (annotation) =>
        annotation.text === sentence && annotation.matches.some((match) => match.referenceClaim === sentence),
    );
    if (!found) return { wrong: `the planted sentence "${sentence.slice(0, 40)}…" was not found` };
  }
  return undefined;
}

/** An HTML page through the extractor, then annotation; `planted` sentences must be found. */
function htmlTrial(context: PageContext, label: string, html: string, planted: string[] = []): Trial {
  return {
    label,
    mustAccept: 'a page never gets an error',
    run: () => {
      const page = pageFromHtml(html);
      for (const field of [page.title, page.url, page.publisher, page.publishedAt]) {
        if (typeof field !== 'string') return { wrong: 'page metadata that is not text' };
      }
      return checkAnnotations(context, page.blocks, planted);
    },
  };
}

/**
 * What the content script does with the background's answer: anchors each annotation's quote in its block (after
 * random edits to the block's text when `edits` is given, as a live page changes under it) and inserts a marker
 * after each. Each anchor must lie inside the block's text, a planted sentence on an unchanged page must be
 * anchored on its own text, and the markers must leave the block's text as it was.
 */
function anchorTrial(context: PageContext, label: string, html: string, planted: string[], edits?: Random): Trial {
  return {
    label,
    mustAccept: 'anchoring never fails',
    run: () => {
      // A browser-like DOM (happy-dom), as the content script has: linkedom's text nodes cannot be split.
      const document = new context.browser.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const { blocks } = extractArticle(document);
      const annotations = annotateBlocks(context.library.index, blocks);
      const missing = planted.find((sentence) => !annotations.some((annotation) => annotation.text === sentence));
      if (missing) return { wrong: `the planted sentence "${missing.slice(0, 40)}…" was not found` };
      for (const block of blocks) {
        const mine = annotations.filter((annotation) => annotation.blockId === block.id);
        if (mine.length === 0) continue;
        const nodes = readBlockText(block.element).nodes;
        if (edits && nodes.length > 0) {
          const node = edits.pick(nodes);
          node.data = mutate(edits, node.data);
        }
        const quotes = mine.map(({ text, prefix, suffix, start, end }) => ({
          exact: text,
          prefix,
          suffix,
          start,
          end,
        }));
        const anchors = anchorQuotes(block.element, quotes);
        const before = readBlockText(block.element).text;
        const markers = [];
        for (const [n, anchor] of anchors.entries()) {
          const wanted = !edits && planted.includes(mine[n].text);
          if (!anchor) {
            if (wanted) return { wrong: `the planted sentence "${mine[n].text.slice(0, 40)}…" was not anchored` };
            continue;
          }
          const { start, end } = anchor.match;
          if (start < 0 || end <= start || end > before.length) return { wrong: `anchor ${start}-${end} is outside` };
          if (wanted && before.slice(start, end) !== mine[n].text) return { wrong: `anchor ${start}-${end} is off` };
          markers.push({ end: anchor.end, textEnd: end, marker: document.createElement('claimlens-badge') });
        }
        insertMarkers(block.element, markers);
        if (readBlockText(block.element).text !== before) return { wrong: 'inserting markers changed the text' };
      }
      return undefined;
    },
  };
}

/** Plain text through paragraphs and annotation (the CLI's .txt pages, a pasted article). */
function textTrial(context: PageContext, label: string, text: string, planted: string[] = []): Trial {
  return {
    label,
    mustAccept: 'a page never gets an error',
    run: () => {
      const { blocks } = articleFromText(text);
      const bad = blocks.find((block) => text.slice(block.start, block.end) !== block.text);
      if (bad) return { wrong: `paragraph ${bad.id} is not the text between its offsets` };
      return checkAnnotations(context, blocks, planted);
    },
  };
}

/** Sentence splitting alone, on text far larger than a page's paragraph. */
function splitTrial(label: string, text: string): Trial {
  return {
    label,
    mustAccept: 'splitting text never fails',
    run: () => {
      const problem = checkSpans(text);
      return problem ? { wrong: problem } : undefined;
    },
  };
}

/** An article page: the planted sentences and the other paragraphs, inside an <article>. */
function article(paragraphs: string[], head = '<title>Valley news</title>'): string {
  const body = paragraphs.map((text) => `<p>${text}</p>`).join('\n');
  return `<!doctype html><html><head>${head}</head><body><article><h1>Valley news</h1>${body}</article></body></html>`;
}

/** Text as HTML text (so a hostile string stays text, not markup). */
function escaped(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'a', 'b', 'h1', 'h2', 'li', 'ul', 'table', 'td'];
const RAW_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'title'];
const CLASSES = ['story', 'nav', 'comments', 'ad', 'byline', 'caption', 'related', 'article-body', 'footer'];

/** Random tag soup: nested and unclosed elements, raw-text elements, attributes, hostile text. */
function tagSoup(random: Random, depth: number): string {
  let html = '';
  for (let n = random.int(5); n >= 0; n -= 1) {
    const roll = random.int(10);
    if (roll < 3) html += hostileString(random, 80);
    else if (roll < 4) html += random.pick(SENTENCES);
    else if (roll < 5) {
      const tag = random.pick(RAW_TAGS);
      html += `<${tag}>${hostileString(random, 60)}${random.int(2) ? `</${tag}>` : ''}`;
    } else if (depth > 0) {
      const tag = random.pick(TAGS);
      const attributes = random.int(2) ? ` class="${random.pick(CLASSES)}" id="${hostileString(random, 8)}"` : '';
      html += `<${tag}${attributes}>${tagSoup(random, depth - 1)}${random.int(4) ? `</${tag}>` : ''}`;
    } else html += random.pick(HOSTILE_CHARS);
  }
  return html;
}

/** Long pathological texts: each is split whole, and a twentieth of it goes through the page path. */
const RUNS: Record<string, string> = {
  '"Mr. " × 100,000': `${'Mr. '.repeat(100_000)}Smith left.`,
  '"A. " × 130,000 (initials)': 'A. '.repeat(130_000),
  '"U.S. " × 80,000': 'U.S. '.repeat(80_000),
  '"e.g. " × 80,000': 'e.g. '.repeat(80_000),
  '400,000 spaces between two sentences': `${SENTENCES[0]}${' '.repeat(400_000)}${SENTENCES[1]}`,
  '400,000 letters': 'a'.repeat(400_000),
  '400,000 dots': '.'.repeat(400_000),
  '". " × 200,000': '. '.repeat(200_000),
  '"1." × 200,000': '1.'.repeat(200_000),
  '400,000 newlines': '\n'.repeat(400_000),
  '"\u201c" × 200,000 (unclosed quotes)': '\u201c'.repeat(200_000),
  '"(" × 400,000': '('.repeat(400_000),
  '"\u3002" × 200,000 (CJK full stops)': '\u6587\u3002'.repeat(100_000),
  '200,000 combining marks on one letter': `a${'\u0301'.repeat(200_000)}.`,
  '100,000 lone surrogates': `${'\ud800x'.repeat(100_000)}.`,
  '100,000 bidi overrides': `${'\u202ex. '.repeat(100_000)}`,
  '200,000 NUL': '\u0000'.repeat(200_000),
  '400 KB of ordinary sentences': `${SENTENCES.join(' ')} `.repeat(1_400),
};

const pageKinds: Kind<PageContext>[] = [
  {
    name: 'random bytes as a page',
    *trials(context) {
      const random = seededRandom(301);
      for (let n = 0; n < 20; n += 1) {
        const text = bytesAsText(randomBytes(random, 1 + random.int(5_000)), random.int(2) ? 'utf8' : 'latin1');
        yield htmlTrial(context, `#${n} as HTML`, text);
        yield textTrial(context, `#${n} as text`, text);
      }
    },
  },
  {
    name: 'random tag soup',
    *trials(context) {
      const random = seededRandom(302);
      for (let n = 0; n < 40; n += 1) {
        const soup = tagSoup(random, 6);
        yield htmlTrial(context, `#${n}`, random.int(2) ? soup : article([escaped(hostileString(random, 200))]) + soup);
      }
    },
  },
  {
    name: 'random text',
    *trials(context) {
      const random = seededRandom(303);
      for (let n = 0; n < 30; n += 1) {
        const text = Array.from({ length: 1 + random.int(6) }, () =>
          random.int(3) ? hostileString(random, 400) : random.pick(SENTENCES),
        ).join(random.pick([' ', '\n', '\n\n', '']));
        yield splitTrial(`#${n} split`, text);
        yield textTrial(context, `#${n} as text`, text);
      }
    },
  },
  {
    name: 'planted sentences among hostile paragraphs',
    *trials(context) {
      for (const [name, hostile] of Object.entries(HOSTILE_STRINGS)) {
        const paragraphs = [escaped(hostile), SENTENCES[0], escaped(hostile), SENTENCES[2]];
        yield htmlTrial(context, `${name} (HTML)`, article(paragraphs), [SENTENCES[0], SENTENCES[2]]);
        yield textTrial(context, `${name} (text)`, paragraphs.join('\n\n'), [SENTENCES[0], SENTENCES[2]]);
      }
    },
  },
  {
    name: 'huge runs and pathological text',
    *trials(context) {
      for (const [name, text] of Object.entries(RUNS)) {
        yield splitTrial(`${name}, split`, text);
        const part = text.slice(0, Math.ceil(text.length / 20));
        const planted = [SENTENCES[1]];
        yield htmlTrial(
          context,
          `a twentieth of ${name} in an article`,
          article([escaped(part), SENTENCES[1]]),
          planted,
        );
        yield textTrial(context, `a twentieth of ${name} as text`, `${part}\n\n${SENTENCES[1]}`, planted);
      }
    },
  },
  {
    name: 'anchoring in hostile blocks',
    *trials(context) {
      const random = seededRandom(304);
      for (const [name, hostile] of Object.entries(HOSTILE_STRINGS)) {
        // The hostile text, then the planted sentence after a full stop, in one paragraph with inline markup. (Not
        // in a link: a paragraph that is mostly link text is a link list, which the extractor leaves out.)
        const html = article([`<span class="quote">${escaped(hostile)}</span>. <em>${SENTENCES[0]}</em>`]);
        yield anchorTrial(context, `${name}`, html, [SENTENCES[0]]);
        yield anchorTrial(context, `${name}, page edited`, html, [SENTENCES[0]], random);
      }
      for (const [name, text] of Object.entries(RUNS)) {
        const html = article([`${escaped(text.slice(0, 10_000))} ${SENTENCES[2]}`, SENTENCES[3]]);
        yield anchorTrial(context, `${name} (10,000 characters)`, html, [SENTENCES[3]]);
        yield anchorTrial(context, `${name} (10,000 characters), page edited`, html, [SENTENCES[3]], random);
      }
      for (let n = 0; n < 20; n += 1) {
        const html = article([SENTENCES[n % 4], tagSoup(random, 4), SENTENCES[(n + 1) % 4]]);
        yield anchorTrial(context, `tag soup #${n}, page edited`, html, [], random);
      }
    },
  },
  {
    name: 'deep and wide markup',
    *trials(context) {
      const nested = (tag: string, depth: number, inner: string) =>
        `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;
      yield htmlTrial(context, '5,000 nested divs around the article', nested('div', 5_000, article([SENTENCES[3]])));
      yield htmlTrial(context, '20,000 unclosed divs', `${'<div>'.repeat(20_000)}<p>${SENTENCES[3]}</p>`);
      yield htmlTrial(context, '2,000 nested <b> in a paragraph', article([nested('b', 2_000, SENTENCES[3])]));
      yield htmlTrial(context, '50,000 empty paragraphs', article([...new Array(50_000).fill(''), SENTENCES[3]]), [
        SENTENCES[3],
      ]);
      yield htmlTrial(context, '5,000 short paragraphs', article(new Array(5_000).fill('A quiet day.')));
      yield htmlTrial(context, '100,000 <br>', article([`${'<br>'.repeat(100_000)}${SENTENCES[3]}`]));
      yield htmlTrial(context, '20,000 links in a paragraph', article(['<a href="/x">x</a> '.repeat(20_000)]));
      yield htmlTrial(context, '10,000 unclosed comments', `${'<!--'.repeat(10_000)}${article([SENTENCES[3]])}`);
      yield htmlTrial(context, 'an article with no body', '<!doctype html><html><head><title>x</title></head></html>');
      yield htmlTrial(context, 'an empty document', '');
    },
  },
  {
    name: 'hostile metadata',
    *trials(context) {
      const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
      const heads: Record<string, string> = {
        'a <title> of "Big fire - " × 40,000': `<title>${'Big fire - '.repeat(40_000)}|x</title>`,
        '2,000 meta tags': '<meta property="og:title" content="T">'.repeat(2_000),
        'a meta content of 400,000 characters': `<meta property="og:title" content="${'t'.repeat(400_000)}">`,
        'bidi and NUL in the title': `<title>\u202eValley\u0000 news\u2066</title>`,
        'a NewsArticle with a nonsense date': ld(
          '{"@type": "NewsArticle", "datePublished": "31/02/99 <b>", "headline": 5}',
        ),
        'a NewsArticle 10,000 deep': ld(
          `{"@type": "NewsArticle", "author": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
        ),
        'JSON-LD of bad JSON': ld('{"@type": "NewsArticle", nope'),
        'a <time> with a nonsense datetime': '<time datetime="9999-99-99T99:99">then</time>',
      };
      for (const [name, head] of Object.entries(heads)) {
        yield htmlTrial(context, name, article([SENTENCES[1], SENTENCES[3]], head), [SENTENCES[1], SENTENCES[3]]);
      }
      // An unclosed script swallows the rest of the page (in a browser too): after the article, it hides nothing.
      const unclosed = '<script type="application/ld+json">{'.repeat(20_000);
      yield htmlTrial(context, '20,000 unclosed JSON-LD tags after the article', article([SENTENCES[1]]) + unclosed, [
        SENTENCES[1],
      ]);
    },
  },
];

/** Area (c) of the fuzz suite. */
export const pageArea: Area<PageContext> = { name: 'Page path', context: pageContext, kinds: pageKinds };
