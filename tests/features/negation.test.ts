import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { negatedStems } from '../helpers/negated';

const negated = (sentence: string) =>
  analyseSentence(sentence)
    .features.words.filter((word) => word.negated)
    .map((word) => word.stem);

/** The same with the full lexicon, which tells a verb after "to" ("declined on Monday to suspend"). */
const negatedWithLexicon = negatedStems;

describe('negation scope', () => {
  it('negates the words after a cue, not names', () => {
    expect(negated('The soldiers have not asked to be resettled in South Korea.')).toEqual(['ask', 'resettl']);
  });

  it('treats denial and refusal as negation', () => {
    expect(negated('The agency denied that it had taken part in questioning.')).toContain('taken');
    expect(negated('The agency refused to discuss the matter.')).toContain('discuss');
  });

  it('after "without" takes its object, not the clause', () => {
    const words = negated('The storm left the valley without power for ten hours as rivers rose.');
    expect(words).toContain('power');
    expect(words).not.toContain('rose');
  });

  it('reads a refutation before a thing as what kind of thing it is, not as a negation', () => {
    expect(negated('Fake tickets were sold outside the Corrow ground before the match.')).toEqual([]);
    expect(negated('Police seized bogus invoices worth two million.')).toEqual([]);
    // Before a report, it refutes what the report says.
    expect(negated('Officials dismissed as a false claim that the plant had closed.')).not.toEqual([]);
    expect(negated('The ministry spread false reports that the dam had burst.')).toContain('burst');
  });

  it('reads "No." before a number and "no confidence" as names, not negations', () => {
    expect(negated('The driver of the No. 7 bus was detained for questioning.')).toEqual([]);
    expect(negated('The council passed a motion of no confidence in the mayor.')).toEqual([]);
    expect(negated('No buses were damaged.')).toEqual(['buse', 'damag']);
  });

  it('reads a failing "to", "in" or "of" something as its negation, and a failing alone as a word', () => {
    expect(negated('The bank was fined for lapses in its monitoring of payments.')).toContain('monitor');
    expect(negated('The firm admitted a failure to inspect the cables.')).toContain('inspect');
    expect(negated('Engine failure caused the crash near Corrow.')).toEqual([]);
  });

  it('reads "failed" and "declined" as negation only before what they govern', () => {
    expect(negatedWithLexicon('The contractor failed to repair the sluice gate.')).toEqual(['repair', 'sluic', 'gate']);
    expect(negatedWithLexicon('Ticket sales declined to a record low.')).toEqual([]);
    expect(negated('The council declined the offer of a new depot.')).toContain('offer');
    expect(negated('The inspectors said the crane failed its load test.')).toContain('load');
    expect(negatedWithLexicon('The tribunal declined on Monday to suspend the lockout.')).toContain('suspend');
    expect(negatedWithLexicon('Ticket sales declined in March to their lowest level.')).toEqual([]);
    // What became of something, not a negation of the clause.
    expect(negated('A failed hydraulic valve let the crane arm drop.')).toEqual([]);
    expect(negated('Ticket sales declined sharply over the winter.')).toEqual([]);
    expect(negated('Ticket sales declined in March to their lowest level.')).toEqual([]);
    expect(negated('Failing bridges will be rebuilt first.')).toEqual([]);
  });

  it('reads "stayed away from" as not being there', () => {
    expect(negatedWithLexicon('Most dockers stayed away from the harbour on Friday.')).toContain('harbor');
    expect(negatedWithLexicon('The dockers walked away with a pay rise.')).toEqual([]);
  });

  it('reads "barred from" an act as not doing it, not where it is barred', () => {
    const barred = negatedWithLexicon('The club is barred from signing players in the coming season.');
    expect(barred).toContain('sign');
    expect(barred).not.toContain('season');
    expect(negatedWithLexicon('Fans were banned from the stadium on Saturday.')).toEqual([]);
    expect(negatedWithLexicon('Traffic on the Vell bridge was blocked from morning until noon.')).toEqual([]);
  });

  it('reads a denial denied as asserting what it would deny', () => {
    expect(negatedWithLexicon('Until March, bakeries cannot refuse the old coins.')).toEqual([]);
    expect(negatedWithLexicon('The mayor did not deny the report.')).toEqual([]);
    expect(negatedWithLexicon('The mayor denied the report.')).toContain('report');
  });

  it('reads "not the first" as something that happened before, not a denial', () => {
    expect(negated("It was not the council's first fine from the regulator.")).toEqual([]);
    expect(negated('It was not for the first time that the ferry ran aground.')).toEqual([]);
    expect(negated('The council has not paid its staff since the first strike.')).toContain('staff');
  });

  it('stops at a clause boundary', () => {
    const words = negated('They did not attend, but the ministry sent a statement.');
    expect(words).toEqual(['attend']);
  });

  it('counts cues, including contractions', () => {
    expect(analyseSentence("He didn't say and never will.").features.negations).toBe(2);
    expect(analyseSentence('Troops were deployed to the border.').features.negations).toBe(0);
  });

  it('lets a refutation after a copula negate the subject before it', () => {
    expect(negated('The video of a bird pooping on Vladimir Putin is a hoax.')).toEqual(
      expect.arrayContaining(['video', 'bird', 'poop']),
    );
    expect(negated('Reports that the airline will segregate passengers are not true.')).toEqual(
      expect.arrayContaining(['segreg', 'passeng']),
    );
    expect(negated('The story about the closure was completely false.')).toContain('closur');
  });

  it('looks ahead when the refuted thing follows ("it is false that …")', () => {
    expect(negated('It is false that the bridge collapsed.')).toContain('collaps');
  });

  it('leaves a refutation word that is not a complement to the forward scope', () => {
    expect(negated('Officials said the bridge collapsed and blamed a false alarm.')).not.toContain('collaps');
  });
});

describe('"neither of" and "none of"', () => {
  const negatedIn = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon)
      .features.words.filter((word) => word.negated)
      .map((word) => word.text);

  it('negate the predicate, not the phrase they pick from', () => {
    expect(negatedIn('Neither of the rescued climbers has asked to leave the camp.')).toEqual([
      'asked',
      'leave',
      'camp',
    ]);
    expect(negatedIn('None of the 40 stranded passengers survived.')).toEqual(['survived']);
  });
});

describe('"not ... until"', () => {
  it('says when, not whether: it negates nothing', () => {
    expect(negated('The bridge will not reopen to traffic until March.')).toEqual([]);
    expect(negated('The club cannot admit fans until 40 new cameras are installed.')).toEqual([]);
  });

  it('leaves a denial in a clause of its own', () => {
    expect(negated('The bridge did not reopen, and it will stay shut until March.')).toContain('reopen');
  });
});

describe('a position reported rejected', () => {
  const disputed = (sentence: string) =>
    analyseSentence(sentence)
      .features.words.filter((word) => word.disputed)
      .map((word) => word.stem);

  it('after the rejection, is a position the sentence reports disputed', () => {
    const words = disputed(
      'The council said the tower was safe, rejecting claims by residents that the cladding could burn.',
    );
    expect(words).toEqual(expect.arrayContaining(['claim', 'clad']));
    expect(
      negated('The council said the tower was safe, rejecting claims by residents that the cladding could burn.'),
    ).not.toContain('safe');
  });

  it('after a possessor, is still a position rejected', () => {
    expect(
      disputed("The tribunal rejected the landlord's argument that the tenants had left of their own accord."),
    ).toEqual(expect.arrayContaining(['argument', 'tenant', 'left']));
  });

  it('before a relative clause that rejects it, is negated and disputed back to its verb of saying', () => {
    const sentence =
      'The skater has always said the pills came from a tainted vitamin, an argument the judges rejected.';
    expect(negated(sentence)).toEqual(expect.arrayContaining(['pill', 'came', 'taint', 'vitamin']));
    expect(disputed(sentence)).toContain('came');
    expect(negated(sentence)).not.toContain('skater');
  });

  it('before a rejection of "this" that closes the sentence, is the clause before it', () => {
    const sentence =
      'Several passengers said a lifeboat had been missing from the deck; the ferry company denied this.';
    expect(disputed(sentence)).toEqual(expect.arrayContaining(['lifeboat', 'deck']));
    expect(negated(sentence)).not.toContain('passeng');
    expect(disputed('The ferry company denied this on Monday after passengers complained.')).toEqual([]);
  });

  it('is no dispute when the rejection has its own object, or none follows a comma', () => {
    expect(disputed('The judges rejected the appeal of the skater on Monday.')).toEqual([]);
    expect(negated('The pills came from a tainted vitamin the judges rejected.')).toEqual([]);
  });
  it('reads "ruled out" with its object between as a negation, and a ruling alone as none', () => {
    expect(negatedWithLexicon('Inspectors tested the pumps, ruling them out as the cause of the flood.')).toContain(
      'caus',
    );
    expect(negatedWithLexicon('Inspectors ruled out the pumps as the cause.')).toContain('caus');
    expect(negatedWithLexicon('The ruling on Monday ordered the pumps replaced.')).toEqual([]);
    expect(negatedWithLexicon('The judge ruled that the pumps had been neglected.')).toEqual([]);
  });

  it('reads "dismissed" as a negation of what someone said, not of people dismissed from their jobs', () => {
    expect(negatedWithLexicon('The port unlawfully dismissed 37 crane drivers after the strike.')).toEqual([]);
    expect(negatedWithLexicon('The mayor dismissed it as gossip.')).not.toEqual([]);
    // A position rejected reaches through what it says, past the usual four words.
    expect(
      negatedWithLexicon('The director dismissed suggestions that a faulty valve of the old boiler was to blame.'),
    ).toContain('blame');
  });

  it('reads "no" before a noun and a bounding comparative with a figure as a limit, not a negation', () => {
    expect(negatedWithLexicon('No bus older than 12 years may carry pupils.')).toEqual([]);
    expect(negatedWithLexicon('No bus older than the depot may carry pupils.')).not.toEqual([]);
  });

  it('stops past a negated verb where another predicate opens', () => {
    const words = negatedWithLexicon('Tickets that are never collected will go to a charity raffle.');
    expect(words).toContain('collect');
    expect(words).not.toContain('chariti');
    expect(negatedWithLexicon('Bottles that were never returned are kept by the shop.')).not.toContain('keep');
    // Before any verb, the modal is the denied predicate's own.
    expect(negatedWithLexicon('The board denied that it would close the depot.')).toContain('close');
  });

  it('reads "free of" as the absence of what follows', () => {
    expect(negatedWithLexicon('The herd is free of the virus, the vet said.')).toContain('viru');
    expect(negatedWithLexicon('The herd grazed freely on the hill.')).toEqual([]);
  });
});
