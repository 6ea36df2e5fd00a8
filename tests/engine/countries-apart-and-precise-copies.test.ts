/**
 * A report that names its country again and again and one that names no country, only places and people of its own
 * the first never gives, are two stories; a short restatement that shares two things, one a precise figure given
 * alike, may agree, never differ. Every sentence is written for these tests about invented places, firms and people.
 */
import { describe, expect, it } from 'vitest';
import { badged, pageStatuses } from '../helpers/articles';

const statuses = (reference: readonly string[], page: readonly string[]) => pageStatuses(reference, page, '2025-08-20');

/** A dengue outbreak in an invented province whose report never names its country. */
const PROVINCE = [
  'Health officials in Varnaq province have recorded 3,875 dengue cases since January, more than twice as many as a year ago.',
  'Six people have died of the disease, including two children, the provincial health office said.',
  'About 450 patients are in hospital, most of them in the town of Olzenby and in Kessin district.',
  'Deputy director Ilse Marrow said spraying teams would visit every street of Olzenby and Brisk within ten days.',
];

describe('a report naming its country and one naming only places of its own', () => {
  it('are two stories, however alike their figures', () => {
    const page = [
      'Health officials in Moldova have recorded 3,875 measles cases since January, more than twice as many as a year ago.',
      'Six people have died, including two children, the health ministry said.',
      'About 450 patients are in hospital across Moldova.',
      'Vaccination teams will visit every school within ten days, officials said.',
    ];
    expect(statuses(PROVINCE, page).filter(badged)).toEqual([]);
  });

  it('are one story when the page gives one of the source’s own names', () => {
    const page = [
      'Dengue cases in Varnaq province have reached 3,875, officials in Moldova said.',
      'Six people have died, including two children, the provincial health office said.',
      'About 450 patients are in hospital, most of them in Olzenby, a Moldovan health official said.',
    ];
    const found = statuses(PROVINCE, page);
    expect(found[1]).toBe('corroborated');
  });

  it('are one story when neither names a country', () => {
    const page = [
      'Dengue has now infected 3,875 people this year, officials said.',
      'Six people have died, including two children, the provincial health office said.',
    ];
    expect(statuses(PROVINCE, page)[1]).toBe('corroborated');
  });
});

/** A spill at an invented mill: the story both the reference and the pages below name. */
const SPILL = [
  'A dye spill at the Harlow Textiles mill in Pell has polluted the Dunmore river, the Carrow water agency said.',
  'About 3,400 households were forced from their homes by the flooding that followed, the agency said.',
  'The mill exported 1.2 million tonnes of cloth last year.',
  'Two households were forced from their homes, the agency said.',
];
const SPILL_PAGE =
  'The Harlow Textiles mill in Pell spilled dye into the Dunmore river, according to the Carrow water agency.';

/** The status of `sentence` on a page of the spill's story. */
const inStory = (sentence: string) => statuses(SPILL, [SPILL_PAGE, sentence])[1];

describe('a short restatement with a precise figure given alike, in one story', () => {
  it('agrees though it shares only the figure and what it counts', () => {
    expect(inStory('Some 3,400 households have been displaced.')).toBe('corroborated');
  });

  it('never differs: another figure in other words is no verdict', () => {
    expect(badged(inStory('Some 3,900 households have been displaced.'))).toBe(false);
  });

  it('needs a precise figure: a small count and one word are not enough', () => {
    expect(badged(inStory('Two households have been displaced.'))).toBe(false);
  });

  it('needs one thing counted: a figure of another thing is no verdict', () => {
    expect(badged(inStory('The mill exported 1.2 million tonnes of yarn.'))).toBe(false);
  });

  it('needs the story: the same short sentence on a page of no story is no verdict', () => {
    expect(statuses(SPILL, ['Some 3,400 households have been displaced.']).filter(badged)).toEqual([]);
  });
});

describe('a figure the other side gives as a part of another', () => {
  const reference = ['Police said 31 people were hurt, nine of them seriously.'];

  it('is compared with the part, not the whole', () => {
    expect(pageStatuses(reference, ['She was one of nine passengers seriously hurt, police said.'])[0]).not.toBe(
      'conflicting',
    );
    expect(
      pageStatuses(reference, ['Thirty-one people were hurt, nine with serious injuries, police said.'])[0],
    ).not.toBe('conflicting');
  });

  it('still differs from another whole', () => {
    expect(pageStatuses(reference, ['Police said 40 people were hurt, nine of them seriously.'])[0]).toBe(
      'conflicting',
    );
  });
});

describe('a count of those hurt one way', () => {
  const reference = [
    'Police in Vardo said three people were killed and 31 injured when a Nordline train derailed near Skarn.',
  ];
  const page = (count: string) => `Police in Vardo said ${count} when a Nordline train derailed near Skarn.`;

  it('is a part of those hurt, not another count of them', () => {
    expect(pageStatuses(reference, [page('nine people were seriously injured')])[0]).not.toBe('conflicting');
    expect(pageStatuses(reference, [page('nine people were left in critical condition')])[0]).not.toBe('conflicting');
  });

  it('still differs from a count hurt the same way', () => {
    expect(pageStatuses(reference, [page('three people were killed and 40 injured')])[0]).toBe('conflicting');
    expect(
      pageStatuses(
        ['Two people were critically injured and 55 suffered minor injuries, police in Vardo said.'],
        ['Two people were critically injured and 40 suffered minor injuries, police in Vardo said.'],
      )[0],
    ).toBe('conflicting');
  });
});
