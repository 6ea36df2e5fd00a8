import { describe, expect, it } from 'vitest';
import { broaderConceptsOf, conceptsOf, lemmatize, ownBroaderConceptsOf } from '../../lib/lexicon';

/** True when the lemmas of two words share at least one broader concept. */
function shareBroader(a: string, b: string): boolean {
  const ids = new Set(broaderConceptsOf(lemmatize(a)));
  return broaderConceptsOf(lemmatize(b)).some((id) => ids.has(id));
}

describe('broaderConceptsOf', () => {
  it.each([
    ['escape', 'avoid'], // "miss, escape" is a kind of "avoid"
    ['flee', 'defect'], // "defect, desert" is a kind of "flee"
    ['fled', 'defected'],
    ['timetable', 'schedule'],
    ['want', 'wish'],
    ['go', 'return'],
    ['returned', 'went'],
    ['repression', 'suppression'], // through the verbs: "repress" is a kind of "oppress, suppress, crush"
    ['repression', 'suppressed'],
    ['fear', 'concern'],
    ['injure', 'wound'],
    ['invade', 'attack'],
    ['city', 'town'],
    ['car', 'truck'],
    ['missile', 'rocket'],
  ])('gives %s and %s a shared broader concept', (a, b) => {
    expect(shareBroader(a, b)).toBe(true);
  });

  it.each([
    ['north', 'south'],
    ['increase', 'decrease'],
    ['win', 'lose'],
    ['kill', 'wound'],
    ['killed', 'wounded'],
    ['soldier', 'civilian'],
    ['accept', 'reject'],
    ['ask', 'deny'],
    ['alive', 'dead'],
    ['few', 'many'],
    ['father', 'mother'],
    ['buy', 'sell'],
    ['war', 'peace'],
    ['rise', 'fall'],
    ['attack', 'defend'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(shareBroader(a, b)).toBe(false);
  });

  it.each([
    ['friend', 'worker'], // both kinds of "person"
    ['expert', 'engineer'],
    ['fill', 'enable'], // both kinds of "change, alter, modify"
    ['affect', 'strengthen'],
    ['try', 'continue'], // both kinds of "act, move"
    ['participate', 'react'],
    ['production', 'communication'], // both kinds of "act, deed, human action"
  ])('does not join %s and %s through a very general hypernym', (a, b) => {
    expect(shareBroader(a, b)).toBe(false);
  });

  it('uses ids of its own, never equal to conceptsOf ids', () => {
    const words = ['escape', 'avoid', 'go', 'return', 'fear', 'concern', 'city', 'schedule'];
    const tight = new Set(words.flatMap((word) => conceptsOf(word)));
    const broader = words.flatMap((word) => broaderConceptsOf(word));
    expect(broader.length).toBeGreaterThan(words.length);
    expect(broader.some((id) => tight.has(id))).toBe(false);
  });

  it('keeps each lemma to a few dozen ids', () => {
    for (const word of ['go', 'move', 'make', 'get', 'take', 'change', 'act', 'leader']) {
      expect(broaderConceptsOf(word).length).toBeLessThanOrEqual(24);
    }
  });

  it('accepts phrases and returns nothing for unknown words', () => {
    expect(broaderConceptsOf('get away')).toEqual(broaderConceptsOf('get_away'));
    expect(broaderConceptsOf('xyzzyq')).toEqual([]);
    expect(broaderConceptsOf('')).toEqual([]);
    expect(broaderConceptsOf('constructor plugh')).toEqual([]);
    expect(broaderConceptsOf('__proto__')).toEqual([]);
  });
});

describe('ownBroaderConceptsOf', () => {
  /** One word owns a broader concept the other has: a word and its direct hypernym. */
  const direct = (a: string, b: string) =>
    ownBroaderConceptsOf(a).some((id) => broaderConceptsOf(b).includes(id)) ||
    ownBroaderConceptsOf(b).some((id) => broaderConceptsOf(a).includes(id));

  it.each([
    ['house', 'home'], // "house" is a kind of "dwelling, home"
    ['ship', 'vessel'],
    ['lorry', 'truck'],
  ])('links %s and %s, a word and its direct hypernym', (a, b) => {
    expect(direct(a, b)).toBe(true);
  });

  it.each([
    ['nurse', 'doctor'], // both only reach "health professional"
    ['car', 'truck'],
    ['kettle', 'toaster'],
    ['man', 'woman'],
  ])('does not link siblings or strangers %s and %s', (a, b) => {
    expect(direct(a, b)).toBe(false);
  });

  it('gives a subset of the broader concepts', () => {
    for (const word of ['home', 'vessel', 'truck', 'worker', 'go']) {
      const broader = broaderConceptsOf(word);
      expect(ownBroaderConceptsOf(word).every((id) => broader.includes(id))).toBe(true);
    }
    expect(ownBroaderConceptsOf('xyzzyq')).toEqual([]);
  });
});
