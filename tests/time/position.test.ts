import { describe, expect, it } from 'vitest';
import { formatText } from '@/cli/format-text';
import { withComparisons } from '@/lib/compare/comparison';
import { summariseMatches } from '@/lib/engine/status';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { deniesPosition } from '@/lib/time/position';
import type { ClaimMatch, PageAnnotation } from '@/lib/types';
import { datedStance as stance } from '../helpers/dated-stance';

/** Whether the first negated word of a sentence states a position. */
function negatesPosition(text: string): boolean {
  const words = analyseSentence(text, defaultLexicon).features.words;
  return deniesPosition({ text, words, at: words.findIndex((word) => word.negated), side: 'page' });
}

const PILOT_NO = 'The captured pilot told reporters he did not want to return to Valdoria.';
const PILOT_YES = 'The captured pilot told reporters he wanted to return to Valdoria.';

describe('a position that turns is an update', () => {
  it('is an update when the two reports are dated apart, with both dates and the newer side', () => {
    expect(stance(PILOT_NO, '2025-01-10', PILOT_YES, '2025-02-20')).toMatchObject({
      stance: 'updates',
      time: { page: '2025-01-10', reference: '2025-02-20', newer: 'reference' },
      differences: [{ kind: 'polarity' }, { kind: 'polarity' }],
    });
    expect(stance(PILOT_YES, '2025-02-20', PILOT_NO, '2025-01-10')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });

  it('is no update within a week: opposite accounts of one moment, one of them wrong', () => {
    expect(stance(PILOT_NO, '2025-01-10', PILOT_YES, '2025-01-12').stance).toBe('contradicts');
  });

  it('is an update for an act only when the report that it was not done is the older one', () => {
    const notYet = 'The harbour board said the two sailors had not requested asylum in Valdoria.';
    const done = 'The harbour board said the two sailors had requested asylum in Valdoria.';
    expect(stance(notYet, '2025-01-10', done, '2025-02-20')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    // A request once made is not unmade: a later "had not requested" contradicts an earlier "requested".
    expect(stance(done, '2025-01-10', notYet, '2025-02-20').stance).toBe('contradicts');
  });

  it("dates a side by the sentence's own time before its article's", () => {
    const page = 'In early March the captured pilot told reporters he wanted to return to Valdoria.';
    expect(stance(page, '2025-01-05', PILOT_NO, '2025-01-10')).toMatchObject({
      stance: 'updates',
      time: { page: '2024-03-05', newer: 'reference' },
    });
  });

  it('reads wishes, plans, refusals, support and stated intentions as positions', () => {
    expect(negatesPosition('The mayor said she does not plan to seek a third term.')).toBe(true);
    expect(negatesPosition('The dockworkers refused to accept the new contract.')).toBe(true);
    expect(negatesPosition('The senator said he would not back the housing bill.')).toBe(true);
    expect(negatesPosition('The two sailors have shown no interest in claiming asylum.')).toBe(true);
    expect(negatesPosition('The governor will not attend the summit in Oslo.')).toBe(true);
    expect(
      stance(
        'The dockworkers refused to accept the new contract from the port authority.',
        '2024-11-02',
        'The dockworkers accepted the new contract from the port authority.',
        '2024-12-14',
      ).stance,
    ).toBe('updates');
  });

  it('stays a contradiction for an event that happened or did not', () => {
    expect(negatesPosition('The ferry captain did not survive the collision.')).toBe(false);
    expect(negatesPosition('The bank did not raise interest rates in March.')).toBe(false);
    const result = stance(
      'The ferry captain did not survive the collision near Port Sellin.',
      '2025-01-10',
      'The ferry captain survived the collision near Port Sellin.',
      '2025-02-20',
    );
    expect(result.stance).toBe('contradicts');
    expect(result.undated).toBeUndefined();
  });

  it('stays a contradiction for two reports of the same date, or a side without a date, and says which', () => {
    const sameDay = stance(PILOT_NO, '2025-01-10', PILOT_YES, '2025-01-10');
    expect(sameDay.stance).toBe('contradicts');
    expect(sameDay.undated).toBeUndefined();
    expect(stance(PILOT_NO, '2025-01-14', PILOT_YES, '2025-01')).toMatchObject({ stance: 'contradicts' });
    expect(stance(PILOT_NO, '', PILOT_YES, '2025-02-20')).toMatchObject({ stance: 'contradicts', undated: 'page' });
    expect(stance(PILOT_NO, '2025-01-10', PILOT_YES, '')).toMatchObject({ undated: 'reference' });
    expect(stance(PILOT_NO, '', PILOT_YES, '')).toMatchObject({ undated: 'both' });
  });

  it('reads defecting, seeking asylum and resettling as one move: a turned wish to make it is an update', () => {
    const wantsTo = 'One of the two sailors told a newspaper he wanted to defect to Valdoria.';
    const notWanted = 'The harbour board said the two sailors did not want to seek asylum in Valdoria.';
    const result = stance(wantsTo, '2025-02-20', notWanted, '2025-01-10');
    expect(result).toMatchObject({ stance: 'updates', time: { newer: 'page' } });
    expect(result.differences).toContainEqual({ kind: 'polarity', page: 'defect', reference: 'not … asylum' });
  });

  it('stays a contradiction when a figure differs beside the negation', () => {
    const page = 'Twelve of the crew said they did not want to return to Valdoria.';
    const reference = 'Forty of the crew said they wanted to return to Valdoria.';
    expect(stance(page, '2025-01-10', reference, '2025-02-20').stance).toBe('contradicts');
  });
});

describe('showing a position that turned', () => {
  const match: ClaimMatch = {
    claimId: 'c1',
    referenceClaim: PILOT_YES,
    source: { id: 's1', title: 'Pilot', publisher: 'Harbour Post', url: '', publishedAt: '2025-02-20' },
    stance: 'updates',
    score: 0.9,
    differences: [{ kind: 'polarity', page: 'not … want', reference: 'wanted' }],
    time: { page: '2025-01-10', reference: '2025-02-20', newer: 'reference' },
  };
  const annotation: PageAnnotation = {
    blockId: 'b',
    text: PILOT_NO,
    start: 0,
    end: PILOT_NO.length,
    prefix: '',
    suffix: '',
    ...summariseMatches([match]),
  };

  it('is updated, and says an earlier account with both dates, in the popover and in the text report', () => {
    expect(annotation.status).toBe('updated');
    expect(withComparisons(annotation, defaultLexicon).reason).toMatch(
      /^This page \(10 Jan 2025\) gives an earlier account: .*not want.*Your references \(20 Feb 2025\): .*wanted/,
    );
    expect(formatText({ title: '' }, [annotation], false)).toContain(
      'this page (2025-01-10) gives an earlier account than the reference (2025-02-20)',
    );
  });
});

describe('a position for another thing', () => {
  it('is neither a support nor a contradiction: "expressed a desire" shared is the frame of two facts', () => {
    const defect = 'The captured pilot expressed a desire to defect to Valdoria.';
    expect(
      stance(defect, '2025-01-10', 'The captured pilot expressed a desire to remain in Ostmark.', '2025-01-10').stance,
    ).toBe('related');
    expect(
      stance(defect, '2025-02-10', 'The captured pilot did not express a desire to remain in Ostmark.', '2025-01-10')
        .stance,
    ).toBe('related');
    const remain = 'The captured pilot expressed a desire to remain in Ostmark.';
    expect(stance(remain, '2025-01-10', remain, '2025-01-10').stance).toBe('supports');
  });

  it('does not apply to a passive position, which is about its subject', () => {
    expect(
      stance(
        'Talks between the dockworkers and the port authority are planned for Friday.',
        '',
        'No talks between the dockworkers and the port authority are planned.',
        '',
      ).stance,
    ).toBe('contradicts');
  });
});
