import { describe, expect, it } from 'vitest';
import { articleBlocks } from '@/content/blocks';
import { extractArticle } from '@/lib/extract/article';
import { EXTRACT_DIR, loadPage, PAGES_DIR, pageNames } from '../extract/load';

const fixtures = [
  ...pageNames(PAGES_DIR).map((name) => [PAGES_DIR, name] as const),
  ...pageNames(EXTRACT_DIR).map((name) => [EXTRACT_DIR, name] as const),
];

describe('articleBlocks (content script) matches extractArticle().blocks', () => {
  it.each(fixtures)('%s/%s', (dir, name) => {
    const doc = loadPage(dir, name);
    const expected = extractArticle(doc).blocks.map(({ text, element }) => ({ text, element }));
    const actual = articleBlocks(doc);
    expect(actual.map((b) => b.text)).toEqual(expected.map((b) => b.text));
    expect(actual.every((b, i) => b.element === expected[i].element)).toBe(true);
  });
});
