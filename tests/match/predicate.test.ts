import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { align } from '../../lib/match/similarity';

const evenWeight = () => 1;
const predicateMatched = (page: string, reference: string) =>
  align(analyseSentence(page, defaultLexicon).features, analyseSentence(reference, defaultLexicon).features, evenWeight)
    .predicateMatched;

describe('the predicate of the page sentence', () => {
  it('is not matched by a gerund or a verb of a relative clause', () => {
    // The page shares "seized" (in a relative clause) and "returning" (a gerund): its claim is the release of a
    // video.
    expect(
      predicateMatched(
        'Quill released a video showing sailors who were seized, uneasy about returning home.',
        'Quill offered to return the seized sailors home.',
      ),
    ).toBe(false);
  });

  it('is not matched by a verb of a circumstance clause of the reference', () => {
    // The reference asserts the arrest; the attempt is its circumstance, background to another fact.
    expect(
      predicateMatched(
        'The captain attempted to burn the logbook.',
        'The captain was arrested at the harbour after attempting to burn the logbook.',
      ),
    ).toBe(false);
    expect(
      predicateMatched(
        'The captain attempted to burn the logbook.',
        'The captain attempted to burn the logbook at sea.',
      ),
    ).toBe(true);
  });

  it('is matched by its main verb, a verb coordinated with it, or a joined verb phrase', () => {
    expect(predicateMatched('The ferry sank off Port Sellin.', 'The Port Sellin ferry sank on Monday.')).toBe(true);
    expect(
      predicateMatched('The ferry struck a sandbar and sank off Port Sellin.', 'The Port Sellin ferry sank on Monday.'),
    ).toBe(true);
    expect(
      predicateMatched(
        'The council will hand over the keys to the new harbour master.',
        'The keys were handed over to the harbour master on Friday.',
      ),
    ).toBe(true);
  });
});

describe('the main predicate beside a clause set off as an aside', () => {
  it("is the main clause's verb, not the verb of a relative clause between commas", () => {
    // The asides' verbs are not linked ("escaped" / "survived"); the main clauses' are the same act.
    expect(
      predicateMatched(
        'The night guard, who escaped with light burns, was arrested by police.',
        'The night guard, who survived with minor burns, was detained by police.',
      ),
    ).toBe(true);
  });

  it('still needs the main clause restated: a shared aside is background', () => {
    expect(
      predicateMatched(
        'The keeper, who fled on foot, was fined by the court.',
        'The keeper fled on foot before the rangers arrived.',
      ),
    ).toBe(false);
  });

  it('is the verb a verb of lasting puts after it ("remains closed")', () => {
    expect(
      predicateMatched(
        'The Orlen ferry line remains suspended on the Tarsk route.',
        'Regulators suspended the Orlen ferry line on the Tarsk route pending a review.',
      ),
    ).toBe(true);
  });
});

describe('a phrasal verb with its object between verb and particle', () => {
  const stems = (text: string) => analyseSentence(text, defaultLexicon).features.words.map((word) => word.stem);

  it('is the same verb as the phrase written together', () => {
    expect(stems('The board turned the merger offer down on Tuesday.')).toContain('turn_down');
    expect(stems('The mayor said she would hand the keys over to the council.')).toContain('hand_over');
    expect(
      predicateMatched('The council set the fund up in March.', 'The council established the fund in March.'),
    ).toBe(true);
  });

  it('is not joined when the particle opens a phrase of its own', () => {
    const words = stems('The clerk handed the keys over the counter.');
    expect(words).toContain('hand');
    expect(words).not.toContain('hand_over');
  });
});
