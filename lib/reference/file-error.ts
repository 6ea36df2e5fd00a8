/** Why a reference file was refused, in plain words naming the first bad record and field. */
import * as v from 'valibot';
import { LIMITS } from '../limits';
import { lineAndColumn, tooDeepAt } from './json-depth';
import { jsonErrorOffset } from './json-error';

export class ReferenceFileError extends Error {
  override name = 'ReferenceFileError';
}

/** "title must be a string" from the first valibot issue (field path joined with dots). */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  if (path && issue.received === 'undefined') return `${path} is missing`;
  return path ? `${path} ${issue.message}` : issue.message;
}

/**
 * The parsed JSON, or a ReferenceFileError saying where the JSON breaks, or where it nests objects and lists
 * deeper than LIMITS.jsonDepth (code that walks parsed JSON would otherwise run out of stack).
 */
export function parseJson(content: string, what: string): unknown {
  const deep = tooDeepAt(content, LIMITS.jsonDepth);
  if (deep !== -1) {
    const { line, column } = lineAndColumn(content, deep);
    throw new ReferenceFileError(
      `${what} nests objects and lists more than ${LIMITS.jsonDepth} levels deep (at line ${line}, column ${column}); ` +
        'ClaimLens reads reference files up to that depth.',
    );
  }
  try {
    return JSON.parse(content);
  } catch {
    const offset = jsonErrorOffset(content);
    if (offset < 0) throw new ReferenceFileError(`${what} is not valid JSON.`);
    const { line, column } = lineAndColumn(content, offset);
    throw new ReferenceFileError(`${what} is not valid JSON (the error is at line ${line}, column ${column}).`);
  }
}

/** A short quotation of a title for messages. */
export function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > 60 ? `${clean.slice(0, 57)}...` : clean}"`;
}
