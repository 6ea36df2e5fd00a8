import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { claimProblem, LIMITS, limitedString, sourceProblem } from '../lib/limits';

const n = (value: number) => value.toLocaleString('en-US');

describe('the table of limits', () => {
  it('names the field and the limit for a stored record over it, and nothing for one at it', () => {
    const source = { id: 's', title: 'T', publisher: '', url: '', publishedAt: '', addedAt: '' };
    expect(sourceProblem({ ...source, url: 'u'.repeat(LIMITS.url) })).toBeUndefined();
    expect(sourceProblem({ ...source, url: 'u'.repeat(LIMITS.url + 1) })).toBe(
      'url is too long (8,001 characters; the limit is 8,000)',
    );
    const claim = { id: 'c', sourceId: 's', text: 'x'.repeat(LIMITS.claimText), start: 0, end: 0 };
    expect(claimProblem(claim)).toBeUndefined();
    expect(claimProblem({ ...claim, groupId: 'g'.repeat(LIMITS.claimId + 1) })).toBe(
      'groupId is too long (513 characters; the limit is 512)',
    );
    const appearances = Array.from({ length: LIMITS.appearances + 1 }, () => 'https://a.example/');
    expect(claimProblem({ ...claim, review: { rating: 'False', appearances } })).toBe(
      'review.appearances has too many URLs (1,001; the limit is 1,000)',
    );
  });

  it('gives the message schemas the same words', () => {
    const result = v.safeParse(limitedString('title'), 't'.repeat(LIMITS.title + 5));
    expect(result.success ? '' : result.issues[0].message).toBe('is too long (2,005 characters; the limit is 2,000)');
  });

  it('is the table the README documents', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Limits'), readme.indexOf('## Reliability'));
    for (const name of ['claimText', 'title', 'publisher', 'url', 'sourceId', 'claimId', 'date', 'rating'] as const) {
      expect(section, name).toContain(n(LIMITS[name]));
    }
    expect(section).toMatch(new RegExp(`Claims per source +\\| ${n(LIMITS.claimsPerSource)} `));
    expect(section).toMatch(
      new RegExp(`one import +\\| ${n(LIMITS.sourcesPerImport)} / ${n(LIMITS.claimsPerImport)} `),
    );
    expect(section).toMatch(new RegExp(`in the store +\\| ${n(LIMITS.storeSources)} / ${n(LIMITS.storeClaims)} `));
    expect(section).toContain(`${n(LIMITS.fileChars)} characters`);
    expect(section).toContain(`${LIMITS.jsonDepth} levels`);
    expect(section).toContain(`${n(LIMITS.articleChars)} characters`);
    expect(section).toMatch(new RegExp(`Paused sites +\\| ${n(LIMITS.pausedSites)} `));
  });
});
