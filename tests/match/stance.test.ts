import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../lib/engine/lexicon';
import { analyseSentence } from '../../lib/features/analyse';
import { align } from '../../lib/match/similarity';
import { decideStance } from '../../lib/match/stance';

const REFERENCE = 'The storm killed 61 people in the coastal town of Hamm on Monday.';
/** The thresholds are the caller's (lib/engine/annotate.ts): these are round figures for the test. */
const MATCH = 0.5;
const ANCHORED = 0.35;

function stanceOf(pageText: string, referenceText = REFERENCE) {
  const page = analyseSentence(pageText, defaultLexicon).features;
  const reference = analyseSentence(referenceText, defaultLexicon).features;
  const alignment = align(page, reference, () => 1);
  return decideStance({ page, reference, pageText, referenceText, alignment }, MATCH, ANCHORED);
}

describe('decideStance', () => {
  it('supports the same fact, as written or in other words, with no differences', () => {
    expect(stanceOf(REFERENCE)).toEqual({ stance: 'supports', differences: [] });
    expect(stanceOf('On Monday a storm in the coastal town of Hamm left 61 people dead.').stance).toBe('supports');
  });

  it('contradicts the same fact with another number, naming the number as the difference', () => {
    const { stance, differences } = stanceOf(REFERENCE.replace('61', '16'));
    expect(stance).toBe('contradicts');
    expect(differences.map((difference) => difference.kind)).toEqual(['number']);
  });

  it('contradicts the same fact denied, naming the polarity', () => {
    const { stance, differences } = stanceOf('The storm did not kill anyone in the coastal town of Hamm on Monday.');
    expect(stance).toBe('contradicts');
    expect(differences.map((difference) => difference.kind)).toContain('polarity');
  });

  it('gives no verdict on a sentence about something else', () => {
    expect(stanceOf('Ticket prices for the museum rose again this spring.')).toEqual({
      stance: 'related',
      differences: [],
    });
  });

  it('gives no verdict when another actor does the same thing', () => {
    const bank = 'The Bank of England held its interest rate at 4 percent on Thursday.';
    expect(stanceOf(bank.replace('England', 'Canada'), bank).stance).toBe('related');
  });
});
