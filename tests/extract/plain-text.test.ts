import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/plain-text';

const SEEDS = join(__dirname, '../../data/seeds');

describe('articleFromText', () => {
  it('splits on blank lines and numbers the blocks', () => {
    const { blocks } = articleFromText('\n\nFirst paragraph.\n\n\n  Second paragraph.  \r\n\r\nThird.\n');
    expect(blocks.map(({ id, text }) => ({ id, text }))).toEqual([
      { id: 'b0', text: 'First paragraph.' },
      { id: 'b1', text: 'Second paragraph.' },
      { id: 'b2', text: 'Third.' },
    ]);
  });

  it('keeps a hard-wrapped paragraph together and splits one-paragraph-per-line text', () => {
    const wrapped =
      'The port authority said on Tuesday that dredging of the old\nharbour will begin in April, after two years of delays and\na long dispute.\n\nNext.';
    expect(articleFromText(wrapped).blocks.map((b) => b.text)).toEqual([
      'The port authority said on Tuesday that dredging of the old\nharbour will begin in April, after two years of delays and\na long dispute.',
      'Next.',
    ]);
    expect(articleFromText('Headline\nFirst sentence of the story.\nSecond one.').blocks.map((b) => b.text)).toEqual([
      'Headline',
      'First sentence of the story.',
      'Second one.',
    ]);
  });

  it('gives offsets into the text and nothing for blank text', () => {
    const text = 'One.\n\n  Two and more.\nThree.';
    for (const block of articleFromText(text).blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    expect(articleFromText('').blocks).toEqual([]);
    expect(articleFromText(' \n \n\t').blocks).toEqual([]);
  });

  it('takes each paragraph of the seed articles as a block', () => {
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const name of seeds) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const { blocks } = articleFromText(text);
      const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
      expect(blocks.length).toBeGreaterThanOrEqual(paragraphs.length);
      for (const block of blocks) {
        expect(block.text).toBe(block.text.trim());
        expect(text.slice(block.start, block.end)).toBe(block.text);
      }
      expect(blocks.map((b) => b.text)).toContain(text.split('\n').find((line) => line.length > 120));
    }
  });
});
