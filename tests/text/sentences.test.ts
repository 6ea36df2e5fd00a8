import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets', () => {
    const text = 'One thing happened.  Another thing followed! Did it?';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['One thing happened.', 'Another thing followed!', 'Did it?']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('does not break on titles, months, initials or decimals', () => {
    expect(texts('Mr. Zelensky spoke on Jan. 15 in Kyiv. Growth was 2.7 per cent.')).toEqual([
      'Mr. Zelensky spoke on Jan. 15 in Kyiv.',
      'Growth was 2.7 per cent.',
    ]);
    expect(texts('Author J. K. Rowling wrote it. Dr. Smith agreed.')).toEqual([
      'Author J. K. Rowling wrote it.',
      'Dr. Smith agreed.',
    ]);
  });

  it('keeps dotted acronyms inside a sentence', () => {
    expect(texts('The U.S. military said so. Officials agreed.')).toEqual([
      'The U.S. military said so.',
      'Officials agreed.',
    ]);
  });

  it("starts a sentence at a figure after a plain word's full stop, not after an abbreviation", () => {
    expect(texts('The fleet came to fight against us. 4,000 sailors were lost.')).toEqual([
      'The fleet came to fight against us.',
      '4,000 sailors were lost.',
    ]);
    expect(texts('She said: “We held the bridge.” 12 of them stayed.')).toEqual([
      'She said: “We held the bridge.”',
      '12 of them stayed.',
    ]);
    expect(texts('The toll was approx. 5 people at 5 p.m. 3 boats left.')).toHaveLength(1);
    expect(texts('The U.S. 5th Fleet sailed.')).toEqual(['The U.S. 5th Fleet sailed.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('He said, “We will not go.” She left.')).toEqual(['He said, “We will not go.”', 'She left.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   \n ')).toEqual([]);
  });

  // Sizes at which the earlier quadratic splitting took minutes: these finish only when it is linear.
  it('splits a megabyte of short sentences, each with its offsets', () => {
    const sentence = 'The council met on Friday. ';
    const text = sentence.repeat(40_000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(40_000);
    expect(spans[12_345]).toEqual({
      text: sentence.trim(),
      start: 12_345 * sentence.length,
      end: 12_346 * sentence.length - 1,
    });
    expect(spans.every((span) => text.slice(span.start, span.end) === span.text)).toBe(true);
  });

  it('joins a megabyte of titles ("Mr. Mr. ...") into one sentence', () => {
    const text = `${'Mr. '.repeat(250_000)}Smith left.`;
    expect(splitSentences(text)).toEqual([{ text, start: 0, end: text.length }]);
  });

  it('splits a long run the same way in pieces as whole (a window edge inside a sentence)', () => {
    const paragraph = 'Mr. Lee paid $2.5 million to the U.S. agency in Jan. 2024. Then it was over! ';
    const text = paragraph.repeat(5_000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(10_000);
    expect(new Set(spans.map((span) => span.text))).toEqual(
      new Set(['Mr. Lee paid $2.5 million to the U.S. agency in Jan. 2024.', 'Then it was over!']),
    );
  });
});
