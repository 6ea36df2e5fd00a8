import { describe, expect, it } from 'vitest';
import { badgeName, STATUS_MARK } from '@/content/ui/labels';
import { hasVerdict } from '@/content/verdict';
import { withComparisons } from '@/lib/compare/comparison';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { showDate, showDateRange } from '@/lib/time/calendar';
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

  it('writes the span of several dates as briefly as it can be read', () => {
    expect(showDateRange(['2025-01-15', '2025-01-15'])).toBe('15 Jan 2025');
    expect(showDateRange(['2025-01-15', '2025-01-13', '2025-01-14'])).toBe('13–15 Jan 2025');
    expect(showDateRange(['2025-01-15', '2024-12-28'])).toBe('28 Dec 2024 – 15 Jan 2025');
    expect(showDateRange(['2025-03-02', '2025-01-15'])).toBe('15 Jan 2025 – 2 Mar 2025');
    expect(showDateRange(['2025-01', '2025-01-15'])).toBe('Jan 2025');
    expect(showDateRange(['2025-01', '2025-02-03'])).toBe('Jan 2025 – 3 Feb 2025');
    expect(showDateRange(['', 'soon', '2025-01-13'])).toBe('13 Jan 2025');
    expect(showDateRange([])).toBe('date unknown');
  });

  it("gives the span of the dates of the references behind the update, not only the first one's", () => {
    const first = updated('reference', '2024-12-19', '2025-01-15');
    const second: ClaimMatch = {
      ...first.matches[0],
      claimId: 'c2',
      source: { ...first.matches[0].source, id: 's2', publisher: 'Hill Courier', publishedAt: '2025-01-13' },
      time: { page: '2024-12-19', reference: '2025-01-13', newer: 'reference' },
    };
    const twoDays = withComparisons({ ...first, sourceCount: 2, matches: [first.matches[0], second] }, defaultLexicon);
    expect(twoDays.reason).toMatch(
      /^This page \(19 Dec 2024\) gives an earlier figure: .*about 100.*Your references \(13–15 Jan 2025\): .*about 300/,
    );
    const acrossYears: ClaimMatch = {
      ...second,
      claimId: 'c3',
      time: { page: '2024-12-19', reference: '2024-12-28', newer: 'reference' },
    };
    const spread = withComparisons({ ...first, matches: [first.matches[0], second, acrossYears] }, defaultLexicon);
    expect(spread.reason).toMatch(/Your references \(28 Dec 2024 – 15 Jan 2025\): /);
    // A reference older than the page is not among the dates of the newer ones it is compared with.
    const older: ClaimMatch = {
      ...second,
      claimId: 'c4',
      time: { page: '2024-12-19', reference: '2024-11-02', newer: 'page' },
    };
    const apart = withComparisons({ ...first, matches: [older, first.matches[0]] }, defaultLexicon);
    expect(apart.reason).toMatch(
      /^This page \(19 Dec 2024\) gives an earlier figure: .*Your references \(15 Jan 2025\): /,
    );
    // Each reference's own line keeps its own date.
    expect(twoDays.matches.map((match) => match.reason?.match(/Your references \(([^)]*)\)/)?.[1])).toEqual([
      '15 Jan 2025',
      '13 Jan 2025',
    ]);
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
