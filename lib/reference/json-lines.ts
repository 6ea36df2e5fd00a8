/**
 * JSON Lines of claims, one `{"id", "text", "title"?, "url"?}` per line. Each claim becomes its own source
 * (fact-checks usually are one claim each); the record's id is the id of both, so re-importing the same lines
 * duplicates nothing.
 */
import * as v from 'valibot';
import { LIMITS, maxChars, tooManyWords } from '../limits';
import { runSteps, type Steps } from '../steps';
import type { ReferenceSource } from '../types';
import { describeIssue, quoted, ReferenceFileError } from './file-error';
import { tooDeepAt } from './json-depth';
import type { ReferenceArticle } from './seeds';

const LineSchema = v.object(
  {
    id: v.pipe(
      v.union([v.string(), v.number()], 'must be a string or a number'),
      v.transform(String),
      v.trim(),
      v.nonEmpty('must not be empty'),
      // The id is both the source's and the claim's.
      maxChars('sourceId'),
    ),
    text: v.pipe(
      v.string('must be a non-empty string'),
      v.trim(),
      v.nonEmpty('must be a non-empty string'),
      maxChars('claimText'),
    ),
    title: v.optional(v.pipe(v.string('must be a string'), v.trim(), maxChars('title'))),
    url: v.optional(v.pipe(v.string('must be a string'), v.trim(), maxChars('url'))),
  },
  'must be an object',
);

/**
 * True when the content looks like JSON Lines: its first line holds one JSON object and the next line that is
 * not blank starts another. Read with indexOf rather than a regular expression with nested white-space runs,
 * which backtracked quadratically over a long run of blank lines.
 */
export function looksLikeJsonLines(content: string): boolean {
  const start = content.search(/\S/);
  if (start === -1 || content[start] !== '{') return false;
  const end = content.indexOf('\n', start);
  if (end === -1 || !content.slice(start, end).trimEnd().endsWith('}')) return false;
  return content
    .slice(end + 1)
    .trimStart()
    .startsWith('{');
}

/** The articles of a JSON Lines file; throws a ReferenceFileError naming the first bad line and field. */
export function readJsonLines(content: string, addedAt: string): ReferenceArticle[] {
  return runSteps(jsonLinesSteps(content, addedAt));
}

/** Lines read per step of jsonLinesSteps (a few tens of milliseconds). */
const LINE_STEP = 2_000;

/** readJsonLines in steps of LINE_STEP lines, so the background answers other tabs meanwhile. */
export function* jsonLinesSteps(content: string, addedAt: string): Steps<ReferenceArticle[]> {
  const articles: ReferenceArticle[] = [];
  const seen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  let records = 0;
  for (const line of lines) if (line.trim() !== '') records += 1;
  if (records > LIMITS.claimsPerImport) {
    throw new ReferenceFileError(`The file ${tooManyWords(records, LIMITS.claimsPerImport, 'claims')}.`);
  }
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if ((n + 1) % LINE_STEP === 0) yield;
    if (line.trim() === '') continue;
    if (tooDeepAt(line, LIMITS.jsonDepth) !== -1) {
      throw new ReferenceFileError(`line ${n + 1} nests objects and lists more than ${LIMITS.jsonDepth} levels deep.`);
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new ReferenceFileError(`line ${n + 1} is not valid JSON.`);
    }
    const parsed = v.safeParse(LineSchema, record);
    if (!parsed.success) {
      const rawId = (record as { id?: unknown } | null)?.id;
      const named = typeof rawId === 'string' || typeof rawId === 'number' ? ` (id ${quoted(String(rawId))})` : '';
      throw new ReferenceFileError(`line ${n + 1}${named}: ${describeIssue(parsed.issues)}`);
    }
    const { id, text, title, url } = parsed.output;
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw new ReferenceFileError(`line ${n + 1}: id ${quoted(id)} is already used on line ${earlier}`);
    seen.set(id, n + 1);
    const source: ReferenceSource = {
      id,
      title: title?.trim() || id,
      publisher: '',
      url: url?.trim() ?? '',
      publishedAt: '',
      addedAt,
      origin: 'import',
      enabled: true,
    };
    articles.push({ source, claims: [{ id, sourceId: id, text, start: 0, end: text.length }] });
  }
  if (articles.length === 0) throw new ReferenceFileError('The file holds no claims.');
  return articles;
}
