import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../lib/text/dateline';

describe('a wire dateline', () => {
  it.each([
    'TAVIRA, Sept 9 – Nine people were killed.',
    'ILVANA, Portugal, Nov 11 (WNA) - The government signed.',
    'SÃO MIGUEL, Aug. 3, 2026 — Rescuers said.',
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
