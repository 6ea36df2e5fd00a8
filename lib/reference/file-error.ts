/** Why a reference file was refused, in plain words naming the first bad record and field. */
import * as v from 'valibot';
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

/** The parsed JSON, or a ReferenceFileError saying where the JSON breaks. */
export function parseJson(content: string, what: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    const offset = jsonErrorOffset(content);
    if (offset < 0) throw new ReferenceFileError(`${what} is not valid JSON.`);
    const before = content.slice(0, offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new ReferenceFileError(`${what} is not valid JSON (the error is at line ${line}, column ${column}).`);
  }
}

/** A short quotation of a title for messages. */
export function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > 60 ? `${clean.slice(0, 57)}...` : clean}"`;
}
