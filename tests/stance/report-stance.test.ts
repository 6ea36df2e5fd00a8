import { describe, expect, it } from 'vitest';
import { loadStanceModel } from '../../lib/stance/model';
import { REPORT_STANCES, reportStance } from '../../lib/stance/report-stance';

const claim = 'A lighthouse keeper in Cornwall found a message in a bottle sent 60 years ago';

describe('reportStance with the fitted model', () => {
  it('reads a flat restatement as support', () => {
    expect(reportStance(claim, 'Cornish lighthouse keeper finds 60-year-old message in a bottle').stance).toBe(
      'supports',
    );
  });

  it('reads a debunking as a contradiction', () => {
    expect(reportStance(claim, 'Message in a bottle found by Cornwall lighthouse keeper was a hoax').stance).toBe(
      'contradicts',
    );
  });

  it('reads a hedged report as observing', () => {
    expect(
      reportStance(claim, 'Lighthouse keeper may have found a decades-old message in a bottle, reports claim').stance,
    ).toBe('observing');
  });

  it('finds a sentence about something else unrelated', () => {
    expect(reportStance(claim, 'Interest rates held steady as inflation eased in the spring').stance).toBe('unrelated');
  });

  it('gives one of the four stances and the model’s probabilities', () => {
    const result = reportStance(claim, 'Cornwall bottle message: what we know');
    expect(REPORT_STANCES).toContain(result.stance);
    const { supports, contradicts, observing } = result.probabilities;
    expect(supports + contradicts + observing).toBeCloseTo(1, 10);
  });
});

describe('reportStance with a given model', () => {
  it('takes the most probable class of that model', () => {
    const alwaysObserving = loadStanceModel({
      classes: ['supports', 'contradicts', 'observing'],
      features: ['bias'],
      weights: [[0], [0], [5]],
    });
    expect(reportStance(claim, 'Lighthouse keeper finds old bottle message', { model: alwaysObserving }).stance).toBe(
      'observing',
    );
  });
});
