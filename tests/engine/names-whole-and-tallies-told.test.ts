/**
 * A name is told by all its words ("Lo Mai" is not "Tan Lo"), and a name ends where a comma or a possessive does.
 * Also here: the words by which a count says it is a tally up to its report ("by the evening", "since the
 * weekend"), a count of one day told by a report written after that day, a length of time after "after", and a noun of
 * an outcome that names who acts ("rescue workers"). Every sentence is written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { sentenceTime } from '../../lib/time/sentence-time';
import { lastSentenceStatus } from '../helpers/articles';
import { datedStance } from '../helpers/dated-stance';

const entities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.entities;

/** A report of a typhoon that struck the (invented) island of Tan Lo and the port of Hai Vinh. */
const TAN_LO = [
  'Typhoon Kel Ra struck Tan Lo island on Monday afternoon, killing four people, officials in Hai Vinh said.',
  'About 52,000 people were evacuated from coastal areas before the storm hit.',
  'All ferries between Hai Vinh and Tan Lo were suspended.',
  'The storm destroyed 600 homes on Tan Lo, the Hai Vinh disaster office said.',
  'Schools in Hai Vinh stay closed until Wednesday.',
];

const statusOf = lastSentenceStatus;

describe('a name told by all its words', () => {
  const sentence = 'About 30,000 people were evacuated from coastal areas.';

  it('sets apart a report of another storm whose places share a word with the source’s', () => {
    const page = [
      'Typhoon Ra Don struck Lo Mai island on Friday, killing two people, officials in Vinh Son said.',
      'All ferries between Vinh Son and Lo Mai were suspended.',
      sentence,
    ];
    expect(statusOf(TAN_LO, page)).toBeUndefined();
  });

  it('still judges a report of the same storm', () => {
    const page = [
      'Typhoon Kel Ra hit Tan Lo island on Monday, killing four people.',
      'Ferries between Hai Vinh and Tan Lo were halted.',
      sentence,
    ];
    expect(statusOf(TAN_LO, page)).toBe('conflicting');
  });

  it('stands in a longer one ("Belik" in "Anton Belik")', () => {
    const reference = [
      'Police arrested Anton Belik, the owner of the Korvelle plant, on Wednesday.',
      'Anton Belik had run the plant in Drasny since 2019.',
      'The fire at the plant killed 14 workers.',
    ];
    const page = [
      'Belik was arrested on Wednesday, police said.',
      'Belik had owned the Drasny plant for six years.',
      'The fire at the plant killed 12 workers.',
    ];
    expect(statusOf(reference, page)).toBe('conflicting');
  });
});

describe('the words of one name', () => {
  it('end at a comma', () => {
    const keys = entities('The owner of Korvelle Knit, Anton Belik, was arrested on Wednesday.');
    expect(keys).toContain('korvel knit');
    expect(keys).toContain('anton belik');
  });

  it('end at a possessive', () => {
    const keys = entities("Fire broke out in Varnetta's Sellin district.");
    expect(keys).toContain('varnetta');
    expect(keys).toContain('sellin');
  });

  it('stay one name across spaces', () => {
    expect(entities('Ferries from Hai Vinh were halted.')).toContain('hai vinh');
  });
});

describe('a count that says it is a tally up to its report', () => {
  it('is one "by the evening" put after its verb', () => {
    const result = datedStance(
      'Some 300,000 households had lost power by the evening, the utility said.',
      '2025-09-14',
      'The utility said 650,000 households lost power.',
      '2025-09-15',
    );
    expect(result.stance).toBe('updates');
  });

  it('is no tally "by the evening storm"', () => {
    const result = datedStance(
      'Some 300,000 households lost power after being hit by the evening storm.',
      '2025-09-14',
      'The utility said 650,000 households lost power.',
      '2025-09-15',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('is one counted since a time ("have broken down since the weekend")', () => {
    const result = datedStance(
      'Three generating units have broken down since the weekend.',
      '2025-07-06',
      'The utility blamed breakdowns at eight generating units.',
      '2025-07-07',
    );
    expect(result.stance).toBe('updates');
  });

  it('is no tally as a record since a year ("the most since 2019")', () => {
    const result = datedStance(
      'The utility has shut 12 stations, the most since 2019.',
      '2025-07-06',
      'The utility shut 15 stations, the most since 2019.',
      '2025-07-07',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a count of one day told after that day', () => {
  const later = 'Eleven people had died by Tuesday night, the province said.';
  const ofTheDay = 'Nine people died on Tuesday, the province said.';

  it('is the newer count than one told on that day', () => {
    // 2025-08-19 is a Tuesday.
    expect(datedStance(later, '2025-08-21', ofTheDay, '2025-08-19').stance).toBe('updates');
  });

  it('is no newer when both are told on that day', () => {
    expect(datedStance(later, '2025-08-19', ofTheDay, '2025-08-19').stance).toBe('contradicts');
  });
});

describe('a length of time after "after"', () => {
  const reference =
    'Authorities evacuated more than 14,000 people as the Dalvik dam opened its gates after four days of rain.';

  it('dates nothing: the sentence is of its report', () => {
    expect(sentenceTime(reference, '2025-10-29')).toMatchObject({ own: false, when: { iso: '2025-10-29' } });
  });

  it('leaves a later report’s larger count an update', () => {
    const page = 'Some 25,000 people have been evacuated since the Dalvik dam opened its gates, officials said.';
    expect(datedStance(page, '2025-11-01', reference, '2025-10-29').stance).toBe('updates');
  });
});

describe('a noun of an outcome before those who act', () => {
  const predicateOf = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon).features.quantities.find((quantity) => quantity.unit === '')?.predicate;

  it('names who acts, not what the count counts ("rescue workers pulled nine bodies")', () => {
    expect(predicateOf('Rescue workers pulled nine bodies from the river.')).toBe('pull');
    expect(predicateOf('Rescue teams are drilling toward two miners trapped in the tunnel.')).toBe('trap');
  });

  it('still counts its outcome where it names no one who acts ("evacuation orders covered 2,000 homes")', () => {
    expect(predicateOf('Evacuation orders covered 2,000 homes near the river.')).toBe(
      predicateOf('Evacuation orders were issued for 2,000 homes near the river.'),
    );
  });
});
