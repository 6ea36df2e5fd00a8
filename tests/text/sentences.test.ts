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

  it('keeps a closing quote with its sentence', () => {
    expect(texts('He said, “We will not go.” She left.')).toEqual(['He said, “We will not go.”', 'She left.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   \n ')).toEqual([]);
  });
});
