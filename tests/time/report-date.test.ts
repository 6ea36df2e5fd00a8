/**
 * The day of a statement dates the report, not the fact: "..., the county said on Wednesday" and "..., the county
 * said on Tuesday" report one fact on two days.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { datedStance as stance } from '../helpers/dated-stance';

const datesOf = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.dates;
const predicates = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon).features.quantities.map((quantity) => [quantity.text, quantity.predicate]);

describe("the day of a statement is the report's date", () => {
  it('is not one of the dates of the fact', () => {
    expect(datesOf('The landslide near Orsa has buried 11 homes, the county said on Wednesday.')).toEqual([]);
    expect(datesOf('The ministry said on Monday that 30 fishermen had been rescued off Kerran.')).toEqual([]);
    expect(datesOf('Police said Monday the tunnel would stay shut.')).toEqual([]);
    expect(
      datesOf('The storm cut power to 9,000 homes, according to a statement the utility issued on Saturday.'),
    ).toEqual([]);
    // The fact's own day stays its date, beside the statement's.
    expect(datesOf('The tunnel flooded on Sunday, the operator said on Monday.')).toEqual(['sunday']);
    expect(
      analyseSentence('The tunnel reopened, the operator said on March 4.', defaultLexicon).features.quantities,
    ).toEqual([]);
  });

  it('does not make two reports of one fact conflict', () => {
    const buried = (day: string) => `The landslide near Orsa has buried 11 homes, the county said on ${day}.`;
    expect(stance(buried('Wednesday'), '2025-05-08', buried('Tuesday'), '2025-05-07')).toMatchObject({
      stance: 'supports',
      differences: [],
    });
    // Nor when neither report is dated.
    expect(stance(buried('Wednesday'), '', buried('Tuesday'), '').stance).toBe('supports');
    const rescued = (day: string) => `The ministry said on ${day} that 30 fishermen had been rescued off Kerran.`;
    expect(stance(rescued('Monday'), '2025-05-06', rescued('Sunday'), '2025-05-05').stance).toBe('supports');
    // The fact's own days still differ.
    const flooded = (day: string) => `The tunnel under the Bressa river flooded on ${day}, the operator said.`;
    expect(stance(flooded('Sunday'), '2025-05-06', flooded('Saturday'), '2025-05-06').stance).toBe('contradicts');
  });

  it('still dates the report, so a total announced a day later is an update', () => {
    const toll = (n: string, day: string) =>
      `The death toll from the mudslide in Arvel has climbed to ${n}, rescuers said on ${day}.`;
    expect(stance(toll('31', 'Thursday'), '2025-05-08', toll('27', 'Wednesday'), '2025-05-07')).toMatchObject({
      stance: 'updates',
      time: { page: '2025-05-08', reference: '2025-05-07', newer: 'page' },
    });
  });
});

describe('a total that a level verb reports', () => {
  it("counts the outcome its subject names, however long the subject's phrase", () => {
    expect(predicates('The death toll from the storms along the northern coast has risen to 40.')).toEqual([
      ['40', 'outcome:death'],
    ]);
    expect(predicates('The number of people missing in the hills above Arvel fell to three.')).toEqual([
      ['three', 'outcome:missing'],
    ]);
  });
});
