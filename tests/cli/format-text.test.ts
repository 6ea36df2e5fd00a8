import { describe, expect, it } from 'vitest';
import { formatText, printable } from '../../cli/format-text';
import type { PageAnnotation } from '../../lib/types';
import { annotation as fixture, match } from '../content/fixtures';

const annotation = (text: string, referenceClaim: string, publisher: string): PageAnnotation => {
  const reference = match({ referenceClaim, differences: [{ kind: 'number', page: '12\x1b[2J', reference: '61' }] });
  return fixture(text, {
    sourceCount: 1,
    matches: [{ ...reference, source: { ...reference.source, publisher, publishedAt: '2025-03-02' } }],
  });
};

describe('the text report', () => {
  it('prints no control sequence a page or a reference file carries', () => {
    const report = formatText(
      { title: 'Ferry fire\x1b]0;owned\x07' },
      [annotation('At least 12\x1b[2J passengers died.', 'The fire killed 61\x9b31m passengers.', 'Coast\u202e guard')],
      false,
    );
    const controls = [...report].filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return (
        (code < 32 && code !== 9 && code !== 10) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
      );
    });
    expect(controls).toEqual([]);
    expect(report).toContain('Ferry fire]0;owned');
    expect(report).toContain('At least 12[2J passengers died.');
    expect(report).toContain('Coast guard, 2025-03-02: The fire killed 6131m passengers.');
  });

  it('keeps its own colours and ordinary text', () => {
    const report = formatText({ title: 'Ferry fire' }, [annotation('At least 12 passengers died.', 'x', 'y')], true);
    expect(report).toContain('\x1b[31m[CONFLICTING (1 source)]\x1b[0m At least 12 passengers died.');
    expect(printable('Tabs\tstay, “quotes” and é too.')).toBe('Tabs\tstay, “quotes” and é too.');
  });
});
