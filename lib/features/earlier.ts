/**
 * The earlier figure a sentence gives beside its current one: "killed 19 people, up from 14 on Tuesday", "from 14 a
 * day earlier", "rising from 14", "compared with 1.1 billion a year earlier", "rose from 14 to 19". The phrase
 * says what the figure was before, and any date in it is that older figure's, not the sentence's: it is neither
 * the fact's date nor the time of the report.
 */
import type { Quantity, TextRange } from '../types';
import { extractQuantities } from './quantities';
import { MONTH_NAMES, WEEKDAY_NAMES } from './quantity/word-tables';

/** Words that open an earlier figure: a change "from" it, or a comparison "with" it. */
const EARLIER_CUE =
  /\b(?:(?:up|down|rising|falling|climbing|dropping|increasing|decreasing|growing|rose|fell|climbed|dropped|jumped|increased|decreased|grew|an?\s+(?:increase|decrease|rise|fall|drop))\s+from|compared\s+(?:with|to))\s/gi;
/** A bare "from" whose clause says the figure is older: "from 14 a day earlier", "from 14 the week before". */
const FROM_EARLIER = /\bfrom\s(?=[^,;:.]*?\b(?:earlier|before|previously|ago)\b)/gi;
/**
 * A figure set against the one given before: "more than the 600 it had announced on Thursday", "fewer than the
 * 40 initially expected", "instead of the 12% planned". The clause must say the other figure was announced or planned
 * before, or it is a plain comparison ("more than the 600 at the old plant", "the 300 reported in Tarvia").
 */
const THAN_EARLIER =
  /\b(?:(?:more|less|fewer|higher|lower)\s+than|instead\s+of|rather\s+than|up\s+on|down\s+on)\s+the\s(?=[^,;:.]*?\b(?:announced|planned|promised|forecast|estimated|expected|proposed|offered|budgeted|previously|earlier|initially|originally)\b)/gi;
/** Where an earlier figure's phrase ends: its clause's end, or the "to" of the current figure ("from 14 to 19"). */
const PHRASE_END =
  /[,;:()\u2013\u2014]|\.(?!\d)|\bto\s+(?=(?:about|around|some|nearly|almost|more than|at least)?\s*\d)/i;

/** The phrases of a sentence that give an earlier figure, from their cue to the end of what they say of it. */
export function earlierPhrases(text: string): TextRange[] {
  const phrases: TextRange[] = [];
  for (const cue of [EARLIER_CUE, FROM_EARLIER, THAN_EARLIER]) {
    for (const match of text.matchAll(cue)) {
      const start = match.index;
      const rest = text.slice(start + match[0].length);
      const end = PHRASE_END.exec(rest);
      phrases.push({ start, end: start + match[0].length + (end ? end.index : rest.length) });
    }
  }
  return phrases;
}

/** True when the offset falls inside one of the phrases. */
export const inPhrase = (phrases: readonly TextRange[], at: number): boolean =>
  phrases.some((phrase) => at >= phrase.start && at < phrase.end);

/** The earlier figures a sentence gives: the first quantity of each of its earlier-figure phrases. */
export function earlierFigures(text: string): Quantity[] {
  const phrases = earlierPhrases(text);
  if (phrases.length === 0) return [];
  const quantities = extractQuantities(text);
  return phrases.flatMap((phrase) => {
    const first = quantities.find((quantity) => quantity.start >= phrase.start && quantity.start < phrase.end);
    return first ? [first] : [];
  });
}

/**
 * A level verb and the figure it reaches, then the day it stood there: "rose to 17 on Tuesday", "had climbed to
 * 40 by Monday", "stood at nine as of Friday", "stood at 11.7 per cent of capacity on Sunday". That day dates the figure (a running total as reported then), not
 * the event it counts, so a reference that gives the event's own day does not contradict it.
 */
const LEVEL_DAY = new RegExp(
  `\\b(?:rose|risen|rising|climbed|climbing|reached|reaching|stood|standing|increased|grew|grown|jumped|hit|topped|fell|fallen|dropped)\\s+(?:to\\s+|at\\s+)?(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|at\\s+least\\s+)?[\\w,.]+\\s+(?:(?!(?:after|when|as|before|while|because|since|following|until|and|but|which|that|who)\\b)\\w+\\s+){0,4}?(?:on|by|as\\s+of)\\s+(?=(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].map(capitalised).join('|')})\\b)`,
  'g',
);

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** The phrases of a sentence that date a level's figure ("rose to 17 on Tuesday"), through the day's name. */
function levelDayPhrases(text: string): TextRange[] {
  return [...text.matchAll(LEVEL_DAY)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length + (/^\w+/.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0),
  }));
}

const DAY_NAME = `(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})`;
/** Words that date a count itself: "as of Monday", "by mid-December", "Tuesday's count" ("until" is an end). */
const COUNT_DAY = new RegExp(
  `\\b(?:as\\s+(?:of|at)|by)\\s+(?:the\\s+(?:end|middle|start)\\s+of\\s+)?(?:(?:early|mid|late)[-\\s])?(?:${DAY_NAME}|\\d{1,2}(?:st|nd|rd|th)?\\s+${DAY_NAME}|yesterday|today|last\\s+\\w+)\\b|\\b${DAY_NAME}'s\\s+(?:count|toll|tally|total|figures?|estimates?)\\b`,
  'gi',
);

/**
 * The phrases of a sentence that date its count rather than its event: a level's day ("rose to 17 on Tuesday") and
 * a day the count stood at ("as of Monday", "by Friday", "Tuesday's count"). Such a day is neither one of the
 * sentence's event dates nor a reason to move the count to its article's date (see countTime in match/stance.ts).
 */
export function countDayPhrases(text: string): TextRange[] {
  return [
    ...levelDayPhrases(text),
    ...[...text.matchAll(COUNT_DAY)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  ];
}

/** "Since Monday": the day a period began, not the day of what the sentence reports. */
const SINCE_DAY = new RegExp(`\\bsince\\s+(?:last\\s+)?(?:${WEEKDAY_NAMES.join('|')})\\b`, 'gi');
/** "Two days after", "a week before": the sentence places one event by another, each with its own day. */
const DAYS_APART = /\b(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b/i;

/**
 * The phrases of a sentence whose weekday or month is not the day of its event (its dates as figures stay): the
 * start of a period ("talking to the captors since Monday") and, in a sentence that places one event days after or
 * before another ("still blocked on Wednesday, two days after the barges ran aground"), the whole sentence, whose
 * day may be either event's.
 */
export function otherEventDayPhrases(text: string): TextRange[] {
  // Most sentences have neither: a plain search rules them out before the patterns run.
  const lower = text.toLowerCase();
  if ((lower.includes(' after') || lower.includes(' before')) && DAYS_APART.test(text)) {
    return [{ start: 0, end: text.length }];
  }
  if (!lower.includes('since')) return [];
  return [...text.matchAll(SINCE_DAY)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
