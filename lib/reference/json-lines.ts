/**
 * JSON Lines of claims, one `{"id", "text", "title"?, "url"?}` per line. Each claim becomes its own source
 * (fact-checks usually are one claim each); the record's id is the id of both, so re-importing the same lines
 * duplicates nothing.
 */
import * as v from 'valibot';
import type { ReferenceSource } from '../types';
import { describeIssue, quoted, ReferenceFileError } from './file-error';
import type { ReferenceArticle } from './seeds';

const LineSchema = v.object(
  {
    id: v.pipe(
      v.union([v.string(), v.number()], 'must be a string or a number'),
      v.transform(String),
      v.trim(),
      v.nonEmpty('must not be empty'),
    ),
    text: v.pipe(v.string('must be a non-empty string'), v.trim(), v.nonEmpty('must be a non-empty string')),
    title: v.optional(v.string('must be a string')),
    url: v.optional(v.string('must be a string')),
  },
  'must be an object',
);

/** True when the content looks like JSON Lines: two or more lines that each hold one JSON object. */
export function looksLikeJsonLines(content: string): boolean {
  return /^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(content);
}

/** The articles of a JSON Lines file; throws a ReferenceFileError naming the first bad line and field. */
export function readJsonLines(content: string, addedAt: string): ReferenceArticle[] {
  const articles: ReferenceArticle[] = [];
  const seen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') continue;
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
