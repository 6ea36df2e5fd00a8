/** Why a reference file was refused, in plain words naming the first bad record and field. */
import * as v from 'valibot';
import { LIMITS } from '../limits';
import { showable } from '../text/showable';
import { lineAndColumn, tooDeepAt } from './json-depth';
import { jsonErrorOffset } from './json-error';

export class ReferenceFileError extends Error {
  override name = 'ReferenceFileError';
}

/** What a valibot type check expected, in plain words ("Object" → "an object"). */
const EXPECTED: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** "title must be a string" from the first valibot issue (field path joined with dots). */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  if (path && issue.received === 'undefined') return `${path} is missing`;
  // valibot's own words for a wrong type ("Invalid type: Expected Object but received ...") quote what was
  // received: text of any length, bidi controls and all. Say what was expected instead.
  const message =
    issue.kind === 'schema' && issue.message.startsWith('Invalid type:')
      ? `must be ${EXPECTED[issue.expected ?? ''] ?? issue.expected}`
      : issue.message;
  return path ? `${path} ${message}` : message;
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

/** A short quotation of a title or value for messages: one line, at most 60 characters, nothing unshowable. */
export function quoted(text: string): string {
  return `"${showable(text, 60)}"`;
}

/** A value of a file as a message shows it: a quoted string, a number or true/false as written, else its kind. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'missing';
  return Array.isArray(value) ? 'a list' : 'an object';
}
