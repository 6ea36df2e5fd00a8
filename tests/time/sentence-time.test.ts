import { describe, expect, it } from 'vitest';
import { dateSpan, isoDay } from '@/lib/time/calendar';
import { sentenceTime } from '@/lib/time/sentence-time';

const when = (text: string, published: string) => sentenceTime(text, published).when?.iso;
const since = (text: string, published: string) => {
  const start = sentenceTime(text, published).since;
  return start === undefined || start === null ? start : isoDay(start);
};

describe('dateSpan', () => {
  it('reads a date at the precision it is written, and refuses what names no day', () => {
    expect(dateSpan('2025-01-15T09:00:00+09:00')?.iso).toBe('2025-01-15');
    const month = dateSpan('2025-02');
    expect(month && month.last - month.first).toBe(27);
    expect(dateSpan('2024')?.iso).toBe('2024');
    expect(dateSpan('')).toBeUndefined();
    expect(dateSpan('2025-02-30')).toBeUndefined();
    expect(dateSpan('next week')).toBeUndefined();
  });
});

describe('sentenceTime', () => {
  it("resolves a weekday against the article's date, in the past", () => {
    expect(when('Officials in Port Sellin said on Monday that 40 homes had burned.', '2024-12-19')).toBe('2024-12-16');
    expect(when('The mayor of Aldmere spoke on Thursday.', '2024-12-19')).toBe('2024-12-19');
  });

  it("takes a weekday nearer ahead than behind as last week's, not as one a year back", () => {
    // A report of Saturday 21 March 2026: "on Tuesday" is the 17th, though the 24th is a day nearer.
    expect(when('The bridge at Port Sellin gave way on Tuesday, killing 12 people.', '2026-03-21')).toBe('2026-03-17');
    expect(when('The bridge at Port Sellin reopened on Wednesday.', '2026-03-22')).toBe('2026-03-18');
  });

  it('takes a month whose year is left open at or before the article, not in the months after', () => {
    expect(when('As of mid-January, 300 people had been evacuated from Kelowna.', '2025-02-01')).toBe('2025-01-15');
    expect(when('As of mid-January, 300 people had been evacuated from Kelowna.', '2024-12-19')).toBe('2024-01-15');
    expect(when('In October the river flooded 20 farms near Aldmere.', '2025-03-02')).toBe('2024-10');
  });

  it('takes a date in the possessive as the name of an event, not as when the figure held', () => {
    const toll = "The toll from Tuesday's mudslide in Aldmere has risen to 14.";
    expect(sentenceTime(toll, '2025-01-16')).toMatchObject({ own: false });
    expect(when(toll, '2025-01-16')).toBe('2025-01-16');
    expect(when("Last week's floods cut the road to Aldmere on Monday.", '2025-01-16')).toBe('2025-01-13');
    // A figure's own date in the possessive is still its date.
    expect(when("Tuesday's count put the toll at 14.", '2025-01-16')).toBe('2025-01-14');
  });

  it('reads a full date without the article, and a relative one only with it', () => {
    expect(when('The dam at Kelowna opened on 5 May 2019.', '')).toBe('2019-05-05');
    expect(sentenceTime('The dam at Kelowna opened on Monday.', '').when).toBeUndefined();
    expect(when('Two weeks ago the ferry to Port Sellin stopped running.', '2025-01-20')).toBe('2025-01-06');
  });

  it('does not read a number that begins the clause after a comma as the day or the year', () => {
    expect(when('Last December, 12 fishermen were pulled from the sea off Port Sellin.', '2025-01-20')).toBe('2024-12');
    expect(when('In March, 40 homes burned in the hills above Kelowna.', '2025-05-02')).toBe('2025-03');
    expect(when('On 5 March, 40 homes burned in the hills above Kelowna.', '2025-05-02')).toBe('2025-03-05');
    expect(when('By late October, 2,300 residents had left Aldmere.', '2025-01-10')).toBe('2024-10-25');
    // A year after a day continues the date; a month after a weekday as well.
    expect(when('The bridge at Aldmere reopened on March 12, 2024 after repairs.', '')).toBe('2024-03-12');
    expect(when('On Friday, March 14, the ferry to Port Sellin ran again.', '2025-03-20')).toBe('2025-03-14');
  });

  it("falls back to the article's date, and says so", () => {
    const time = sentenceTime('The ferry left Port Sellin at 6 p.m. with 80 passengers.', '2025-01-10');
    expect(time).toMatchObject({ own: false, when: { iso: '2025-01-10' } });
    expect(sentenceTime('Nothing here is dated.', '')).toEqual({ own: false, when: undefined, since: undefined });
  });

  it('reads where a total counts from, and keeps that date apart from when it was reported', () => {
    expect(since('About 3,400 people have left Aldmere since the late 1990s.', '2024-12-19')).toBe('1997-01-01');
    expect(since('About 3,400 people have left Aldmere since 2008.', '2024-12-19')).toBe('2008-01-01');
    const joined =
      'About 100 volunteers have been injured since the brigade joined the fighting in October, officials said on Monday.';
    expect(since(joined, '2024-12-19')).toBe('2024-10-01');
    expect(when(joined, '2024-12-19')).toBe('2024-12-16');
    expect(
      since('About 100 volunteers have been injured since the brigade joined the fighting.', '2024-12-19'),
    ).toBeNull();
  });

  it('does not take a length of time for a date: the fact is as of the report', () => {
    const published = '2025-01-20';
    const own = (text: string) => sentenceTime(text, published).own;
    expect(own('Rescuers near Port Sellin have searched for two weeks.')).toBe(false);
    expect(own('Prices in Aldmere rose 5% over the past 12 months.')).toBe(false);
    expect(own('In the last two days, 40 homes burned near Kelowna.')).toBe(false);
    expect(own('The plant at Tullen will close in six months.')).toBe(false);
    // A date beside a length of time still dates the sentence; "last week" is a date.
    expect(when('The geologist, held for eight months by rebels, was freed on Sunday.', published)).toBe('2025-01-19');
    expect(when('Last week 40 homes burned near Kelowna.', published)).toBe('2025-01-13');
  });

  it('does not take a comparison ("the worst since ...") for the period of a total', () => {
    const worst = 'Floods killed 12 people in Aldmere, the worst flooding since the 1950s.';
    expect(since(worst, '2024-12-19')).toBeUndefined();
    expect(since('It was the first ferry to reach Port Sellin since the storm.', '2024-12-19')).toBeUndefined();
  });

  it('never throws on text that is not a sentence', () => {
    for (const text of ['', '   ', '\u0000\u202e', 'on on on since since', '9'.repeat(5000)]) {
      expect(() => sentenceTime(text, '2025-01-01')).not.toThrow();
      expect(() => sentenceTime(text, 'garbage')).not.toThrow();
    }
  });
});
