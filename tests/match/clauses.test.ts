import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { clausesOf, clauseTexts, framedFact } from '../../lib/match/clauses';

describe('clauseTexts', () => {
  it('splits a sentence of several facts where a new clause starts', () => {
    expect(
      clauseTexts(
        'The tram left the depot at 6:10 a.m., when its brakes failed on the hill, leaving three riders hurt.',
      ),
    ).toEqual([
      'The tram left the depot at 6:10 a.m.',
      'when its brakes failed on the hill',
      'leaving three riders hurt.',
    ]);
    expect(clauseTexts('The mayor resigned on Friday; her deputy takes over until the vote.')).toEqual([
      'The mayor resigned on Friday',
      'her deputy takes over until the vote.',
    ]);
  });

  it('leaves a sentence of one clause whole', () => {
    expect(clauseTexts('The tram left the depot at 6:10 a.m. with forty riders on board.')).toEqual([]);
    // A comma inside a list or before a name is no joint.
    expect(clauseTexts('Riders from Hollin, Brede and Varrow were on board.')).toEqual([]);
  });

  it('keeps a piece too short to be a clause with the piece next to it', () => {
    expect(clauseTexts('The depot, which opened in 1998, will close in May.')).toEqual([]);
    expect(clauseTexts('Rescuers reached the riders stuck on the hill, while crowds watched.')).toEqual([]);
    expect(
      clauseTexts('The tram stopped, and then it burned down to its frame, after its brakes failed on the hill.'),
    ).toEqual(['The tram stopped, and then it burned down to its frame', 'after its brakes failed on the hill.']);
  });
});

describe('clausesOf', () => {
  it('analyses each clause once and remembers it with the sentence', () => {
    const text = 'The tram left the depot at 6:10 a.m., when its brakes failed on the hill.';
    const features = analyseSentence(text, defaultLexicon).features;
    const first = clausesOf(text, features, defaultLexicon);
    expect(first.map((clause) => clause.text)).toEqual([
      'The tram left the depot at 6:10 a.m.',
      'when its brakes failed on the hill.',
    ]);
    expect(first[1].features.words.map((word) => word.stem)).toContain('brake');
    expect(clausesOf(text, features, defaultLexicon)).toBe(first);
  });
});

describe('framedFact', () => {
  it('is what a main clause that only places it in time introduces, without a comma', () => {
    expect(framedFact("The ministry's statement came after a hostage said he wished to stay abroad.")).toBe(
      'a hostage said he wished to stay abroad.',
    );
    expect(framedFact('The strike comes as the operator reported 400 cancelled trains.')).toBe(
      'the operator reported 400 cancelled trains.',
    );
    expect(framedFact('The move came days after floods cut off the valley road.')).toBe(
      'floods cut off the valley road.',
    );
  });

  it('leaves out an aside that says where it was said, not what', () => {
    expect(
      framedFact(
        "The ministry's statement came after a freed hostage, in an interview with a weekly paper, said he wished to stay abroad.",
      ),
    ).toBe('a freed hostage said he wished to stay abroad.');
    // An aside with a clause of its own is kept.
    expect(
      framedFact('The statement came after a hostage, in which role he spent a year, said he wished to stay abroad.'),
    ).toBe('a hostage, in which role he spent a year, said he wished to stay abroad.');
  });

  it('is undefined for a sentence with no frame, or too little after it', () => {
    expect(framedFact('A freed hostage said he wished to stay abroad.')).toBeUndefined();
    expect(framedFact('The rain came after midnight.')).toBeUndefined();
    expect(framedFact('The verdict came as a shock to the families of the two missing climbers.')).toBeUndefined();
    expect(framedFact('He came after all.')).toBeUndefined();
  });
});
