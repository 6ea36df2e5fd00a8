/**
 * The canonical byte form a pack signature covers: the JSON Canonicalization Scheme (RFC 8785). Object members
 * sorted by their names' UTF-16 code units, no white space, strings and numbers written as ECMAScript's
 * JSON.stringify writes them. A publisher can pretty-print, re-indent or reorder a signed pack and the
 * signature still holds; changing any value breaks it.
 *
 * nb. RFC 8785 expects I-JSON: numbers are IEEE doubles. A pack whose file holds an integer beyond 2^53 is
 * signed and verified over the value JSON.parse gives, on both sides, so the scheme stays consistent.
 */

/** The canonical JSON text of a parsed JSON value. Throws on values JSON cannot hold (NaN, undefined, functions). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
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
