/**
 * A long news article generated deterministically: filler paragraphs about an unrelated city (gardens, trams,
 * libraries, weather) with the seed restatements spread through it, one about every 900 words. The same word
 * count always gives the same page, so the browser suites and the speed benchmark see identical text.
 */

import { seededRandom } from '../../../bench/prng';
import { SEED_RESTATEMENTS } from './seed-restatements';

const SUBJECTS = [
  'The parks department',
  'A group of volunteer gardeners',
  'The tram operator',
  'The central library',
  'Local bakers',
  'The harbour museum',
  'Residents of the old quarter',
  'The weather office',
  'A neighbourhood choir',
  'The cycling club',
];
const VERBS = ['planned', 'reopened', 'repainted', 'celebrated', 'measured', 'restored', 'mapped', 'rehearsed'];
const OBJECTS = [
  'the rose beds along the canal',
  'the late-night reading room',
  'the blue trams on the river line',
  'a market of autumn bread',
  'the lighthouse lenses',
  'the cobbled lanes near the fish market',
  'the spring rainfall records',
  'a programme of folk songs',
  'the coastal path',
  'the clock tower',
];
const WHEN = [
  'before the summer festival',
  'over the long weekend',
  'after months of careful work',
  'with help from local schools',
  'as the evenings grew lighter',
  'despite a week of drizzle',
];
const COMMENTS = [
  'Visitors said the change made the district feel calmer.',
  'Organisers thanked everyone who lent a hand.',
  'Shop owners hope the crowds will return in the spring.',
  'A small exhibition explains how the work was done.',
  'Tickets for the guided walks sold out within a day.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function fillerSentence(random: () => number): string {
  if (random() < 0.25) return pick(COMMENTS, random);
  return `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)} ${pick(WHEN, random)}.`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The paragraphs of an article of at least `words` words (the last paragraph may run a little over). */
export function longArticleParagraphs(words: number): string[] {
  const random = seededRandom(words).next;
  const paragraphs: string[] = [];
  let total = 0;
  let nextClaimAt = 300;
  let claim = 0;
  while (total < words) {
    const sentences: string[] = [];
    for (let n = 0; n < 5; n += 1) sentences.push(fillerSentence(random));
    if (total >= nextClaimAt) {
      sentences.splice(2, 0, SEED_RESTATEMENTS[claim % SEED_RESTATEMENTS.length]!.text);
      claim += 1;
      nextClaimAt += 900;
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += countWords(paragraph);
  }
  return paragraphs;
}

/** The seed restatements a `words`-word article contains, in order. */
export function longArticleClaims(words: number): string[] {
  const restatements = new Set(SEED_RESTATEMENTS.map((label) => label.text));
  return longArticleParagraphs(words).flatMap((paragraph) =>
    [...restatements].filter((text) => paragraph.includes(text)),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A complete news page around the generated article. */
export function longArticleHtml(words: number): string {
  const body = longArticleParagraphs(words)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A long week in the harbour city | The Harbour Courier</title>
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2025-01-20">
</head><body>
<header><div class="logo">The Harbour Courier</div><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<article>
<h1>A long week in the harbour city</h1>
<div class="byline">By City Desk · <time datetime="2025-01-20">2025-01-20</time></div>
${body}
</article>
<footer><p>© 2025 The Harbour Courier.</p></footer>
</body></html>
`;
}
