/**
 * A figure the reference dates to an earlier year is an earlier event's; a total over a stretch of the calendar holds
 * one event's figure; "without" a list of modifiers, or a determiner, denies the noun after it; a verb denied with
 * its object agrees with another act done without that object; a precise figure given alike ties two verbs to one act. Every sentence is written for these
 * tests about invented places.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { align } from '../../lib/match/similarity';
import { decideStance } from '../../lib/match/stance';
import { storyStance } from '../helpers/dated-stance';
import { negatedStems } from '../helpers/negated';

describe('a figure the reference dates to an earlier year', () => {
  it('is an earlier event told as background, not against the present toll', () => {
    const result = storyStance(
      'Twelve people have died, the Velk health ministry said.',
      "Velk's last typhoid outbreak, in 2014, killed more than 90 people.",
      { page: '2025-06-04', reference: '2025-06-02' },
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('still differs when the page speaks of that earlier event too', () => {
    const result = storyStance(
      'The last strike at the Orsk mill, six years ago, lasted eight days.',
      'The last strike at the Orsk mill, in 2019, lasted 13 days.',
      { page: '2025-06-04', reference: '2025-06-02' },
    );
    expect(result.stance).toBe('contradicts');
  });

  it('a year the reference gives as a span up to now is no earlier event', () => {
    const result = storyStance(
      'The Orsk board has proposed a dividend of 0.41 crowns per share.',
      'The Orsk board proposed a dividend of 0.14 crowns per share, the first payout since 2016.',
      { page: '2025-06-04', reference: '2025-06-02' },
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a total over a period', () => {
  it('holds one event of it: a year-to-date seizure is not against one raid', () => {
    const result = storyStance(
      'More than 7 tonnes of heroin have been seized in Velk since January, customs officials said.',
      'The Velk coastguard seized 1.6 tonnes of heroin from a fishing boat off the coast, customs officials said.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('two figures of the same raid still differ', () => {
    const result = storyStance(
      'The Velk coastguard seized 2.6 tonnes of heroin from a fishing boat off the coast, customs officials said.',
      'The Velk coastguard seized 1.6 tonnes of heroin from a fishing boat off the coast, customs officials said.',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('a total smaller than the one event it should hold still differs', () => {
    const result = storyStance(
      'About 1.1 tonnes of heroin have been seized in Velk since January, customs officials said.',
      'The Velk coastguard seized 1.6 tonnes of heroin from a fishing boat off the coast, customs officials said.',
    );
    expect(result.stance).not.toBe('supports');
  });
});

describe('"without" a list of modifiers', () => {
  it('denies the noun they go with', () => {
    const negated = negatedStems(
      'The ministry granted the licence in 2022 without the full, public and documented consent of four villages.',
    );
    expect(negated).toContain('consent');
    expect(negated).not.toContain('grant');
  });

  it('ends at a comma that ends the phrase', () => {
    expect(negatedStems('Without a permit, staff and drivers were fined.')).not.toContain('staff');
    expect(negatedStems('The district was left without water, and residents queued at tankers.')).not.toContain(
      'resid',
    );
  });

  it('denies a noun after a determiner however tagged', () => {
    expect(
      negatedStems('The Velk office granted the Orsk licence without the consent of the four villages.'),
    ).toContain('consent');
  });

  it('agrees with a report that the consent was not given, though the acts differ', () => {
    for (const reference of [
      'The Velk office granted the Orsk licence without the consent of the four villages.',
      'The Velk office granted the Orsk licence without the full, public and documented consent of the four villages.',
    ]) {
      const result = storyStance('The four villages had not given their consent for the Orsk licence.', reference);
      expect(result.stance).toBe('supports');
    }
  });

  it('still contradicts a consent the other side says was given', () => {
    const result = storyStance(
      'The four villages had not given their consent for the Orsk licence.',
      'The four villages had given their consent for the Orsk licence.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a precise figure given alike', () => {
  /** The stance at a threshold just under the pair's own score: worded alike, but no more than that. */
  function stanceAtItsScore(pageText: string, referenceText: string) {
    const page = analyseSentence(pageText, defaultLexicon).features;
    const reference = analyseSentence(referenceText, defaultLexicon).features;
    const alignment = align(page, reference, () => 1);
    const threshold = alignment.score - 0.02;
    return decideStance({ page, reference, pageText, referenceText, alignment, sameStory: true }, threshold, threshold);
  }

  it('ties two verbs the lexicon does not link to one act', () => {
    for (const [page, reference] of [
      [
        'Each bereaved family will receive 80,000 crowns from the Orsk government, the governor said.',
        'The Orsk government announced compensation of 80,000 crowns for the family of each victim.',
      ],
      [
        "The port of Orsk, the country's second port, received 270,000 tonnes.",
        'Arrivals at the port of Orsk accounted for 270,000 tonnes.',
      ],
    ]) {
      expect(stanceAtItsScore(page, reference).stance).toBe('supports');
    }
  });

  it('not when one side undoes the act: compensation withdrawn is not compensation paid', () => {
    const result = stanceAtItsScore(
      'Each bereaved family will receive 80,000 crowns from the Orsk government, the governor said.',
      'The Orsk government withdrew compensation of 80,000 crowns for the family of each victim.',
    );
    expect(result.stance).toBe('related');
  });
});

describe('what these rules leave alone', () => {
  const dated = { page: '2025-06-04', reference: '2025-06-02' };

  it("a year of a thing's origin, a difference that is no figure, last month", () => {
    expect(
      storyStance(
        'The Orsk steel company employs 2,500 people.',
        'The Orsk steel company, founded in 1998, employs 4,000 people.',
        dated,
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'The Orsk steel mill did not close on Monday, the company said.',
        'The Orsk steel mill, which was built in 1990, closed on Monday, the company said.',
        dated,
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'Velk unemployment was 6.3 percent in December, the statistics office said.',
        'Velk unemployment was 5.1 percent in December 2024, the statistics office said.',
        { page: '2025-01-07', reference: '2025-01-07' },
      ).stance,
    ).toBe('contradicts');
  });

  it('a "since" that is no total over a period', () => {
    expect(
      storyStance(
        'The Orsk board proposed a dividend of 0.14 crowns per share.',
        'The Orsk board proposed a dividend of 0.41 crowns per share, the first payout since 2016.',
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'President Lanu won 54 percent of the vote, the Velk election board said.',
        'President Lanu, in office since 2019, won 62 percent of the vote, the Velk election board said.',
      ).stance,
    ).toBe('contradicts');
  });

  it('the same verb denied with its object and done on the other side', () => {
    const result = storyStance(
      'The Velk minister did not mention compensation for the Orsk families.',
      'The Velk minister mentioned that the Orsk families were left without compensation.',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('a list of things after "without", and whose the lacking thing is', () => {
    expect(negatedStems('Without a permit, staff and drivers paid fines of 200 crowns.')).toEqual(['permit']);
    expect(negatedStems('Without power, families and businesses lost food.')).toEqual(['power']);
    expect(negatedStems('The Orsk mine opened in March without the consent of four villages.')).toEqual(['consent']);
  });
});
