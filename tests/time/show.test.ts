import { describe, expect, it } from 'vitest';
import { badgeName, STATUS_MARK } from '@/content/ui/labels';
import { hasVerdict } from '@/content/verdict';
import { withComparisons } from '@/lib/compare/comparison';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { showDate } from '@/lib/time/calendar';
import type { ClaimMatch, PageAnnotation } from '@/lib/types';

const PAGE = 'Floods in the Aldmere valley have killed about 100 people, the regional government said.';
const REFERENCE = 'Floods in the Aldmere valley have killed about 300 people, the regional government said.';

function updated(newer: 'page' | 'reference', page: string, reference: string): PageAnnotation {
  const match: ClaimMatch = {
    claimId: 'c1',
    referenceClaim: REFERENCE,
    source: { id: 's1', title: 'Floods', publisher: 'Valley News', url: '', publishedAt: reference },
    stance: 'updates',
    score: 0.9,
    differences: [{ kind: 'number', page: 'about 100', reference: 'about 300' }],
    time: { page, reference, newer },
  };
  return {
    blockId: 'b',
    text: PAGE,
    start: 0,
    end: PAGE.length,
    prefix: '',
    suffix: '',
    status: 'updated',
    sourceCount: 1,
    matches: [match],
  };
}

describe('showing an update', () => {
  it('writes dates at their precision with the month named, and says when one is unknown', () => {
    expect(showDate('2024-12-19')).toBe('19 Dec 2024');
    expect(showDate('2025-01')).toBe('Jan 2025');
    expect(showDate('2025')).toBe('2025');
    expect(showDate('')).toBe('date unknown');
  });

  it('says first which side is newer, with both dates and both figures', () => {
    const older = withComparisons(updated('reference', '2024-12-19', '2025-01-15'), defaultLexicon);
    expect(older.reason).toMatch(
      /^This page \(19 Dec 2024\) gives an earlier figure: .*about 100.*Your references \(15 Jan 2025\): .*about 300/,
    );
    const newer = withComparisons(updated('page', '2025-02-11', '2025-01'), defaultLexicon);
    expect(newer.reason).toMatch(/^This page \(11 Feb 2025\) gives a later figure: .*Your references \(Jan 2025\)/);
  });

  it('gets a badge of its own, with its own mark and an accessible name', () => {
    expect(hasVerdict(updated('reference', '2024-12-19', '2025-01-15'))).toBe(true);
    expect(new Set(Object.values(STATUS_MARK)).size).toBe(Object.keys(STATUS_MARK).length);
    expect(badgeName('updated', 2)).toBe('Updated: reported at another date in 2 reference sources');
  });
});
