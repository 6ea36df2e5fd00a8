/** Who a claim comes from: the words that name its source are marked, the claim's own words are not. */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';

const sourceWords = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon)
    .features.words.filter((word) => word.attribution)
    .map((word) => word.text);

describe('the source of a claim', () => {
  it('is the subject of a verb of saying that opens the sentence', () => {
    expect(sourceWords('The inspectors told reporters that the spillway cracked.')).toEqual(
      expect.arrayContaining(['inspectors', 'reporters']),
    );
  });

  it('takes an apposition between the name and its verb of saying', () => {
    const words = sourceWords(
      'Mara Quinn, one of the engineers who inspected the dam, told reporters that the spillway cracked.',
    );
    expect(words).toEqual(expect.arrayContaining(['Mara', 'Quinn', 'engineers', 'inspected', 'reporters']));
    expect(words).not.toContain('spillway');
    expect(words).not.toContain('cracked');
  });

  it('is not named by a noun that is spelt like a verb of saying', () => {
    expect(sourceWords('The governor declared a state of emergency in the valley.')).toEqual([]);
    expect(sourceWords('Officials state that the spillway cracked.')).toContain('Officials');
  });

  it('is the subject of a verb that reports a "that" clause, which keeps its own sense without one', () => {
    const words = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.words;
    const repeated = words('Minister Ada Kerr repeated on Tuesday that the ferry link would reopen in May.');
    expect(repeated.filter((word) => word.attribution).map((word) => word.text)).toEqual(
      expect.arrayContaining(['Minister', 'Ada', 'Kerr']),
    );
    expect(repeated.map((word) => word.text)).not.toContain('repeated');
    expect(sourceWords('The inquiry warned that staff had ignored two alarms.')).toEqual(['inquiry']);
    // "That" pointing at a noun opens no clause; a noun spelt like a reporting verb reports nothing; a verb whose act
    // is the news stays the predicate ("found that he was not guilty" / "found him guilty").
    expect(words('Ida Marl repeated that claim on Monday.').map((word) => word.text)).toContain('repeated');
    expect(sourceWords('Traffic signals that failed in Kesk caused three crashes.')).toEqual([]);
    expect(words('The jury found that Per Dahl was not guilty.').map((word) => word.text)).toContain('found');
    // Without "that", the verb is what happened.
    expect(words('Divers found two bodies near the pier.').map((word) => word.text)).toContain('found');
    expect(sourceWords('Divers found two bodies near the pier.')).toEqual([]);
    expect(words('The mayor pledged 4 million euros for repairs.').map((word) => word.text)).toContain('pledged');
    // A reporting verb taken into a phrase ("television showed") reports nothing.
    expect(sourceWords('State television showed rescuers lifting children from the roofs.')).toEqual([]);
  });

  it('is the phrase after the last comma when the verb of saying ends the sentence', () => {
    expect(sourceWords('The spillway cracked on Monday, the inspectors said.')).toEqual(['inspectors']);
  });

  it('is nothing when a verb of saying ends the sentence without a comma or in the passive', () => {
    expect(sourceWords('Shares in Brindle fell 6% on Friday after the merger was announced.')).toEqual([]);
    expect(sourceWords('Shares in Brindle fell 6% on Friday after the merger talks were reported.')).toEqual([]);
  });

  it('is not a clause of events before the verb of saying', () => {
    const words = sourceWords('Rain fell for days, the river rose, and engineers said that the dam held.');
    expect(words).not.toContain('Rain');
    expect(words).not.toContain('river');
  });
});

const verbs = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon)
    .features.words.filter((word) => word.verb)
    .map((word) => word.text);

describe('a verb in its base form after a plural subject', () => {
  it('is a verb before a preposition or "that", whatever the tagger says', () => {
    expect(verbs('Young recruits struggle with the cold and with the long night marches.')).toContain('struggle');
    expect(verbs('Residents in Kelso fear that the fire will turn north.')).toContain('fear');
  });

  it('is not taken after a possessive or a singular noun', () => {
    expect(verbs("The recruits' struggle with the cold lasted all winter.")).not.toContain('struggle');
    expect(verbs('The press struggle with the cold.')).not.toContain('press');
    expect(verbs('The fear that the fire will turn north kept residents awake.')).not.toContain('fear');
  });
});

const supposedWords = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon)
    .features.words.filter((word) => word.hypothetical)
    .map((word) => word.text);

describe('a condition opened by an inverted "should"', () => {
  it('is not asserted, after a noun too', () => {
    expect(supposedWords('The board is open to talks with the crew should the sailors want asylum.')).toEqual(
      expect.arrayContaining(['sailors', 'asylum']),
    );
    expect(supposedWords('The board will act on Monday, should they sell the farm.')).toContain('sell');
  });

  it('is not read in a modal "should" with its verb', () => {
    expect(supposedWords('The board said the sailors should apply for asylum in Valdoria.')).toEqual([]);
  });
});

describe('a relative clause on a subject', () => {
  it('says which things the claim is about, and ends where the main predicate starts', () => {
    const supposed = supposedWords('Tenants who refuse to leave their flats will not be evicted.');
    expect(supposed).toEqual(expect.arrayContaining(['leave', 'flats']));
    expect(supposed).not.toContain('evicted');
  });

  it('runs on past a verb of saying, whose own clause may have an auxiliary', () => {
    expect(supposedWords('Tenants who said the landlord would evict them went to court.')).toContain('evict');
  });
});

describe('a question reported', () => {
  it('leaves the verb of asking unasserted ("Asked about the fine, ...", "asked whether ...")', () => {
    expect(supposedWords('Asked about the fine, the minister said it was fair.')).toContain('Asked');
    expect(supposedWords('Reporters asked whether the port would reopen.')).toContain('asked');
  });

  it('keeps questioning someone about a thing an act', () => {
    expect(supposedWords('Police questioned three men about the fire.')).toEqual([]);
  });
});
