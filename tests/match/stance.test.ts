import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { align } from '@/lib/match/similarity';
import { decideStance, type StanceInput } from '@/lib/match/stance';

const features = (text: string) => analyseSentence(text, defaultLexicon).features;

/** The stance input for a page sentence and a reference claim, every word weighing alike. */
function input(pageText: string, referenceText: string, extra: Partial<StanceInput> = {}): StanceInput {
  const page = features(pageText);
  const reference = features(referenceText);
  return { page, reference, pageText, referenceText, alignment: align(page, reference, () => 1), ...extra };
}

const THRESHOLD = 0.6;
const FLOOD = 'Floods killed 40 people in the Aldmere valley on Tuesday.';
const BRIDGE = 'The town council approved the new bridge over the river.';

describe('decideStance', () => {
  it('supports a restatement of the same fact, with no differences', () => {
    expect(decideStance(input(FLOOD, FLOOD), THRESHOLD)).toEqual({ stance: 'supports', differences: [] });
    const reworded = input(
      'The ferry operator cancelled all crossings to the island because of the storm.',
      'Because of the storm, the ferry operator called off every crossing to the island.',
    );
    expect(decideStance(reworded, THRESHOLD).stance).toBe('supports');
  });

  it('contradicts a different figure for the same fact, naming both figures', () => {
    const result = decideStance(input(FLOOD, FLOOD.replace('40', '55')), THRESHOLD);
    expect(result.stance).toBe('contradicts');
    expect(result.differences).toEqual([{ kind: 'number', page: '40', reference: '55' }]);
  });

  it('contradicts a denial of the same fact, naming the negated words', () => {
    const result = decideStance(
      input(BRIDGE, 'The town council did not approve the new bridge over the river.'),
      THRESHOLD,
    );
    expect(result.stance).toBe('contradicts');
    expect(result.differences.every((difference) => difference.kind === 'polarity')).toBe(true);
    expect(result.differences).toContainEqual({ kind: 'polarity', page: 'approved', reference: 'not … approve' });
  });

  it('contradicts another weekday for the same event', () => {
    const result = decideStance(input(FLOOD, FLOOD.replace('Tuesday', 'Friday')), THRESHOLD);
    expect(result.stance).toBe('contradicts');
    expect(result.differences.map((difference) => difference.kind)).toContain('date');
  });

  it('takes no side when another actor does the same thing', () => {
    const result = decideStance(
      input(
        'The Bank of England held its interest rate at five percent on Thursday.',
        'The Bank of Canada held its interest rate at five percent on Thursday.',
      ),
      0.1,
    );
    expect(result).toEqual({ stance: 'related', differences: [] });
  });

  it('takes no side when the predicates differ, even with most words shared', () => {
    const result = decideStance(
      input(
        'The ferry operator cancelled all crossings to the island.',
        'The ferry operator praised all crossings to the island.',
      ),
      0.1,
    );
    expect(result.stance).toBe('related');
  });

  it('decides only from the threshold up', () => {
    const partial = input(
      'The ferry operator cancelled all crossings to the island.',
      'The ferry operator cancelled all crossings to the island after a landslide near the old harbour.',
    );
    const { score } = partial.alignment;
    expect(score).toBeGreaterThan(0.3);
    expect(score).toBeLessThan(1);
    expect(decideStance(partial, score).stance).toBe('supports');
    expect(decideStance(partial, score + 0.01).stance).toBe('related');
  });

  it('does not read a polarity into words of a condition', () => {
    const result = decideStance(
      input(
        'If the town council approves the new bridge over the river, building starts in May.',
        'The town council did not approve the new bridge over the river.',
      ),
      0.1,
    );
    expect(result.differences.filter((difference) => difference.kind === 'polarity')).toEqual([]);
  });
});

describe('decideStance: counts whose nouns name the same kind of thing', () => {
  const STORM = 'The storm damaged 1,400 houses along the Aldmere coast on Tuesday.';

  it('pairs a count with one of its direct hypernym or hyponym ("houses" / "homes", "lorries" / "trucks")', () => {
    expect(decideStance(input(STORM, STORM.replace('houses', 'homes')), THRESHOLD)).toEqual({
      stance: 'supports',
      differences: [],
    });
    const lorries = 'Some 300 lorries queued at the Aldmere ferry port on Friday.';
    expect(decideStance(input(lorries, lorries.replace('lorries', 'trucks')), THRESHOLD).stance).toBe('supports');
  });

  it('contradicts a different figure for the same kind of thing', () => {
    const result = decideStance(input(STORM, STORM.replace('1,400 houses', '2,100 homes')), THRESHOLD);
    expect(result.stance).toBe('contradicts');
    expect(result.differences).toEqual([{ kind: 'number', page: '1,400', reference: '2,100' }]);
    const ships = 'The navy sent 31 ships to the Aldmere strait.';
    expect(decideStance(input(ships, ships.replace('31 ships', '45 vessels')), THRESHOLD).stance).toBe('contradicts');
  });

  it('keeps apart counts of siblings under one parent ("nurses" / "doctors", "cars" / "trucks")', () => {
    const nurses = 'The Dornfeld hospital hired 12,000 nurses last year.';
    expect(decideStance(input(nurses, nurses.replace('12,000 nurses', '4,500 doctors')), THRESHOLD).stance).toBe(
      'related',
    );
    expect(decideStance(input(nurses, nurses.replace('nurses', 'doctors')), THRESHOLD).stance).toBe('related');
    const cars = 'The Aldmere dealer sold 800 cars in March.';
    expect(decideStance(input(cars, cars.replace('800 cars', '300 trucks')), THRESHOLD).stance).toBe('related');
    const kettles = 'The factory recalled 250,000 kettles on Monday.';
    expect(decideStance(input(kettles, kettles.replace('kettles', 'toasters')), THRESHOLD).stance).toBe('related');
  });
});

describe('decideStance: a predicate worded as a phrasal verb', () => {
  const MATCH = 0.45;
  const HIRED = 'The Varnholt council hired the engineering firm Keller Brandt to inspect the old rail bridge.';
  const BROUGHT_IN =
    'The Varnholt council has brought in the engineering firm Keller Brandt to inspect the old rail bridge.';

  it('supports a restatement whose act is an idiom of the reference verb', () => {
    const result = decideStance(input(BROUGHT_IN, HIRED), MATCH);
    expect(result).toEqual({ stance: 'supports', differences: [] });
  });

  it('takes no side below the paraphrase margin over the threshold', () => {
    const paraphrase = input(BROUGHT_IN, HIRED);
    const { score } = paraphrase.alignment;
    expect(decideStance(paraphrase, score - 0.11).stance).toBe('supports');
    expect(decideStance(paraphrase, score - 0.09).stance).toBe('related');
  });

  it('supports restatements whose act is worded apart, the rest aligning well past the threshold', () => {
    const pairs = [
      [
        'Engineers are looking at whether a cracked steel weld caused the harbour crane to collapse.',
        'Port officials are examining whether a fractured steel weld caused the harbour crane accident.',
      ],
      [
        "Solar panels accounted for 41% of Velmar's export revenue last year.",
        'Velmar said solar panels made up 41% of its export sales last year.',
      ],
    ];
    for (const [page, reference] of pairs) expect(decideStance(input(page, reference), MATCH).stance).toBe('supports');
  });

  it('takes no side when one side negates the act worded apart', () => {
    const denied = input(BROUGHT_IN.replace('has brought in', 'has not brought in'), HIRED);
    expect(decideStance(denied, MATCH).stance).toBe('related');
  });

  it('takes no side when the two acts are antonyms', () => {
    const result = decideStance(
      input(
        'The Dornfeld hospital shut down its new cancer ward to patients from the region on Monday.',
        'The Dornfeld hospital opened its new cancer ward to patients from the region on Monday.',
      ),
      MATCH,
    );
    expect(result.stance).toBe('related');
  });

  it('takes no side when a figure of the page is not paired with an agreeing one', () => {
    const result = decideStance(
      input(
        'The Varnholt council has brought in 60 engineers from Keller Brandt to inspect the old rail bridge.',
        'The Varnholt council hired 40 engineers from Keller Brandt to inspect the old rail bridge.',
      ),
      MATCH,
    );
    expect(result.stance).toBe('related');
  });

  it('takes no side when the other side only says that an event, named by a noun, took place', () => {
    const result = decideStance(
      input(
        'A tram caught fire on the harbour bridge in Selk on Friday evening during the rush hour.',
        'A tram accident happened on the harbour bridge in Selk on Friday evening during the rush hour.',
      ),
      MATCH,
    );
    expect(result.stance).toBe('related');
  });

  it('needs a verb phrase, or single verbs with every other word of the page paired: else two acts', () => {
    const result = decideStance(
      input('The Varnholt council paid Keller Brandt for work on the old rail bridge.', HIRED),
      MATCH,
    );
    expect(result.stance).toBe('related');
  });
});

describe('a negation that moves from the verb to its object', () => {
  it('says the same ("found no evidence" / "did not find evidence")', () => {
    const page = 'The inspectors found no evidence that the guards had knowingly helped the prisoners.';
    const reference = 'The inspectors did not find evidence that the guards had knowingly helped the prisoners.';
    expect(decideStance(input(page, reference), THRESHOLD).stance).toBe('supports');
  });

  it('still contradicts when each side denies another verb', () => {
    const page = 'The Corrow union did not cut jobs but raised wages at the plant.';
    const reference = 'The Corrow union cut jobs and did not raise wages at the plant.';
    expect(decideStance(input(page, reference), THRESHOLD).stance).toBe('contradicts');
  });
});

describe('a figure the alignment cannot pair', () => {
  /** The engine's threshold for wording alike (engine/annotate.ts). */
  const MATCH = 0.45;
  const reward = 'The city has offered a reward of 20,000 dollars for information leading to an arrest.';

  it('against another figure of the same measure is no restatement to vouch for', () => {
    const page = 'The city has offered a reward of 5,000 dollars for information.';
    expect(decideStance(input(page, reward), MATCH).stance).toBe('related');
    const year = 'The mayor said the village had been hit by floods in 1998 without deaths.';
    const reference = 'The mayor said the village had been hit by floods in 2003, when two people died.';
    expect(decideStance(input(year, reference), MATCH).stance).toBe('related');
  });

  it('beside figures that pair, against one of the same thing by name, is no restatement either', () => {
    const page = 'The weather station at the airport measured 150 millimetres of rain in twelve hours.';
    const reference = 'The airport weather station recorded 250 millimetres of rain in 12 hours, the most since 1990.';
    expect(decideStance(input(page, reference), MATCH).stance).toBe('related');
    const same = 'The weather station at the airport measured 250 millimetres of rain in twelve hours.';
    expect(decideStance(input(same, reference), MATCH).stance).toBe('supports');
  });

  it('that agrees, or that measures something else, leaves the support', () => {
    const same = 'The city offered a reward of 20,000 dollars for information that leads to an arrest.';
    expect(decideStance(input(same, reward), MATCH).stance).toBe('supports');
    const page = 'Police say one of the two doors of the hall was locked during the fire.';
    const reference = 'Hundreds of guests ran for a door of the hall that was locked during the fire, police say.';
    expect(decideStance(input(page, reference), MATCH).stance).toBe('supports');
  });
});

describe('a position one side reports rejected', () => {
  const MATCH = 0.45;
  const reported = 'Residents said the cladding could burn, but the council said the tower met every fire rule.';

  it("says the same as the other side reporting that position as a party's", () => {
    const page =
      'The council said the tower met every fire rule, rejecting claims by residents that the cladding could burn.';
    expect(decideStance(input(page, reported), MATCH).stance).toBe('supports');
    const relative =
      'The skater has always said the pills came from a tainted vitamin, an argument the judges rejected.';
    const judges = 'The judges rejected her argument that the pills came from a tainted vitamin.';
    expect(decideStance(input(relative, judges), MATCH).stance).toBe('supports');
  });

  it('contradicts the other side saying the rejecting party put the position forward itself', () => {
    const rejected = 'The Vell water board rejected claims that low releases from the dam had caused the shortage.';
    const own = 'The Vell water board says low releases from the dam are the main cause of the shortage.';
    expect(decideStance(input(own, rejected), MATCH).stance).toBe('contradicts');
    const farmers = 'Farmers say low releases from the dam are the main cause of the shortage.';
    expect(decideStance(input(farmers, rejected), MATCH).stance).not.toBe('contradicts');
    // The rejecting party is the rejection's subject, not the party whose claim it rejects.
    const between = "Vell rejected Tarvo's claims that Vell troops had shelled the dam.";
    const tarvo = 'Tarvo says Vell troops shelled the dam.';
    expect(decideStance(input(tarvo, between), MATCH).stance).not.toBe('contradicts');
  });

  it('is no verdict against the position stated plainly, where a plain denial contradicts it', () => {
    const plain = 'The cladding of the tower could burn.';
    const page = 'The council rejected claims that the cladding of the tower could burn.';
    expect(decideStance(input(page, plain), MATCH).stance).toBe('related');
    expect(decideStance(input('The cladding of the tower could not burn.', plain), MATCH).stance).toBe('contradicts');
  });
});

describe('a negation both sides share', () => {
  it("agrees though one side's scope reaches a word the other mentions before its negation", () => {
    const page = 'The regulator found no evidence that bulk-buying savings would be passed on to shoppers.';
    const reference =
      'The chain said it would cut prices through bulk buying, but the regulator found no evidence the savings would reach shoppers.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });

  it("still contradicts the word asserted after the other side's negation", () => {
    const page = 'Inspectors found no evidence that the guards had helped the prisoners.';
    const reference =
      'Inspectors found no evidence that the guards had been paid, but the guards helped the prisoners.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe("a person's name", () => {
  it('is another person, so no verdict, when the two start it alike and end it otherwise', () => {
    const other = input(
      'The motion was tabled by councillor Ana Varela Ortiz.',
      'The motion was tabled by councillor Ana Varela Pinto.',
    );
    expect(decideStance(other, 0.45)).toEqual({ stance: 'related', differences: [] });
  });
  it('agrees when one side leaves a name out', () => {
    const short = input(
      'The motion was tabled by councillor Ana Varela.',
      'The motion was tabled by councillor Ana Varela Pinto.',
    );
    expect(decideStance(short, 0.45).stance).toBe('supports');
  });
});

describe('a word denied in one clause and asserted in a clause about something else', () => {
  it('is no contradiction when each side has its clauses and the two clauses restate other ones', () => {
    const page = 'The utility blames a worn valve in the pump house, and says its own pipes under the road were sound.';
    const reference =
      'The utility said a worn valve in the pump house was the likely cause and that its road mains showed no fault.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });

  it('still contradicts when one side is a single clause', () => {
    const page = 'Aldmere mayors are chosen in two rounds, and Ortiz won the runoff.';
    const reference = 'Aldmere mayors are chosen in a single round, with no runoff.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe('a word both sides deny, paired with another mention', () => {
  it('agrees: the other side denies the same word where the alignment did not look', () => {
    const page = 'Village schools in the Orrin district are not affected.';
    const reference = 'The bus strike, which started on Friday, does not affect private colleges or village schools.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });

  it('still contradicts when the other side asserts it and denies nothing like it', () => {
    const page = 'Village schools in the Orrin district are not affected.';
    const reference = 'The bus strike, which started on Friday, affects private colleges and village schools.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe('a word asserted on one side and denied on the other, each side counting its own part', () => {
  it('splits a whole: no contradiction', () => {
    const page = 'Water was back on for 64 percent of Corrow households by Friday evening.';
    const reference = 'About 9,000 Corrow households were still without water on Friday evening.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });

  it('still contradicts when the counts pair, or when neither side counts', () => {
    const page = 'About 9,000 Corrow households had water again on Friday evening.';
    const reference = 'About 9,000 Corrow households were still without water on Friday evening.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
    expect(
      decideStance(
        input(
          'Corrow households had water again on Friday evening.',
          'Corrow households were without water on Friday evening.',
        ),
        0.45,
      ).stance,
    ).toBe('contradicts');
  });
});

describe('two physical measures left over from pairing', () => {
  it('are one measure, whatever word each sits beside', () => {
    const page = 'As much as 40 km flooded along the Corrow river, officials said.';
    const reference = 'Up to 25 kilometres of the Corrow river banks flooded, the water board said.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe('the same verb with opposite complements', () => {
  it('contradicts: the same slot with opposite values', () => {
    const page = 'The Corrow ferry terminal stayed open through the storm, the port authority says.';
    const reference = 'The Corrow ferry terminal will stay closed through the storm, the port authority said.';
    expect(decideStance(input(page, reference), 0.45)).toMatchObject({
      stance: 'contradicts',
      differences: [{ kind: 'polarity', page: 'open', reference: 'closed' }],
    });
  });

  it('contradicts opposite words beside the same thing', () => {
    const page = 'The lock keeper, a 52-year-old man, was injured when the gate of the Corrow lock gave way.';
    const reference = 'The lock keeper, a 52-year-old woman, was injured when the gate of the Corrow lock gave way.';
    expect(decideStance(input(page, reference), 0.45)).toMatchObject({
      stance: 'contradicts',
      differences: [{ kind: 'polarity', page: 'man', reference: 'woman' }],
    });
  });

  it('is no contradiction for names ("North Korean" / "South Korean" are two peoples)', () => {
    const page = 'Two North Korean trawlers were seized off the Corrow coast on Monday.';
    const reference = 'Two South Korean trawlers were seized off the Corrow coast on Monday.';
    expect(decideStance(input(page, reference), 0.45).differences).not.toContainEqual(
      expect.objectContaining({ kind: 'polarity', page: 'North' }),
    );
  });

  it('is no contradiction for opposite verbs of two sides of one event', () => {
    const page = 'Corrow Rovers won the cup final at the Selwick ground on Sunday.';
    const reference = 'Port Sellin lost the cup final at the Selwick ground on Sunday.';
    expect(decideStance(input(page, reference), 0.45).differences).not.toContainEqual(
      expect.objectContaining({ page: 'won' }),
    );
  });
});

describe('days listed on both sides', () => {
  it('differ when neither list is within the other', () => {
    const page = 'Schools in the Corrow district were shut on Monday and Tuesday, the council said.';
    const reference = 'Schools in the Corrow district were closed on Tuesday and Wednesday, the council said.';
    expect(decideStance(input(page, reference), 0.45)).toMatchObject({
      stance: 'contradicts',
      differences: [{ kind: 'date' }],
    });
  });

  it("agree when one side gives some of the other's days", () => {
    const page = 'Schools in the Corrow district were shut on Tuesday, the council said.';
    const reference = 'Schools in the Corrow district were closed on Tuesday and Wednesday, the council said.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });
});

describe('a word denied on one side paired with a name on the other', () => {
  it('is no contradiction: a name is never what a sentence denies', () => {
    const page = 'The auditor said it could not check invoices of 12 million crowns.';
    const reference = 'Corrow Audit said it could not verify invoices worth 12 million crowns.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });
});

describe("a change's size against a level", () => {
  it('is never compared: "twenty cents more" is not the fare', () => {
    const page = 'From May each Corrow tram ride will cost twenty cents more: 80 instead of 60.';
    const reference = 'A ride on the Corrow tram will cost 80 cents from May 1, up from 60 cents, the council said.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });
});

describe('sums of money', () => {
  it('of different things are no conflict: a deal and its break fee, a price target and a deal', () => {
    const deal = 'The takeover, worth 3.2 billion crowns, would have made Corrow Foods the largest grocer.';
    const fee = 'Under the takeover terms, Corrow Foods must pay a break fee of 200 million crowns to the seller.';
    expect(decideStance(input(deal, fee), 0.45).stance).not.toBe('contradicts');
    const target = 'Analysts cut their price target for Corrow Foods shares to 180 crowns.';
    const valued = 'The Corrow Foods takeover was valued at 3.2 billion Norwegian crowns.';
    expect(decideStance(input(target, valued), 0.45).stance).not.toBe('contradicts');
  });
});

describe('a proposal turned down', () => {
  it('was made: "rejected the offer to sell" agrees with "had offered to sell"', () => {
    const page = 'The regulator rejected the chain’s offer to sell 90 shops as too small.';
    const reference =
      'The chain had offered to sell 90 shops to win approval, but the regulator said that was not enough.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });

  it('does not deny what a rejected proposal was to do, told as the proposal', () => {
    const rejected = 'The council rejected a plan to cut the Corrow ferry service to two sailings a day.';
    const told = 'The plan would cut the Corrow ferry service to two sailings a day.';
    expect(decideStance(input(told, rejected), 0.45).stance).toBe('supports');
    // What the proposal was is still compared.
    const other = 'The plan would have cut the Corrow ferry service to three sailings a day.';
    expect(decideStance(input(other, rejected), 0.45)).toMatchObject({
      stance: 'contradicts',
      differences: [{ kind: 'number', page: 'three', reference: 'two' }],
    });
    // A side that says it was done names no proposal: the rejection denies it.
    const done = 'The Corrow ferry service was cut to two sailings a day.';
    expect(decideStance(input(done, rejected), 0.45).stance).toBe('contradicts');
  });

  it('still denies a proposal the other side says was adopted, or an act it says will be done', () => {
    const rejected = 'Voters rejected a proposal to lower the pension age to 63.';
    for (const adopted of [
      'Voters approved a proposal to lower the pension age to 63.',
      'The proposal, which would lower the pension age to 63, was approved by voters.',
      'The pension age will be lowered to 63 under the proposal.',
    ]) {
      expect(decideStance(input(adopted, rejected), 0.45).stance).toBe('contradicts');
    }
    // A "move" or a "plan" named in passing is no proposal told.
    expect(
      decideStance(
        input(
          'Ida Marl was replaced as chief executive, in a move that surprised shareholders.',
          'Shareholders rejected a move to replace chief executive Ida Marl.',
        ),
        0.45,
      ).stance,
    ).toBe('contradicts');
  });

  it('still contradicts an act the other side says was accepted, or done', () => {
    const merger = 'The regulator rejected the merger of the two chains.';
    expect(decideStance(input(merger, 'The regulator approved the merger of the two chains.'), 0.45).stance).toBe(
      'contradicts',
    );
    const request = 'The council refused the request to close the school.';
    expect(decideStance(input(request, 'The council agreed to close the school.'), 0.45).stance).toBe('contradicts');
  });
});

describe('counts of one event that nothing pairs', () => {
  it('confirm nothing when they differ', () => {
    const page = "Kesk voters lowered the retirement age from 65 to 60 in Sunday's referendum.";
    const reference = "Kesk voters lowered the retirement age to 62 in Sunday's referendum.";
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('supports');
  });
});

describe('a claim reported by a verb with its "that"', () => {
  it('is the clause, as after "said": "repeated that" restates "said"', () => {
    const repeated =
      'Governor Lise Arden repeated on Tuesday that the bank would keep the krone stable against the euro.';
    const said = 'Governor Lise Arden said the bank would keep the krone stable against the euro.';
    expect(decideStance(input(repeated, said), 0.45).stance).toBe('supports');
  });
});

describe('a want told by a cue and by a noun', () => {
  const shortages = 'Rail shortages still limit how much ore can be moved to the coast, he said.';

  it('is the same want: "a lack of rail capacity" agrees with "rail shortages"', () => {
    const lack = 'Moving ore to the coast is still held back by a lack of rail capacity, he added.';
    expect(decideStance(input(lack, shortages), 0.45).stance).toBe('supports');
  });

  it('still differs from a plain denial', () => {
    const denied = 'Moving ore to the coast is not held back by rail capacity, he added.';
    expect(decideStance(input(denied, shortages), 0.45).stance).toBe('contradicts');
  });
});

describe('a count of a group told by its parts', () => {
  it('agrees with the total when the parts add up to it', () => {
    const page = 'Two Dutch and three Danish climbers are among the dead.';
    const reference =
      'Among the dead were five foreign climbers, two of them from the Netherlands and three from Denmark.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });

  it('adds only parts of one kind and one event', () => {
    // Five killed and nine hurt are not 14 dead; 212 passengers and nine crew are not 221 passengers.
    const dead = 'Fourteen people died when the cable car fell at Corrow.';
    const hurt = 'Five people died and nine were hurt when the cable car fell at Corrow.';
    expect(decideStance(input(dead, hurt), 0.45).stance).not.toBe('supports');
    const passengers = 'The Corrow ferry had 221 passengers aboard when it went down.';
    const aboard = 'The Corrow ferry had 212 passengers and nine crew aboard when it went down.';
    expect(decideStance(input(passengers, aboard), 0.45).stance).toBe('contradicts');
  });

  it('counts a last member written "a" or "an", and members whose verb the first gives', () => {
    const page = 'The party of seven walkers was with a local ranger, police said.';
    const reference = 'The party, made up of four Danes, two Norwegians and a Finn, included a local ranger.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
    const wrong = 'The party of nine walkers was with a local ranger, police said.';
    expect(decideStance(input(wrong, reference), 0.45).stance).toBe('contradicts');
  });

  it('still contradicts a total the parts do not make', () => {
    const page = 'Two Dutch and four Danish climbers are among the dead.';
    const reference =
      'Among the dead were five foreign climbers, two of them from the Netherlands and three from Denmark.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe('a claim one side reports denied with "this"', () => {
  it('agrees with the denial stated outright', () => {
    const page = 'The ferry company denies that any lifeboat was missing.';
    const reference =
      'Several passengers said a lifeboat had been missing from the deck; the ferry company denied this.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });
});

describe('a distance that says where something is', () => {
  it('is no measure of how far an act went', () => {
    const page = 'One of the cabins came off the rope near the sixth pylon and dropped some thirty metres.';
    const reference = 'The cabin came off the haul rope near the sixth pylon, about 400 metres below the top station.';
    expect(decideStance(input(page, reference), 0.45).stance).not.toBe('contradicts');
  });

  it('after its verb, is how far or high the act went', () => {
    const page = 'The ash column rose no higher than three kilometres, the institute said.';
    const reference = 'An ash column rose to about 9 kilometres above sea level, the institute said.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });

  it('still conflicts with another position of the same thing', () => {
    const page = 'The cabin stopped 300 metres below the top station.';
    const reference = 'The cabin stopped about 400 metres below the top station.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('contradicts');
  });
});

describe('a noun a side names twice, once denied', () => {
  it('is not contradicted through the occurrence the alignment happened to pick', () => {
    const page = 'The next regular vote is not due until May 2028, and no snap vote will be called.';
    const reference = 'No early vote will be held; the next regular vote is due in May 2028.';
    expect(decideStance(input(page, reference), 0.45).stance).toBe('supports');
  });
});
