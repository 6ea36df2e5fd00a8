/**
 * What a sentence does not claim about the event: a norm ("the reservoir is usually above 40 metres"), a question it
 * reports ("asked whether fares would rise, ..."), and an act denied on one day against the act done on another
 * ("will not sail tomorrow" / "will sail again on Monday"). Written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { normAgainstEvent } from '../../lib/claims/modality';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { otherPeriod } from '../../lib/time/period';
import { testArticle } from '../helpers/articles';
import { datedStance, storyStance as stanceOf } from '../helpers/dated-stance';

const storyStance = (pageText: string, referenceText: string) => stanceOf(pageText, referenceText).stance;

describe('a norm against an event', () => {
  const index = buildReferenceIndex([
    testArticle('wire', 'The Brannock reservoir stood at 31.4 metres on Tuesday, the water board said.'),
  ]);
  const statusOf = (text: string) => annotateBlocks(index, [{ id: 'b0', text }])[0]?.status;

  it('gives no verdict: what happens as a rule neither confirms nor refutes what happened this time', () => {
    const status = statusOf('The Brannock reservoir usually stands at about 40 metres, the water board said.');
    expect(status).toBe('related');
  });

  it('still judges the event itself', () => {
    expect(statusOf('The Brannock reservoir stood at 36 metres on Tuesday, the water board said.')).toBe('conflicting');
  });

  it('is a norm said before its verb, not a manner ("ran normally") or a comparison ("than usual")', () => {
    const event = 'The reservoir stood at 31 metres on Tuesday.';
    expect(normAgainstEvent('The reservoir is normally above 40 metres.', event)).toBe(true);
    expect(normAgainstEvent('Pumps at the reservoir kept working normally throughout.', event)).toBe(false);
    expect(normAgainstEvent('The reservoir fell faster than usual.', event)).toBe(false);
  });

  it('is not one of a thing named in a relative clause', () => {
    expect(
      normAgainstEvent('The dam, which usually draws 9,000 visitors, is shut.', 'The dam was shut on Tuesday.'),
    ).toBe(false);
  });

  it('agrees with a rate on the other side, which states a norm too', () => {
    expect(
      normAgainstEvent('Normally some 12,000 cars a day cross the dam.', 'About 12,000 cars a day cross the dam.'),
    ).toBe(false);
  });
});

describe('a question reported', () => {
  it('is no act the reference denies', () => {
    expect(
      storyStance(
        'Asked whether fares would now fall, the regulator said that was up to the operators.',
        'The regulator did not order the operators to cut fares, saying it has no power to set them.',
      ),
    ).toBe('related');
  });

  it('leaves an act asserted beside it judged', () => {
    expect(
      storyStance(
        'Asked whether fares would fall, the regulator said it had capped fares on the Corran route.',
        'The regulator has not capped fares on the Corran route, its chair said.',
      ),
    ).toBe('contradicts');
  });
});

describe('an act denied on one day and done on another', () => {
  it('is no contradiction when each side gives its own day', () => {
    expect(
      datedStance(
        'The Corran ferry will not sail tomorrow, the operator says.',
        '2026-03-03',
        'The Corran ferry stayed in port on Wednesday and will sail again on Monday.',
        '2026-03-04',
      ).stance,
    ).toBe('related');
  });

  it('contradicts when both give the same day', () => {
    expect(
      datedStance(
        'The Corran ferry did not sail on Monday, the operator said.',
        '2026-03-03',
        'The Corran ferry sailed on Monday after repairs.',
        '2026-03-04',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a figure of last winter', () => {
  it("is of another period than the story's, whatever it counts", () => {
    const page = 'The coastguard says ice accidents killed 140 people nationwide last winter.';
    const reference = 'Two anglers died when the ice broke, the coastguard said.';
    expect(otherPeriod(page, '2026-02-10', reference, '2026-02-10')).toBe(true);
    expect(otherPeriod('Ice accidents killed 140 people this winter.', '2026-02-10', reference, '2026-02-10')).toBe(
      false,
    );
  });
});

describe('a thing passed over', () => {
  it('is denied after "rather than" or "instead of", so it agrees with "not"', () => {
    expect(
      storyStance(
        'Medics are cooling the burns with tap water rather than ice, which harms the skin.',
        'Medics are cooling the burns with tap water, not ice.',
      ),
    ).toBe('supports');
  });

  it('is no act a ban denies: "can no longer be moved" agrees with "banning the movement"', () => {
    expect(
      storyStance(
        'Sheep in the two valleys can no longer be moved or sold while the quarantine lasts.',
        'The ministry placed the two valleys under quarantine, banning the movement and sale of sheep.',
      ),
    ).toBe('supports');
  });
});

describe('what the new rules leave alone', () => {
  it('a ban that is a noun or an adjective, or lifted in a clause of its own', () => {
    for (const reference of [
      'Protesters defied a ban and marched through the Orsk city centre on Saturday.',
      'The ban was lifted and protesters marched through the Orsk city centre on Saturday.',
    ])
      expect(storyStance('Protesters did not march through the Orsk city centre on Saturday.', reference)).toBe(
        'contradicts',
      );
    expect(
      storyStance(
        'The banned party did not hold a rally in Lenz on Sunday.',
        'The banned party held a rally in Lenz on Sunday.',
      ),
    ).toBe('contradicts');
  });

  it('an adverb of the norm that describes a thing ("the normally quiet square")', () => {
    const event = 'About 300 protesters gathered in the town square on Saturday.';
    expect(
      normAgainstEvent('About 3,000 protesters gathered in the normally quiet town square on Saturday.', event),
    ).toBe(false);
    expect(normAgainstEvent('He served the most years of any senator.', event)).toBe(false);
  });

  it('"sooner rather than later", which passes over no thing', () => {
    expect(
      storyStance(
        'The Orsk central bank will raise rates sooner rather than later.',
        'The Orsk central bank will raise rates later this year.',
      ),
    ).toBe('supports');
  });
});
