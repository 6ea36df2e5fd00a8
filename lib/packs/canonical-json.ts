/**
 * The canonical byte form a pack signature covers: the JSON Canonicalization Scheme (RFC 8785). Object members
 * sorted by their names' UTF-16 code units, no white space, strings and numbers written as ECMAScript's
 * JSON.stringify writes them. A publisher can pretty-print, re-indent or reorder a signed pack and the
 * signature still holds; changing any value breaks it.
 *
 * nb. RFC 8785 expects I-JSON: numbers are IEEE doubles. A pack whose file holds an integer beyond 2^53 is
 * signed and verified over the value JSON.parse gives, on both sides, so the scheme stays consistent.
 */

import type { Steps } from '../steps';

/** The canonical JSON text of a parsed JSON value. Throws on values JSON cannot hold (NaN, undefined, functions). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

/** Characters written per step of canonicalJsonSteps (tens of milliseconds: a megabyte took 70-200 ms). */
const STEP_CHARS = 250_000;

/**
 * canonicalJson in steps, for a pack of tens of megabytes: the text comes in pieces, each handed to `take` (the
 * pieces joined are canonicalJson's text, each ends between two tokens), with a step after each. The top-level
 * members and the items of the lists they hold are written one at a time; anything below them at once.
 */
export function* canonicalJsonSteps(value: unknown, take: (piece: string) => void): Steps<void> {
  const parts: string[] = [];
  let counted = 0;
  let pending = 0;
  function* written(): Steps<void> {
    for (; counted < parts.length; counted += 1) pending += parts[counted].length;
    if (pending < STEP_CHARS) return;
    take(parts.join(''));
    parts.length = 0;
    counted = 0;
    pending = 0;
    yield;
  }
  function* level(item: unknown, depth: number): Steps<void> {
    if (depth >= 2 || item === null || typeof item !== 'object') {
      write(item, parts);
      yield* written();
    } else if (Array.isArray(item)) {
      parts.push('[');
      for (const [n, inner] of item.entries()) {
        if (n > 0) parts.push(',');
        yield* level(inner, depth + 1);
      }
      parts.push(']');
    } else {
      // Default sort compares UTF-16 code units, which is RFC 8785's order.
      const names = Object.keys(item as object).sort();
      parts.push('{');
      for (const [n, name] of names.entries()) {
        if (n > 0) parts.push(',');
        parts.push(JSON.stringify(name), ':');
        yield* level((item as Record<string, unknown>)[name], depth + 1);
      }
      parts.push('}');
    }
  }
  yield* level(value, 0);
  if (parts.length > 0) take(parts.join(''));
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold a number that is not finite');
    out.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, n) => {
      if (n > 0) out.push(',');
      write(item, out);
    });
    out.push(']');
  } else if (typeof value === 'object') {
    // Default sort compares UTF-16 code units, which is RFC 8785's order.
    const names = Object.keys(value as object).sort();
    out.push('{');
    names.forEach((name, n) => {
      if (n > 0) out.push(',');
      out.push(JSON.stringify(name), ':');
      write((value as Record<string, unknown>)[name], out);
    });
    out.push('}');
  } else {
    throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
