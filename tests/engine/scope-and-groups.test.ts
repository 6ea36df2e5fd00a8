/**
 * What a negation reaches and which group a figure counts: a cue that negates a thing ("without", "the lack of") and
 * not its clause, set phrases of manner ("without warning"), verbs that reject without a cue, the first
 * few of a group, the second figure of "N to M", a figure written "three and a half thousand", groups split at a
 * threshold, the rest of a group, and a verb of change before a preposition. Written for these tests about invented
 * events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { storyStance as stanceOf } from '../helpers/dated-stance';

const features = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;
const negated = (sentence: string) =>
  features(sentence)
    .words.filter((word) => word.negated)
    .map((word) => word.stem);
const figures = (sentence: string) =>
  features(sentence).quantities.map(({ text, value, head }) => ({ text, value, head }));

const storyStance = (pageText: string, referenceText: string) => stanceOf(pageText, referenceText).stance;

describe('a cue that negates a thing', () => {
  it('negates the thing after "the lack of", not the verb of its clause', () => {
    expect(negated('The panel found that the lack of a plan breached the treaty.')).toEqual(['plan']);
  });

  it('negates the act after "failure to", not the verb of its clause', () => {
    const words = negated("The council's failure to inspect the dam breached the law.");
    expect(words).toContain('inspect');
    expect(words).not.toContain('breach');
  });

  it('reads "no other" as "the only one", not as a denial', () => {
    expect(negated('Tarvo Island has no other power cable.')).toEqual([]);
    expect(
      storyStance('Tarvo Island has no other power cable.', "Tarvo Island's only power cable was cut on Sunday."),
    ).not.toBe('contradicts');
  });

  it('negates nothing named when "without" takes a pronoun, and the clause after it is asserted', () => {
    expect(negated('Without it the council was breaking the planning code.')).toEqual([]);
  });

  it('still negates the act or the thing right after "without"', () => {
    expect(negated('The gale left 9,000 homes without heating.')).toContain('heat');
    expect(negated('The buyers left without paying.')).toContain('pai');
  });

  it('reads "without warning" and "without incident" as how something happened, denying nothing', () => {
    expect(negated('Residents should never touch a goat that died without warning.')).not.toContain('warn');
    expect(negated('The convoy reached Tarvik without incident.')).toEqual([]);
  });

  it('keeps a warning and the same advice restated with "without warning" from contradicting each other', () => {
    expect(
      storyStance(
        'The vet is urging farmers never to skin or eat a goat that died without warning.',
        'The vet warned farmers not to skin or eat goats that died suddenly.',
      ),
    ).not.toBe('contradicts');
  });
});

describe('verbs that reject', () => {
  it('make "threw out a plan" agree with "rejected a plan"', () => {
    expect(
      storyStance(
        'Orlen voters have rejected a council plan to build a ring road costing 40 million euros.',
        "Orlen's voters have thrown out a plan to build a ring road, a setback for the council.",
      ),
    ).not.toBe('contradicts');
    expect(
      storyStance(
        'The court has rejected the permit for the Varla tower.',
        'The court on Monday revoked the permit for the Varla tower.',
      ),
    ).not.toBe('contradicts');
  });

  it('make a refusal agree with a request dismissed, but not with a rejection denied', () => {
    expect(
      storyStance(
        'The judge refused to halt approval of the new dam, saying that was for ministers.',
        'The judge dismissed their request for an order halting approval of the new dam, saying it was for ministers.',
      ),
    ).not.toBe('contradicts');
    expect(
      storyStance(
        'The board rejected the takeover offer from Varn.',
        'The board did not reject the takeover offer from Varn.',
      ),
    ).toBe('contradicts');
  });

  it('make a cause ruled out agree with it cleared', () => {
    expect(
      storyStance(
        "Testing has cleared Orlen's piped water system.",
        "She said tests had ruled out the town's piped water network as the source.",
      ),
    ).not.toBe('contradicts');
  });

  it('still make "rejected a plan" contradict "approved a plan"', () => {
    expect(
      storyStance(
        'Orlen voters have rejected a council plan to build a ring road.',
        "Orlen's voters have approved a council plan to build a ring road.",
      ),
    ).toBe('contradicts');
  });
});

describe('an act someone is ordered to do', () => {
  it('is neither done nor undone, so a failure to do it does not contradict it', () => {
    expect(
      storyStance(
        'The council has been ordered by the court in Varna to publish its flood maps by June.',
        'The court ruled that the council broke the law by failing to publish its flood maps, and ordered it to do so by June.',
      ),
    ).not.toBe('contradicts');
  });
});

describe('which group a figure counts', () => {
  it('reads "the first three deaths" as the earliest of a group, which no total contradicts', () => {
    expect(features('The first three deaths came on the Sunday.').quantities[0]).toMatchObject({ whole: 'death' });
    expect(features('Exports fell in the first three months.').quantities[0].whole).toBeUndefined();
    expect(
      storyStance(
        'The first three deaths, all of fishermen, came on the Sunday.',
        'The toll from the tainted spirit in Norvale rose to 16 on Thursday, the health office said.',
      ),
    ).not.toBe('contradicts');
    expect(
      storyStance(
        'The first three deaths, all of fishermen, came on the Sunday.',
        'The health office said on Thursday that 16 people had died after drinking the tainted spirit.',
      ),
    ).not.toBe('contradicts');
  });

  it('gives the second figure of "N to M" what the first counts', () => {
    expect(figures('The assembly voted 151 to 38 to approve it.')[1]).toMatchObject({ value: 38, head: 'vote' });
    expect(figures('It lowered the driving age from 18 to 17, the ministry said.')[1]).toMatchObject({
      value: 17,
      head: figures('It lowered the driving age from 18 to 17.')[0].head,
    });
    expect(
      storyStance(
        'The assembly had just voted 151 to 38 to let them drive at seventeen.',
        'The assembly voted on Monday to lower the driving age from 18 to 17, by 151 votes to 38.',
      ),
    ).not.toBe('contradicts');
  });

  it('reads "three and a half thousand" as 3,500', () => {
    expect(figures('Some three and a half thousand trucks crossed it.')[0]).toMatchObject({ value: 3500 });
    expect(figures('Two and a half million people voted.')[0]).toMatchObject({ value: 2_500_000 });
    expect(
      storyStance(
        'About nine thousand cars a day, three and a half thousand of them trucks, crossed the bridge.',
        'About 9,000 cars a day use the bridge, including 3,500 trucks.',
      ),
    ).not.toBe('contradicts');
  });

  it('reads a figure after a person and "of" as the age of that person, not a count', () => {
    expect(features('Among the dead is a boy of twelve, who was fishing.').quantities[0]).toMatchObject({
      value: 12,
      unit: 'age',
    });
    expect(features('A father of three was among the dead.').quantities[0].unit).not.toBe('age');
    expect(
      storyStance(
        'Among the dead is a boy of twelve, who was fishing with his uncle.',
        'The health office said all four deaths were caused by the contaminated well.',
      ),
    ).not.toBe('contradicts');
  });

  it('does not take "now" for what a figure counts', () => {
    expect(figures('The island now has 41,200 people.')[0].head).not.toBe('now');
  });

  it('reads two groups split at a threshold as two facts, neither agreeing nor contradicting', () => {
    expect(
      storyStance(
        'Homes that use more than 200 cubic metres of water a year will pay 9 percent more.',
        'Some 80,000 homes use under 200 cubic metres of water a year and will pay the same.',
      ),
    ).toBe('related');
  });

  it('reads the rest of a group as another group', () => {
    expect(
      storyStance(
        'Across the rest of the public service, pay will go up by about six percent on average.',
        'The government will raise the salaries of public school teachers by an average of 11 percent from July, the ministry said.',
      ),
    ).toBe('related');
  });

  it('still reads "the rest of the month" as time, not as another group', () => {
    expect(
      storyStance(
        'The 140 ferry crew will stay on strike for the rest of the month.',
        'All 212 ferry crew will stay on strike, the union said.',
      ),
    ).toBe('contradicts');
  });
});

describe('a verb of change before a preposition', () => {
  it('keeps the verb and its direction ("fell in four of the districts")', () => {
    const words = features('The population fell in four of the nine regions.').words.map((word) => word.stem);
    expect(words).toContain('fall');
    expect(
      storyStance(
        'Four of the nine regions shrank, all of them on the coast.',
        'The population fell in four of the nine regions, all on the coast, while the capital region grew.',
      ),
    ).not.toBe('contradicts');
  });
});

describe('a predicate worded apart in single verbs', () => {
  it("agrees when nearly all of the claim is the reference's", () => {
    expect(
      storyStance(
        'Heavy rain is expected across the Tarlo region until the weekend.',
        'Heavy rain is forecast across the Tarlo region until the weekend.',
      ),
    ).toBe('supports');
    expect(
      storyStance(
        'Tests showed the seized gin contained as much as 30 percent methanol.',
        'Laboratory tests found methanol levels of up to 30 percent in the seized gin.',
      ),
    ).toBe('supports');
  });

  it('agrees when both sides undo the same thing, each with its own verb', () => {
    expect(
      storyStance(
        'The media regulator has withdrawn the broadcasting licence of Radio Varna.',
        'The media regulator on Wednesday revoked the broadcasting licence of Radio Varna, a private station.',
      ),
    ).toBe('supports');
  });

  it('does not agree when only one side undoes or denies what the other asserts', () => {
    expect(
      storyStance(
        'The panel also found two officials responsible for the losses.',
        'The panel said the mayor alone was responsible for the losses and cleared two officials.',
      ),
    ).not.toBe('supports');
    expect(
      storyStance(
        'Imports from the Tarlo plant will continue while the inquiry goes on, the agency said.',
        'The agency said it had suspended imports from the Tarlo plant pending an inquiry.',
      ),
    ).not.toBe('supports');
  });
});

describe('two shared things worded nearly word for word', () => {
  it('agree', () => {
    expect(
      storyStance(
        'Local officials said some residents had refused to leave.',
        'Some residents refused to leave their homes, local officials said.',
      ),
    ).toBe('supports');
  });

  it('never contradict: a red badge needs more shared than that', () => {
    expect(storyStance('Varnco says it will not appeal.', 'Varnco said it would appeal.')).toBe('related');
  });
});

describe('what these rules leave alone', () => {
  const pairs: [string, string, string][] = [
    ['The town has been without any power since Tuesday.', 'The town has had power since Tuesday.', 'contradicts'],
    [
      'No other hospital in the region treated the patients.',
      'Other hospitals in the region treated the patients.',
      'contradicts',
    ],
    [
      'More than 50 people were killed in the blast in Corvey.',
      'Fewer than 50 people were killed in the blast in Corvey.',
      'contradicts',
    ],
    [
      'The storm killed 12 people in Corvey and left the rest of the village without power.',
      'The storm killed 30 people in Corvey.',
      'contradicts',
    ],
  ];

  it.each(pairs)('"%s" against "%s" is %s', (page, reference, stance) => {
    expect(storyStance(page, reference)).toBe(stance);
  });

  it('reads "without warning" with an object after it as a denial of the warning', () => {
    expect(negated('The landlord evicted the tenants without warning them.')).toContain('warn');
  });

  it('gives no green to an act ordered against the act denied, nor to opposite acts worded apart', () => {
    expect(
      storyStance(
        'The minister urged the council to close the school in Corvey.',
        'The council did not close the school in Corvey.',
      ),
    ).toBe('related');
    expect(
      storyStance(
        'Police in Corvey arrested the mayor of Lindhurst on Tuesday after a protest at the town hall.',
        'Police in Corvey released the mayor of Lindhurst on Tuesday after a protest at the town hall.',
      ),
    ).not.toBe('supports');
    expect(
      storyStance(
        'The school in Corvey reopened on Tuesday after the storm.',
        'The school in Corvey closed on Tuesday after the storm.',
      ),
    ).not.toBe('supports');
  });
});

describe('two verbs of standing with a count of the same thing', () => {
  it('restate one figure, and a different count of it contradicts', () => {
    expect(
      storyStance(
        'Nursing vacancies stand at 410, the director said.',
        'The director said nursing vacancies had reached 410.',
      ),
    ).toBe('supports');
    expect(
      storyStance(
        'Nursing vacancies stand at 140, the director said.',
        'The director said nursing vacancies had reached 410.',
      ),
    ).toBe('contradicts');
  });
});
