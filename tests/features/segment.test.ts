import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { camelParts, splitRunTogether } from '../../lib/features/segment';
import { tokenizeWords } from '../../lib/features/tokens';
import { isWord } from '../../lib/lexicon';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';

const parts = (word: string) => camelParts(word).map(([start, end]) => word.slice(start, end));
const words = (text: string) => tokenizeWords(text, (run, allowUnknown) => splitRunTogether(run, isWord, allowUnknown));
const texts = (text: string) => words(text).map((token) => token.text);

describe('camelParts', () => {
  it('splits at each capital that starts a word, after an acronym, and between letters and digits', () => {
    expect(parts('FloodWarningsIssued')).toEqual(['Flood', 'Warnings', 'Issued']);
    expect(parts('NHSStrike')).toEqual(['NHS', 'Strike']);
    expect(parts('Election2024Results')).toEqual(['Election', '2024', 'Results']);
    expect(parts('harbourFire')).toEqual(['harbour', 'Fire']);
  });

  it('keeps one name whole where a capital follows one lower-case letter or "Mc"/"Mac"', () => {
    expect(parts('eReader')).toEqual(['eReader']);
    expect(parts('McAllister')).toEqual(['McAllister']);
    expect(parts('VisitMacGregor')).toEqual(['Visit', 'MacGregor']);
    expect(parts('ferry')).toEqual(['ferry']);
  });
});

describe('splitRunTogether', () => {
  const dictionary = new Set(['storm', 'warning', 'flood', 'of', 'the', 'sea', 'season', 'son', 'port', 'air']);
  const known = (piece: string, short: boolean) => dictionary.has(piece) && (!short || piece.length === 2);

  it('splits a run into dictionary words, fewest pieces first', () => {
    expect(splitRunTogether('stormwarning', known)).toEqual(['storm', 'warning']);
    expect(splitRunTogether('floodseason', known)).toEqual(['flood', 'season']);
    expect(splitRunTogether('stormoftheseason', known)).toEqual(['storm', 'of', 'the', 'season']);
  });

  it('keeps one unknown piece (a name) beside known words only when allowed and no word split exists', () => {
    expect(splitRunTogether('brixhamport', known)).toEqual(['brixham', 'port']);
    expect(splitRunTogether('brixhamport', known, false)).toBeUndefined();
    expect(splitRunTogether('zarnoviair', known)).toEqual(['zarnovi', 'air']);
  });

  it('leaves the run whole when two splits score the same, or nothing is known', () => {
    // "season|port" has fewer pieces than "sea|son|port".
    expect(splitRunTogether('seasonport', known)).toEqual(['season', 'port']);
    // Two unknown-name splits of the same size: "qwer|storm" is one, but "qwerstormqwer" has two unknowns.
    expect(splitRunTogether('qwerstormqwer', known)).toBeUndefined();
    const tied = new Set(['abcd', 'efgh', 'abc', 'defgh']);
    expect(splitRunTogether('abcdefgh', (piece) => tied.has(piece))).toBeUndefined();
    expect(splitRunTogether('qwertyuiop', known)).toBeUndefined();
    // A tie is broken when exactly one of the tied splits is all common words.
    const common = (piece: string) => piece !== 'defgh';
    expect(splitRunTogether('abcdefgh', (piece) => tied.has(piece), true, common)).toEqual(['abcd', 'efgh']);
    expect(
      splitRunTogether(
        'abcdefgh',
        (piece) => tied.has(piece),
        true,
        () => true,
      ),
    ).toBeUndefined();
  });

  it('does not split words, short runs or text that is not one lower-case run', () => {
    expect(splitRunTogether('warning', known)).toBeUndefined();
    expect(splitRunTogether('seaair', known)).toEqual(['sea', 'air']);
    expect(splitRunTogether('seair', known)).toBeUndefined();
    expect(splitRunTogether('Stormwarning', known)).toBeUndefined();
    expect(splitRunTogether('storm'.repeat(9), known)).toBeUndefined();
  });

  it('reads a page-sized hashtag quickly', () => {
    const started = performance.now();
    const tokens = texts(`#${'Storm'.repeat(20_000)} #${'storm'.repeat(20_000)}`);
    expect(tokens.length).toBe(20_001);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('splits with the lexicon only where one split is clearly best', () => {
    const lexicon = (run: string, allowUnknown = true) => splitRunTogether(run, isWord, allowUnknown);
    expect(lexicon('floodwarning')).toEqual(['flood', 'warning']);
    expect(lexicon('harbourfire')).toEqual(['harbour', 'fire']);
    expect(lexicon('ontheground')).toEqual(['on', 'the', 'ground']);
    // A place the lexicon does not know, run into a word it knows.
    expect(lexicon('kirkwallferry')).toEqual(['kirkwall', 'ferry']);
    expect(lexicon('kirkwallferry', false)).toBeUndefined();
    expect(lexicon('osloairport')).toEqual(['oslo', 'airport']);
    // Two readings with words the lexicon knows, one of common words only ("lives|matter", not "live|smatter").
    expect(
      splitRunTogether(
        'fireslivesmatter',
        isWord,
        true,
        (piece) => (defaultLexicon.usageCount?.(defaultLexicon.lemmatize(piece)) ?? 0) > 0,
      ),
    ).toEqual(['fires', 'lives', 'matter']);
    expect(lexicon('fireslivesmatter')).toBeUndefined();
    // "pianist" and "therapist" are words: never split.
    expect(lexicon('therapist')).toBeUndefined();
    expect(lexicon('pianist')).toBeUndefined();
  });
});

describe('tokenizeWords with hashtags and handles', () => {
  it('splits camel-case hashtags and handles into their words, with offsets into the text', () => {
    const text = 'Crews at #HarbourFireUpdate and @CoastGuardNorth';
    const tokens = words(text);
    expect(tokens.map((token) => token.text)).toEqual([
      'Crews',
      'at',
      'Harbour',
      'Fire',
      'Update',
      'and',
      'Coast',
      'Guard',
      'North',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.filter((token) => token.tag).length).toBe(6);
  });

  it('splits run-together lower-case hashtags by the dictionary, and camel parts only into known words', () => {
    expect(texts('#floodwarning #kirkwallferry')).toEqual(['flood', 'warning', 'kirkwall', 'ferry']);
    expect(texts('#NoStormforTheIsland')).toEqual(['No', 'Storm', 'for', 'The', 'Island']);
    // "car|seat|sale", "car|seats|ale", "cars|eat|sale": all common words, so left whole.
    expect(analyseSentence('#carseatsale', defaultLexicon).tokens.map((token) => token.text)).toEqual(['carseatsale']);
    expect(analyseSentence('#fireslivesmatter', defaultLexicon).tokens.map((token) => token.text)).toEqual([
      'fires',
      'lives',
      'matter',
    ]);
    expect(texts('#Kirkwallferry')).toEqual(['Kirkwallferry']);
  });

  it('leaves words outside hashtags, e-mail addresses and names like iPhone whole', () => {
    expect(texts('The MacBook and McAllister')).toEqual(['The', 'MacBook', 'and', 'McAllister']);
    expect(texts('write to desk@example.org')).toEqual(['write', 'to', 'desk', 'example.org']);
    expect(texts('#eReader')).toEqual(['eReader']);
  });

  it('cuts a link glued to the word before it', () => {
    expect(texts('It was a hoax.https://t.co/abc123 and #StormWatchpic.twitter.com/xYz9')).toEqual([
      'It',
      'was',
      'a',
      'hoax',
      'and',
      'Storm',
      'Watch',
    ]);
  });
});

describe('analyseSentence with hashtags', () => {
  it('reads the words of a hashtag as the words of the sentence', () => {
    const tagged = analyseSentence('Flights cancelled after the #BirdStrike at the airport', defaultLexicon).features;
    const plain = analyseSentence('Flights cancelled after the bird strike at the airport', defaultLexicon).features;
    expect(tagged.words.map((word) => word.stem)).toEqual(plain.words.map((word) => word.stem));
    // The capitals of a camel-case hashtag mark where its words start, not a name.
    expect(tagged.entities).toEqual(plain.entities);
  });

  it('keeps names and places of a hashtag as names', () => {
    const features = analyseSentence('Troops moved north, #UkraineWar reports say', defaultLexicon).features;
    expect(features.entities).toContain('ukrain');
  });
});
