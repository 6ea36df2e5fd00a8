/**
 * Two reports that each name a country of their own, and no name of the other's, are two stories whatever words
 * they share; a figure "more than" another party's is a margin; a day belongs to its own clause's act; a cue carries
 * through "set to", "expected to"; verbs of leaving undone deny what they govern. Every sentence is written for
 * these tests about invented towns, firms and officials.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../lib/features/quantities';
import { badged, pageStatuses } from '../helpers/articles';
import { storyStance } from '../helpers/dated-stance';
import { negatedStems } from '../helpers/negated';

const statuses = (reference: readonly string[], page: readonly string[]) => pageStatuses(reference, page, '2025-03-12');

/** An outbreak in an invented town of Norway. */
const NORWAY = [
  'An outbreak of Legionnaires’ disease in the Norwegian town of Strandvik has killed two people, health officials said on Tuesday.',
  'Investigators suspect a cooling tower in the town centre is the source.',
  'Both of those who died were men in their seventies.',
  'Twenty people are being treated in hospital.',
];

describe('reports that name different countries', () => {
  it('are two stories when they share only common words, a disease’s name or an acronym', () => {
    const page = [
      'An outbreak of Legionnaires’ disease in the city of Tessaoua in Niger has killed three people, officials said.',
      'Investigators suspect a contaminated well in the city centre is the source.',
      'Both of those who died were men in their seventies.',
      'Doctors said the risk to the public was low.',
    ];
    expect(statuses(NORWAY, page).filter(badged)).toEqual([]);
  });

  it('are two stories when they share only acronyms', () => {
    const reference = ['An IMF team visited Zambia this week.', 'It said GDP would grow by 4% this year.'];
    const page = ['An IMF team visited Malawi this week.', 'It said GDP would grow by 2% this year.'];
    expect(statuses(reference, page).filter(badged)).toEqual([]);
  });

  it('are one story when both name the same town, whatever country each names', () => {
    const page = [
      'An outbreak in Strandvik, a fishing town, has killed three people, officials said.',
      'Both of those who died were men in their seventies.',
      'The outbreak was first reported in Oslo newspapers.',
    ];
    const found = statuses(NORWAY, page);
    expect(['conflicting', 'updated']).toContain(found[0]);
    expect(found[1]).toBe('corroborated');
  });
});

describe('two towns the lexicon knows as words', () => {
  it('tie two reports that name different countries, as one name of their own would', () => {
    const reference = [
      'Dockers at Antwerp and Bruges walked out on Monday over pension cuts, Belgian unions said.',
      'About 40 ships are waiting to unload at the two ports.',
    ];
    const page = [
      'The strike at Antwerp and Bruges has left about 40 ships waiting, with cargo bound for the Netherlands.',
    ];
    expect(statuses(reference, page)[0]).toBe('corroborated');
  });
});

describe('a figure more than another party’s', () => {
  it('is the margin between them, not the other party’s count', () => {
    const result = storyStance(
      'The Harbour Party took 14 seats, five more than its nearest rival, the Coastal League.',
      'The Harbour Party won 14 seats, ahead of the Coastal League with nine.',
    );
    expect(result.stance).not.toBe('contradicts');
    expect(extractQuantities('The party took 14 seats, five more than its rival.')[1].difference).toBe(true);
  });

  it('a sum "more than a month ago" is still a change', () => {
    const result = storyStance(
      'Petrol in Tarsk cost 15 cents more than a month ago.',
      'Petrol prices in Tarsk have risen by 9 cents in a month.',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('a level stays a level: two counts of seats still differ', () => {
    const result = storyStance(
      'The Harbour Party took 12 seats, the electoral office said.',
      'The Harbour Party won 14 seats, the electoral office said.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a day given in a sentence of two acts', () => {
  it('belongs to the act of its own clause, not to a participle with its agent after it', () => {
    const result = storyStance(
      'Bankers gave a cautious welcome on Friday to the budget presented by Finance Minister Arla Vesk.',
      'Finance Minister Arla Vesk presented the budget to parliament on Thursday.',
      { page: '2025-03-07', reference: '2025-03-06' },
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('nor to the act of a relative clause after it', () => {
    const result = storyStance(
      'The Korvel mining company lodged an appeal on Wednesday against the ruling that ordered it to pay 9 million crowns to farmers.',
      'The High Court on Monday ordered the Korvel mining company to pay 9 million crowns to farmers.',
      { page: '2025-03-07', reference: '2025-03-05' },
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('still differs when both give the day of one act', () => {
    const result = storyStance(
      'Finance Minister Arla Vesk presented the budget to parliament on Friday.',
      'Finance Minister Arla Vesk presented the budget to parliament on Thursday.',
      { page: '2025-03-07', reference: '2025-03-07' },
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a cue before a verb that takes another with "to"', () => {
  it('denies that other verb too', () => {
    expect(negatedStems('No single party looks set to win a majority.')).toContain('win');
    expect(negatedStems('The mayor did not expect the council to approve the plan.')).toContain('approv');
  });

  it('so a denial in other words agrees with the reference’s', () => {
    const result = storyStance(
      'Coalition talks are expected to last weeks because no single party looks set to win a majority.',
      'No party is expected to win a majority, and coalition talks are likely to take weeks.',
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('a part of a whole the sentence gives', () => {
  it('is compared with another figure of the same subset', () => {
    expect(
      storyStance(
        'Nine of the 30 passengers on the Tarsk ferry were children.',
        'Five passengers on the Tarsk ferry were children.',
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'Eight of the 20 injured in the Tarsk bus crash remain in hospital.',
        'Three people injured in the Tarsk bus crash remain in hospital.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a verb of leaving something undone', () => {
  it('denies what it governs: a skipped dividend is one not paid', () => {
    expect(negatedStems('The Orsk miner has skipped its interim dividend.')).toEqual(
      expect.arrayContaining(['interim', 'dividend']),
    );
    const result = storyStance(
      'For the first time since it listed, the Orsk miner has skipped its interim dividend.',
      'The Orsk miner will not pay an interim dividend, the first time since it listed.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('in the passive denies its subject, as the active form denies its object', () => {
    expect(negatedStems('Payment to the Orsk contractors was withheld for months.')).toContain('payment');
    const result = storyStance(
      'Payment to the Orsk contractors was withheld for months, auditors found.',
      'The ministry withheld payment to the Orsk contractors for months, auditors found.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('with its object a figure, or an adverb before it, still denies', () => {
    const figure = storyStance(
      'A 2 million euro bonus for Ulmer staff was withheld in May.',
      'Ulmer withheld 2 million euros in staff bonuses in May.',
    );
    expect(figure.stance).not.toBe('contradicts');
    const adverb = storyStance(
      'The Ulmer ministry deliberately withheld the Fenwick audit.',
      'The Ulmer ministry published the Fenwick audit.',
    );
    expect(adverb.stance).toBe('contradicts');
  });

  it('before its noun names a kind of thing and denies nothing', () => {
    expect(negatedStems('A 15% withholding tax on Orsk dividends will take effect in July.')).toEqual([]);
  });

  it('takes a bare object too', () => {
    expect(negatedStems('The Orsk union had skipped mandatory mediation.')).toContain('mediat');
  });

  it('denies nothing used alone or before a phrase of its own', () => {
    expect(negatedStems('Shares in the Orsk miner skipped higher on Monday.')).toEqual([]);
  });
});

describe('a length of time an ordinal counts in', () => {
  it('is a window, not how long something lasted', () => {
    const result = storyStance(
      'The last Varla assembly sat for just 14 months.',
      'Varla voted on Thursday in a snap election, the second national vote in 18 months.',
    );
    expect(result.stance).not.toBe('contradicts');
    expect(extractQuantities('It was the third Orsk strike in two years.')[0].per).toBe('window');
  });

  it('a length in which something is to be done is no window', () => {
    const result = storyStance(
      'The first phase of the Belmor rail link will be completed in 18 months, the ministry said.',
      'The first phase of the Belmor rail link will take 30 months to complete, the ministry said.',
    );
    expect(result.stance).toBe('contradicts');
    expect(extractQuantities('The first phase completed in 18 months.')[0].per).toBeUndefined();
  });

  it('two windows still differ', () => {
    const result = storyStance(
      'Varla voted on Thursday in a snap election, the second national vote in 12 months.',
      'Varla voted on Thursday in a snap election, the second national vote in 18 months.',
    );
    expect(result.stance).toBe('contradicts');
  });
});
