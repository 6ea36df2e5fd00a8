import { describe, expect, it } from 'vitest';
import { decisiveRanges } from '@/lib/compare/decisive';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import type { Difference, Stance } from '@/lib/types';

const sentence = (text: string) => ({ text, analysis: analyseSentence(text, defaultLexicon) });
const slice = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

function marked(page: string, reference: string, stance: Stance, differences: Difference[] = []) {
  const ranges = decisiveRanges(sentence(page), sentence(reference), { stance, differences });
  return { page: slice(page, ranges.page), reference: slice(reference, ranges.reference) };
}

describe('decisiveRanges', () => {
  it('leaves a paraphrase alone: an agreement worded differently has nothing marked', () => {
    expect(
      marked(
        'The council approved the new cycle lanes on Tuesday.',
        'Councillors voted through fresh bike lanes.',
        'supports',
      ),
    ).toEqual({ page: [], reference: [] });
  });

  it('marks only the differing number, not the words the two sentences phrase differently', () => {
    expect(
      marked(
        'Rescuers pulled 14 hikers from the gorge.',
        'Some 9 walkers were brought out of the canyon by rescue teams.',
        'contradicts',
        [{ kind: 'number', page: '14', reference: 'Some 9' }],
      ),
    ).toEqual({ page: ['14'], reference: ['Some 9'] });
  });

  it('marks a negation cue with the word it negates', () => {
    expect(
      marked('The orchestra cancelled the tour.', 'The orchestra has not cancelled the tour.', 'contradicts', [
        { kind: 'polarity', page: 'cancelled', reference: 'not … cancelled' },
      ]),
    ).toEqual({ page: ['cancelled'], reference: ['not', 'cancelled'] });
  });

  it('marks names and places when each side names one the other does not', () => {
    expect(
      marked('The festival moved to Leeds this summer.', 'The festival moved to Bristol this summer.', 'contradicts'),
    ).toEqual({ page: ['Leeds'], reference: ['Bristol'] });
  });

  it('does not mark names beside a named difference: the number decides', () => {
    expect(
      marked('Some 40 trams stopped in Leeds.', 'Some 12 trams stopped in York.', 'contradicts', [
        { kind: 'number', page: 'Some 40', reference: 'Some 12' },
      ]),
    ).toEqual({ page: ['Some 40'], reference: ['Some 12'] });
  });

  it('does not mark a name only one side adds, a source, or a weekday as a name', () => {
    expect(
      marked(
        'The festival in Leeds was moved on Friday, the organisers said.',
        'The festival was moved on Monday.',
        'contradicts',
      ),
    ).toEqual({ page: [], reference: [] });
    expect(
      marked('Lopez said the ferry sank.', 'The ferry did not sink, Chen said.', 'contradicts', [
        { kind: 'polarity', page: 'sank', reference: 'not … sink' },
      ]),
    ).toEqual({ page: ['sank'], reference: ['not', 'sink'] });
  });
});
