import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { seedReferences } from '../../lib/reference/seeds';
import { testArticle } from '../helpers/articles';

const article = testArticle;
const annotate = (index: ReturnType<typeof buildReferenceIndex>, text: string) =>
  annotateBlocks(index, [{ id: 'b0', text }]);

describe('the seed reference set', () => {
  const index = buildReferenceIndex(seedReferences());

  it('groups the claims both seeds state', () => {
    const group = (fragment: string) => index.allClaims().find((claim) => claim.text.includes(fragment))?.groupId;
    expect(group('confirmed its participation')).toBeDefined();
    expect(group('confirmed its participation')).toBe(group('confirmed its involvement'));
    expect(group('about 300 North Korean soldiers have died')).toBe(group('approximately 300 North Korean soldiers'));
    expect(group('confirmed its participation')).not.toBe(group('about 300 North Korean soldiers have died'));
  });

  it('corroborates a restatement with both sources counted', () => {
    const [annotation] = annotate(
      index,
      'The National Intelligence Service took part in questioning the soldiers together with Ukrainian authorities.',
    );
    expect(annotation.status).toBe('corroborated');
    expect(annotation.sourceCount).toBe(2);
    expect(new Set(annotation.matches.map((match) => match.source.id)).size).toBe(2);
  });

  it('flags a changed number with the differing numbers', () => {
    const [annotation] = annotate(
      index,
      'About 3,400 North Koreans have defected to South Korea since the late 1990s.',
    );
    expect(annotation.status).toBe('conflicting');
    expect(annotation.matches[0].differences).toContainEqual({
      kind: 'number',
      page: 'About 3,400',
      reference: 'About 34,000',
    });
  });

  it('flags a flipped polarity', () => {
    const [annotation] = annotate(
      index,
      'The agency said it had refused to discuss the matter with Ukrainian authorities.',
    );
    expect(annotation.status).toBe('conflicting');
    expect(annotation.matches[0].differences.some((difference) => difference.kind === 'polarity')).toBe(true);
  });

  it('leaves unrelated sentences alone', () => {
    expect(
      annotate(index, 'The central bank held interest rates steady on Thursday, citing slowing inflation.'),
    ).toEqual([]);
  });
});

describe('sources that disagree', () => {
  const index = buildReferenceIndex([
    article('a', 'Officials said about 300 soldiers have died in the fighting near the border.'),
    article('b', 'Officials said about 100 soldiers have died in the fighting near the border.'),
  ]);

  it('marks the sentence mixed', () => {
    const [annotation] = annotate(
      index,
      'About 300 soldiers have died in the fighting near the border, officials said.',
    );
    expect(annotation.status).toBe('mixed');
    expect(annotation.matches.map((match) => match.stance).sort()).toEqual(['contradicts', 'supports']);
  });
});

describe('numbers that count different things', () => {
  const index = buildReferenceIndex([
    article('a', 'The attack on the border village killed 12 civilians, officials said.'),
    article('b', 'The union said 87% voted in favour of the strike.'),
  ]);

  it('do not conflict when they name what they count with nouns that differ', () => {
    const stances = annotate(index, 'About 300 soldiers were killed in the attack on the border village.').flatMap(
      (annotation) => annotation.matches.map((match) => match.stance),
    );
    expect(stances).not.toContain('contradicts');
  });

  it('still conflict when they count the same thing under another word', () => {
    const troops = buildReferenceIndex([
      article('a', 'The attack on the border village killed 12 troops, officials said.'),
    ]);
    const [annotation] = annotate(troops, 'About 300 soldiers were killed in the attack on the border village.');
    expect(annotation.status).toBe('conflicting');
    expect(annotation.matches[0].differences).toContainEqual(
      expect.objectContaining({ kind: 'number', page: 'About 300', reference: '12' }),
    );
  });

  it('still conflict when they are shares, whose head is often only context', () => {
    const shares = buildReferenceIndex([
      article('a', 'The rail operator will run a third of its usual services on the strike days.'),
    ]);
    const [annotation] = annotate(shares, 'The rail operator will run half of its usual timetable on the strike days.');
    expect(annotation.status).toBe('conflicting');
  });

  it('still conflict when one side says what was done rather than who did it', () => {
    const [annotation] = annotate(index, 'The union said 78% of members had voted for the strike.');
    expect(annotation.status).toBe('conflicting');
  });
});

describe('the reference index', () => {
  it('stops matching a disabled or removed source at once', () => {
    const index = buildReferenceIndex([
      article('a', 'The city council approved a new budget of 12 million euros on Monday.'),
    ]);
    const text = 'The city council approved a new budget of 12 million euros on Monday.';
    expect(annotate(index, text)).toHaveLength(1);
    index.addSource({ ...index.source('a')!, enabled: false }, index.claimsOf('a'));
    expect(annotate(index, text)).toEqual([]);
    index.addSource({ ...index.source('a')!, enabled: true }, index.claimsOf('a'));
    expect(annotate(index, text)).toHaveLength(1);
    index.removeSource('a');
    expect(annotate(index, text)).toEqual([]);
  });

  it('keeps its verdicts when thousands of unrelated claims join the set', () => {
    const page =
      'South Korea’s spy agency said about 300 North Korean soldiers have died and 2,700 have been injured in Ukraine.';
    const small = buildReferenceIndex(seedReferences());
    const words = 'market river council budget school harvest festival vaccine election bridge museum railway'.split(
      ' ',
    );
    const filler = Array.from({ length: 3000 }, (_, n) => {
      const pick = (k: number) => words[(n * 7 + k * 5) % words.length];
      return `The ${pick(1)} ${pick(2)} report said ${n + 5} ${pick(3)} visitors came to the ${pick(4)} on day ${n % 28}.`;
    });
    const large = buildReferenceIndex([...seedReferences(), article('filler', ...filler)]);
    const verdict = (index: typeof small) => annotate(index, page).map((annotation) => annotation.status);
    expect(verdict(small)).toEqual(['corroborated']);
    expect(verdict(large)).toEqual(verdict(small));
  });

  it('finds more with a higher sensitivity', () => {
    const index = buildReferenceIndex(seedReferences());
    const text = 'The lawmakers said the North Korean units were struggling to cope with drones.';
    const strict = annotateBlocks(index, [{ id: 'b0', text }], { sensitivity: 0 });
    const loose = annotateBlocks(index, [{ id: 'b0', text }], { sensitivity: 1 });
    expect(loose.filter((a) => a.status !== 'related').length).toBeGreaterThanOrEqual(
      strict.filter((a) => a.status !== 'related').length,
    );
    expect(loose.length).toBeGreaterThan(0);
  });
});
