import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { withoutDateline } from '../../lib/text/dateline';

describe('a wire dateline', () => {
  it.each([
    'TAVIRA, Sept 9 – Nine people were killed.',
    'ILVANA, Portugal, Nov 11 (WNA) - The government signed.',
    'SÃO MIGUEL, Aug. 3, 2026 — Rescuers said.',
    'VALLETTA, 9 September (WNA) - Nine ships waited.',
    'VALLETTA, SEPT. 9 (WNA) -- Nine ships waited.',
  ])('is blanked, offsets kept: %s', (text) => {
    const blanked = withoutDateline(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.trimStart()).toMatch(/^(?:Nine|The|Rescuers)\b/);
  });

  it.each([
    'On Monday, May 4 - 30 people died.',
    'The bridge, Aug 18 – the day it fell – was old.',
    'NATO, the alliance, said on Monday that it would meet.',
  ])('is not a sentence that only opens with a name or a day: %s', (text) => {
    expect(withoutDateline(text)).toBe(text);
  });
});

describe('the day of a wire dateline', () => {
  it('is none of the sentence’s dates', () => {
    const dates = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.dates;
    expect(dates('OTTAWA, September 2 – Nine people were killed when a footbridge collapsed.')).toEqual([]);
    expect(dates('Nine people were killed when a footbridge collapsed on September 2.')).toEqual(['september']);
  });
});
