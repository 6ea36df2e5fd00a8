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

  it('reads letters of other scripts as words', () => {
    expect(tokenizeWords('Зеленский сказал 3 слова').map((token) => token.text)).toEqual([
      'Зеленский',
      'сказал',
      '3',
      'слова',
    ]);
  });
});
