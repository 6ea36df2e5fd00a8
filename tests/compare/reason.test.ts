import { describe, expect, it } from 'vitest';
import { type MatchReasonInput, matchReason, type ReasonedMatch, verdictReason } from '@/lib/compare/reason';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import type { Difference, Stance } from '@/lib/types';

const sentence = (text: string) => ({ text, analysis: analyseSentence(text, defaultLexicon) });

function reason(stance: Stance, page: string, reference: string, differences: Difference[] = []) {
  const input: MatchReasonInput = { stance, differences, page: sentence(page), reference: sentence(reference) };
  return matchReason(input, defaultLexicon);
}

describe('matchReason', () => {
  it('states a differing number with its clause on each side, attribution left out', () => {
    const { line, referenceSide } = reason(
      'contradicts',
      'About 1,000 sheep were lost in the blizzard that swept the valley last week.',
      'The blizzard killed about 300 sheep in the valley.',
      [{ kind: 'number', page: 'About 1,000', reference: 'about 300' }],
    );
    expect(line).toBe(
      'This page: about 1,000 sheep were lost in the blizzard that swept the valley last week. References: the blizzard killed about 300 sheep in the valley.',
    );
    expect(referenceSide).toBe('the blizzard killed about 300 sheep in the valley');
  });

  it('says when a differing running total cannot be placed in time', () => {
    const input: MatchReasonInput = {
      stance: 'contradicts',
      differences: [{ kind: 'number', page: 'About 1,000', reference: 'about 300' }],
      page: sentence('About 1,000 sheep have died in the blizzards this winter.'),
      reference: sentence('The blizzards have killed about 300 sheep this winter.'),
      undated: 'page',
    };
    expect(matchReason(input, defaultLexicon).line).toMatch(
      /^This page: .*References: .*\. This page's date is unknown, so it cannot be told whether time explains the difference\.$/,
    );
    expect(matchReason({ ...input, undated: undefined }, defaultLexicon).line).not.toMatch(/date is unknown/);
  });

  it('states a negation with its cue, and names who each side says it comes from', () => {
    const { line } = reason(
      'contradicts',
      'Both climbers asked to stay at the base camp, Lima says.',
      'The two climbers have not asked to stay at the camp, according to park rangers.',
      [{ kind: 'polarity', page: 'asked', reference: 'not … asked' }],
    );
    expect(line).toBe(
      'This page, according to Lima: both climbers asked to stay at the base camp. ' +
        'References, according to park rangers: the two climbers have not asked to stay at the camp.',
    );
  });

  it('states a change the other way with its verb on each side', () => {
    const { line } = reason(
      'contradicts',
      'Exports rose 3% in the first quarter.',
      'Exports fell 3% in the first quarter.',
      [{ kind: 'polarity', page: 'rose', reference: 'fell' }],
    );
    expect(line).toBe(
      'This page: exports rose 3% in the first quarter. References: exports fell 3% in the first quarter.',
    );
  });

  it('shortens a long clause to its subject and the words at the difference', () => {
    const { line } = reason(
      'contradicts',
      'Three lighthouse keepers stationed on the northern island since the spring storms of last year have not asked to leave.',
      'The keepers have asked to leave.',
      [{ kind: 'polarity', page: 'not … asked', reference: 'asked' }],
    );
    // The subject ends at the participle that starts its reduced relative clause ("stationed on the island").
    expect(line).toBe(
      'This page: three lighthouse keepers … have not asked to leave. References: the keepers have asked to leave.',
    );
  });

  it('cuts neither a number nor a name, and with no subject to name keeps the words before the difference', () => {
    const charity = reason(
      'contradicts',
      'The charity said it had refused to send the blankets and tents to the shelters run by the Red Cross in Lower Valley.',
      'The charity said it was ready to send 1,500 blankets and tents to the shelters of the Red Cross in Lower Valley.',
      [{ kind: 'polarity', page: 'refused … send', reference: 'send' }],
    );
    expect(charity.line).toBe(
      'This page, according to the charity: it had refused to send the blankets and tents. ' +
        'References, according to the charity: it was ready to send 1,500 blankets and tents.',
    );
    const trophy = reason(
      'contradicts',
      'Volunteers from the northern districts of the county who had trained for many months refused to hand the cup to New South Wales.',
      'The volunteers handed the cup to New South Wales.',
      [{ kind: 'polarity', page: 'refused … hand', reference: 'handed' }],
    );
    expect(trophy.line).toMatch(/^This page: .*refused to hand the cup to New South Wales\. References: /);
  });

  it('states differing times and dates as written', () => {
    const time = reason('contradicts', 'The ferry left at 6:40 p.m. on Tuesday.', 'The ferry sailed at 6:10 p.m.', [
      { kind: 'number', page: '6:40 p.m.', reference: '6:10 p.m.' },
    ]);
    expect(time.line).toBe(
      'This page: the ferry left at 6:40 p.m. on Tuesday. References: the ferry sailed at 6:10 p.m.',
    );
    const day = reason('contradicts', 'The library reopened on Friday.', 'The library reopened on Monday.', [
      { kind: 'date', page: 'friday', reference: 'monday' },
    ]);
    expect(day.line).toBe('This page: the library reopened on Friday. References: the library reopened on Monday.');
  });

  it('keeps an attribution out of the fact it introduces', () => {
    const { line } = reason(
      'contradicts',
      'The harbour authority said that 40 boats sank.',
      'Only 12 boats sank, the coastguard said.',
      [{ kind: 'number', page: '40', reference: '12' }],
    );
    expect(line).toBe(
      'This page, according to the harbour authority: 40 boats sank. References, according to the coastguard: only 12 boats sank.',
    );
  });

  it('names the shared number of an agreement, or says the references agree', () => {
    expect(
      reason('supports', 'The fire destroyed 64 homes near the lake.', 'Some 64 homes were destroyed by the fire.')
        .line,
    ).toBe('Same fact: the fire destroyed 64 homes near the lake.');
    expect(reason('supports', 'The tunnel was opened by the mayor.', 'The mayor opened the tunnel.').line).toBe(
      'Your references say the same.',
    );
  });

  it('says a related claim settles nothing, and a contradiction it cannot place only that references differ', () => {
    expect(reason('related', 'The bridge is old.', 'The bridge was painted.').line).toMatch(/^Related: /);
    expect(reason('contradicts', 'The tunnel is open.', 'The tunnel is shut.').line).toBe(
      'Your references say otherwise.',
    );
  });

  it('returns text as written, markup included, for the popover to show as text', () => {
    const { line } = reason('contradicts', 'Then 42 <i>lamps</i> were lit.', 'Only 7 lamps were lit.', [
      { kind: 'number', page: '42', reference: '7' },
    ]);
    expect(line).toBe('This page: 42 <i>lamps</i> were lit. References: only 7 lamps were lit.');
  });
});

describe('verdictReason', () => {
  const source = (publisher: string) => ({ title: `${publisher} report`, publisher });
  const agree = (publisher: string): ReasonedMatch => ({
    stance: 'supports',
    source: source(publisher),
    reason: { line: 'Same fact: 64 homes.', referenceSide: '' },
  });
  const differ: ReasonedMatch = {
    stance: 'contradicts',
    source: source('Valley Radio'),
    reason: { line: 'This page: 64 homes. References: 20 homes.', referenceSide: 'the fire destroyed 20 homes' },
  };

  it('gives the deciding match its say for a conflict or an agreement', () => {
    expect(verdictReason('conflicting', [differ])).toBe('This page: 64 homes. References: 20 homes.');
    expect(verdictReason('corroborated', [agree('Lake Gazette')])).toBe('Same fact: 64 homes.');
  });

  it('says the sources disagree for a mixed verdict, and who says what', () => {
    expect(verdictReason('mixed', [agree('Lake Gazette'), differ])).toBe(
      'Your references disagree. Lake Gazette says the same as this page; Valley Radio says: the fire destroyed 20 homes.',
    );
    expect(verdictReason('mixed', [agree('Lake Gazette'), agree('Hill Times'), differ])).toBe(
      'Your references disagree. Lake Gazette and Hill Times say the same as this page; Valley Radio says: the fire destroyed 20 homes.',
    );
  });

  it("gives an update the span of its references' dates, from the deciding side only", () => {
    const update = (reference: string, newer: 'page' | 'reference', publisher: string): ReasonedMatch => {
      const time = { page: '2025-02-11', reference, newer };
      const parts = { time, thing: 'figure', pageSide: '52 homes', referenceSide: '20 homes' };
      return {
        stance: 'updates',
        source: source(publisher),
        newer,
        reason: { line: `line of ${publisher}`, referenceSide: '20 homes', update: parts },
      };
    };
    expect(verdictReason('updated', [update('2025-01-15', 'page', 'Lake Gazette')])).toBe(
      'This page (11 Feb 2025) gives a later figure: 52 homes. Your references (15 Jan 2025): 20 homes.',
    );
    expect(
      verdictReason('updated', [
        update('2025-01-15', 'page', 'Lake Gazette'),
        update('2025-01-09', 'page', 'Hill Times'),
        update('2025-03-01', 'reference', 'Valley Radio'),
      ]),
    ).toBe('This page (11 Feb 2025) gives an earlier figure: 52 homes. Your references (1 Mar 2025): 20 homes.');
    expect(
      verdictReason('updated', [
        update('2025-01-15', 'page', 'Lake Gazette'),
        update('2025-01-09', 'page', 'Hill Times'),
        update('2024-12-30', 'page', 'Valley Radio'),
      ]),
    ).toBe(
      'This page (11 Feb 2025) gives a later figure: 52 homes. Your references (30 Dec 2024 – 15 Jan 2025): 20 homes.',
    );
  });

  it('is empty with no match', () => {
    expect(verdictReason('related', [])).toBe('');
  });
});
