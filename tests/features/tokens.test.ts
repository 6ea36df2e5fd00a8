import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/prng';
import { tokenizeWords } from '../../lib/features/tokens';

/** Tokens found with the Unicode pattern alone: the reference behaviour the Latin fast path must keep. */
function unicodeTokens(text: string): string[] {
  // A character past U+206F sends the text down the Unicode path; strip it back out of the tokens after.
  return tokenizeWords(`${text} \u4e00`)
    .map((token) => token.text)
    .filter((word) => word !== '\u4e00');
}

describe('tokenizeWords', () => {
  it('keeps words, numbers, inner apostrophes and hyphenated parts; drops possessives and addresses', () => {
    const text = 'Seoul’s spy agency (NIS) said 2.5 million didn’t go — see https://example.org/x or Kim Jong-un.';
    expect(tokenizeWords(text).map((token) => token.text)).toEqual([
      'Seoul',
      'spy',
      'agency',
      'NIS',
      'said',
      '2.5',
      'million',
      'didn’t',
      'go',
      'see',
      'or',
      'Kim',
      'Jong',
      'un',
    ]);
    expect(tokenizeWords('didn’t')[0]!.lower).toBe("didn't");
  });

  it('finds the same tokens in Latin-script text as the Unicode pattern does', () => {
    const random = seededRandom(7);
    // Every character from U+0000 to U+024F, plus general punctuation (curly quotes, dashes).
    const alphabet = [...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)), ...'’‘“”—–… '];
    for (let n = 0; n < 300; n += 1) {
      const text = Array.from({ length: 60 }, () => random.pick(alphabet)).join('');
      expect(tokenizeWords(text).map((token) => token.text)).toEqual(unicodeTokens(text));
    }
  });

  it('reads a designator written apart from its number as one word, not a year or a figure after a code', () => {
    const words = (text: string) => tokenizeWords(text).map((token) => token.text);
    expect(words('Flight 4Q 2031 was diverted.')).toEqual(['Flight', '4Q2031', 'was', 'diverted']);
    expect(words('The 4Q2031 was diverted.')).toEqual(['The', '4Q2031', 'was', 'diverted']);
    // Two capitals are a code only after "flight": "the UK 300" is a country and a count.
    expect(words('on flight VX 88 to Lima')).toEqual(['on', 'flight', 'VX88', 'to', 'Lima']);
    expect(words('the UK 300 soldiers')).toEqual(['the', 'UK', '300', 'soldiers']);
    // A year after a code, and digits glued to more digits, stay apart.
    expect(words('the G7 2024 summit')).toEqual(['the', 'G7', '2024', 'summit']);
    expect(words('the G7 2,000 delegates')).toEqual(['the', 'G7', '2', '000', 'delegates']);
    const [, joined] = tokenizeWords('Flight 4Q 2031');
    expect([joined.start, joined.end, joined.lower]).toEqual([7, 14, '4q2031']);
  });

  it('reads letters of other scripts as words', () => {
    expect(tokenizeWords('Зеленский сказал 3 слова').map((token) => token.text)).toEqual([
      'Зеленский',
      'сказал',
      '3',
      'слова',
    ]);
  });
});
