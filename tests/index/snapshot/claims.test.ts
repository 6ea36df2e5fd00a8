import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../../lib/features/analyse';
import { packClaims, packSources, unpackClaims, unpackSources } from '../../../lib/index/snapshot/claims';
import {
  PackedStringsWriter,
  packStrings,
  packStringsSteps,
  unpackStrings,
} from '../../../lib/index/snapshot/packed-strings';
import { TableWriter, unpackTables } from '../../../lib/index/snapshot/tables';
import { defaultLexicon } from '../../../lib/lexicon/default-lexicon';
import type { ReferenceClaim, ReferenceSource } from '../../../lib/types';

function roundTrip(claims: ReferenceClaim[], sources: ReferenceSource[] = []) {
  const tables = new TableWriter();
  const packedSources = packSources(sources, tables);
  const packedClaims = packClaims(claims, tables);
  const decoded = unpackTables(structuredClone(tables.pack()));
  return {
    claims: unpackClaims(structuredClone(packedClaims), decoded),
    sources: unpackSources(structuredClone(packedSources), decoded),
    kept: packedClaims.wholeAt.length,
  };
}

const claim = (id: string, text: string): ReferenceClaim => ({
  id,
  sourceId: 's1',
  text,
  start: 3,
  end: 3 + text.length,
  features: analyseSentence(text, defaultLexicon).features,
});

describe('packed strings', () => {
  it('come back equal and in order, empty and non-ASCII ones too', () => {
    const strings = ['', 'Kyiv', '', 'naïve café 🎉', 'a\u0000b', 'Zelenskyy'];
    expect(unpackStrings(packStrings(strings))).toEqual(strings);
  });

  it('packed in steps, or added one by one, are the same text and ends as joined at once', () => {
    const strings = Array.from({ length: 50_001 }, (_, n) => (n % 7 === 0 ? '' : `s${n}é`));
    const text = strings.join('');
    let end = 0;
    const ends = Int32Array.from(strings, (value) => (end += value.length));
    const steps = packStringsSteps(strings);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;
    expect(yields).toBeGreaterThan(1);
    expect(next.value).toEqual({ text, ends });
    const writer = new PackedStringsWriter(strings.length);
    for (const value of strings.slice(0, 30_000)) writer.add(value);
    writer.copy(packStrings(strings), 30_000, 10_000);
    for (const value of strings.slice(40_000)) writer.add(value);
    expect(writer.pack()).toEqual({ text, ends });
  });
});

describe('claim columns', () => {
  it('give back claims with every kind of feature: quantities, negations, entities, reviews, groups', () => {
    const claims = [
      claim('c1', 'About 300 North Korean soldiers have died since the fighting began in Kursk, officials said.'),
      { ...claim('c2', 'The agency refused to confirm that two soldiers asked to go to Seoul.'), groupId: 'g1' },
      {
        ...claim('c3', 'If the men later ask, they will not be sent back, according to lawmakers.'),
        review: { rating: 'False', appearances: ['https://example.org/a', 'https://example.org/b'] },
      },
      claim('c4', 'The ward took 240 patients, 65 of them in intensive care.'),
    ];
    expect(claims[3].features?.quantities[1].whole).toBe('patient');
    const { claims: restored, kept } = roundTrip(claims);
    expect(kept).toBe(0);
    expect(restored).toEqual(claims);
  });

  it('keep every optional word flag and value, set or not', () => {
    const base = claim('c1', 'Soldiers fled.');
    const words = [
      { stem: 'flee', concepts: ['c:flee'], broader: ['c:leave'], proper: false, negated: true, cue: 'not' },
      { stem: 'kyiv', concepts: [], proper: true, negated: false, place: 'ukrain', cap: 0.35, text: 'Kyiv' },
      { stem: 'a', concepts: [], proper: false, negated: false, attribution: false, verb: true, hypothetical: true },
      { stem: 'b', concepts: [], proper: false, negated: false, attribution: true, verb: false, hypothetical: false },
      { stem: 'c', concepts: [], proper: true, negated: false, locative: true },
      { stem: 'd', concepts: [], proper: true, negated: false, locative: false },
      { stem: 'e', concepts: [], proper: false, negated: false, verb: true, adjunct: true, coordinated: false },
      { stem: 'f', concepts: [], proper: false, negated: false, verb: true, aside: true, cause: true },
      { stem: 'g', concepts: [], proper: false, negated: false, verb: true, aside: false, cause: false },
    ];
    const features = { ...base.features!, words };
    const { claims: restored } = roundTrip([{ ...base, features }]);
    expect(restored[0].features).toEqual(features);
  });

  it('keep claims with fields they do not know whole, in their place', () => {
    const plain = claim('c1', 'About 300 soldiers died.');
    const odd = { ...claim('c2', 'Two soldiers asked to go to Seoul.'), extra: { note: 'kept' } } as ReferenceClaim;
    const oddWord = claim('c3', 'Seoul agreed.');
    oddWord.features = {
      ...oddWord.features!,
      words: oddWord.features!.words.map((word) => ({ ...word, future: 1 })),
    };
    const { claims: restored, kept } = roundTrip([plain, odd, oddWord, plain]);
    expect(kept).toBe(2);
    expect(restored).toEqual([plain, odd, oddWord, plain]);
  });

  it('give back sources, and keep those with unknown fields whole', () => {
    const source: ReferenceSource = {
      id: 's1',
      title: 'Report',
      publisher: 'Wire',
      url: 'https://example.org/1',
      publishedAt: '2025-01-15',
      addedAt: '2025-01-16T00:00:00.000Z',
      origin: 'user',
      enabled: false,
    };
    const odd = { ...source, id: 's2', tags: ['x'] } as ReferenceSource;
    const { sources } = roundTrip([], [source, odd, { ...source, id: 's3', enabled: true }]);
    expect(sources).toEqual([source, odd, { ...source, id: 's3', enabled: true }]);
  });

  it('share equal string lists between words (read-only)', () => {
    const claims = [claim('c1', 'Soldiers died in Kursk.'), claim('c2', 'Soldiers died in Kyiv.')];
    const { claims: restored } = roundTrip(claims);
    const concepts = (c: ReferenceClaim) => c.features!.words.find((word) => word.stem === 'die')?.concepts;
    expect(concepts(claims[0])?.length).toBeGreaterThan(0);
    expect(concepts(restored[0])).toEqual(concepts(claims[0]));
    expect(concepts(restored[0])).toBe(concepts(restored[1]));
  });
});
