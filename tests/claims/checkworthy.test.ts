import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCheckWorthy } from '../../lib/claims/checkworthy';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { seedReferences } from '../../lib/reference/seeds';

const worthy = (sentence: string) => isCheckWorthy(sentence, analyseSentence(sentence).tokens);

describe('boilerplate', () => {
  it.each([
    'Leave a Reply',
    'Source link',
    'The post Captured soldiers won’t defect appeared first on WorldNewsEra.',
    'ADVERTISEMENT',
    '– Advertisement –',
    'Wed. Jan 15th, 2025',
    'January 13, 2025',
    'Your email address will not be published.',
    'Additional sources • AP',
    'FILE – Soldiers wearing face masks in Pyongyang, North Korea, 2020. (AP Photo/Jon Chol Jin, File)',
    'Lee Min-ho contributed reporting from Seoul.',
  ])('drops %j', (line) => {
    expect(isBoilerplate(line) || !worthy(line)).toBe(true);
  });

  it('keeps reported facts', () => {
    expect(worthy('About 34,000 North Koreans have defected to South Korea since the late 1990s.')).toBe(true);
    expect(worthy('The agency said it was willing to discuss the matter with Ukrainian authorities.')).toBe(true);
  });

  it('keeps a toll said in a few words', () => {
    expect(worthy('4,000 were killed.')).toBe(true);
    expect(worthy('It rained 4 days.')).toBe(false);
  });

  it('keeps a count joined by "to be" to what is said of it', () => {
    expect(worthy('The mining permits are valid for 25 years.')).toBe(true);
    expect(worthy('Half of the fine is due within sixty days.')).toBe(true);
    expect(worthy('It was 4 days.')).toBe(false);
  });

  it('keeps a measure said of its subject ("It is roughly 19 metres deep.")', () => {
    expect(worthy('It is roughly 30 metres deep.')).toBe(true);
    expect(worthy('It is 30.')).toBe(false);
  });

  it('keeps a count its holder "has"', () => {
    expect(worthy('The union has 9,000 members.')).toBe(true);
    expect(worthy('The council had 31 members.')).toBe(true);
  });

  it('keeps a short sentence whose own verb or "to be" says something of a thing', () => {
    expect(worthy('Customs officers have seized the cargo.')).toBe(true);
    expect(worthy('The verdict was unanimous.')).toBe(true);
    expect(worthy('The Harbour Police are investigating.')).toBe(true);
    // One content word says nothing checkable.
    expect(worthy('It rained.')).toBe(false);
    expect(worthy('It was late.')).toBe(false);
  });

  it('keeps a count in words in a short sentence', () => {
    expect(worthy('Nineteen climbers are still missing.')).toBe(true);
    expect(worthy('Thirty-two others remain unaccounted for.')).toBe(true);
  });

  it('drops headings and fragments without a full stop', () => {
    expect(worthy('First time since the 1950s')).toBe(false);
    expect(worthy('Russia Ukraine War North Korean Troops')).toBe(false);
    expect(worthy('It rained.')).toBe(false);
  });

  it('keeps a heading that states something, when it is a whole block', () => {
    const heading = (text: string, wholeBlock = true) =>
      isCheckWorthy(text, analyseSentence(text, defaultLexicon).tokens, wholeBlock);
    expect(heading('At least 40 miners have been killed, officials say')).toBe(true);
    expect(heading('The ferry was sailing from Port Sellin to Aldmere')).toBe(true);
    // A label has no verb; the last piece of a paragraph cut short is not a heading.
    expect(heading('Rescue work still under way at the Dunmore mine')).toBe(false);
    expect(heading('At least 40 miners have been killed, officials say', false)).toBe(false);
  });
});

describe('seed set', () => {
  it('has no boilerplate claims', () => {
    const texts = seedReferences().flatMap((article) => article.claims.map((claim) => claim.text));
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(text).not.toMatch(/advertisement|source link|appeared first on|leave a reply|email address|AP Photo/i);
      expect(text).not.toMatch(/^(Wed|Mon|Tue|Thu|Fri|Sat|Sun)\. /);
    }
  });

  it('keeps each claim at its position in the source text', () => {
    for (const { claims } of seedReferences()) {
      for (const claim of claims) expect(claim.end).toBeGreaterThan(claim.start);
    }
  });
});

describe('boilerplate on hostile text', () => {
  // Quadratic patterns would take minutes on these; the test's limit is Vitest's default.
  it('tells a cookie banner and a photo credit in linear time', () => {
    expect(isBoilerplate('cookie '.repeat(200_000))).toBe(false);
    expect(isBoilerplate(`${'cookie '.repeat(200_000)}accept`)).toBe(true);
    expect(isBoilerplate('(ap '.repeat(200_000))).toBe(false);
    expect(isBoilerplate(`The ferry sank off the coast. ${'(ap '.repeat(100_000)}(AP Photo/Jane Roe)`)).toBe(true);
  });

  it('still finds the usual forms', () => {
    expect(isBoilerplate('We use cookies on this site; click to accept them.')).toBe(true);
    expect(isBoilerplate('Rescuers search the wreck on Monday. (AP Photo/Jane Roe)')).toBe(true);
    expect(isBoilerplate('Accept our offer, the baker said about his cookies.')).toBe(false);
  });
});
