/**
 * A report that names its country and a place of its own in it, and one that names no country, only places and people
 * of its own the first never gives, are two stories; a figure given as a part of another, or as a count of those hurt
 * one way, is not against the whole. Every sentence is written for these tests about invented places, firms and
 * people.
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
      'About 450 patients are in hospital in Chisinau and across Moldova.',
      'Vaccination teams will visit every school within ten days, officials said.',
    ];
    expect(statuses(PROVINCE, page).filter(badged)).toEqual([]);
  });

  it('are one story when the page names only its country, as a wire report of a local one may', () => {
    // "Ukraine" is read as "ukrain": the country's own name, not a place in it.
    const wire = [
      'Health officials in Ukraine have recorded 3,875 dengue cases since January, more than twice as many as a year ago.',
      'Six people have died, including two children, the health ministry said.',
      'About 450 patients are in hospital across Ukraine.',
    ];
    expect(statuses(PROVINCE, wire)[1]).toBe('corroborated');
    const page = [
      'Health officials in Moldova said 3,875 dengue cases had been recorded since January.',
      'Six people have died, including two children, the provincial health office said.',
      'It is the worst outbreak in Moldova in a decade.',
      'About 520 patients are in hospital, officials in Moldova said.',
    ];
    expect(statuses(PROVINCE, page).slice(0, 2)).toEqual(['corroborated', 'corroborated']);
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

describe('a short sentence sharing a precise figure and what it counts, in one story', () => {
  const reference = [
    'A dye spill at the Harlow Textiles mill in Pell has polluted the Dunmore river, the Carrow water agency said.',
    'The Carrow water agency will send 1,200 workers to clean the Dunmore river.',
  ];
  const story =
    'The Harlow Textiles mill in Pell spilled dye into the Dunmore river, according to the Carrow water agency.';

  it('is no verdict when the act is another', () => {
    for (const sentence of ['About 1,200 workers have been withdrawn.', 'Around 1,200 workers were trained.']) {
      expect(badged(statuses(reference, [story, sentence])[1])).toBe(false);
    }
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
    // A total that happens to be the other side's part is still a total.
    expect(
      pageStatuses(
        ['Police in Vardo said 27 people were hurt when a Nordline train derailed near Skarn, nine of them children.'],
        ['Police in Vardo said nine people were hurt when a Nordline train derailed near Skarn.'],
      )[0],
    ).toBe('conflicting');
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

  it('leaves alone figures whose neighbours only sound like a severity', () => {
    const reference = ['Thirty-one people died in the collision on the Ardo road near Vell on Tuesday, police said.'];
    for (const sentence of [
      'Twenty-seven people died in the serious collision on the Ardo road near Vell on Tuesday, police said.',
      'Two passengers were badly hurt and 12 died in the collision on the Ardo road near Vell on Tuesday, police said.',
    ]) {
      expect(pageStatuses(reference, [sentence])[0]).toBe('conflicting');
    }
    expect(
      pageStatuses(
        ['The city approved 3.1 billion pounds for a tram line to the Vell airport on Tuesday.'],
        ['The city approved 2.4 billion pounds for a light rail line to the Vell airport on Tuesday.'],
      )[0],
    ).toBe('conflicting');
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
