/**
 * Generated hostile input for the fuzz suite, from a seeded generator (bench/prng.ts) so every run tries the same
 * cases and a failure can be replayed: random bytes and JSON, deep nesting, Unicode that breaks naive code (lone
 * surrogates, bidi controls, NUL), huge runs, and a wrong value for every field of a valid record.
 */
import { type Random, seededRandom } from '../../bench/prng';

export { type Random, seededRandom };

/** Sentences of the fuzz suite's own (invented) reference set, and pages that repeat them. */
export const SENTENCES = [
  'The river ferry carried 340 passengers on its first day of service.',
  'Council members approved a budget of 12 million euros for the new library.',
  'Heavy snow closed 48 schools across the northern valley on Tuesday.',
  'The museum lent 15 paintings to a gallery in Lisbon for the summer.',
];

/**
 * Characters that naive text code gets wrong: NUL and other controls, lone surrogates (either half), bidi
 * overrides and isolates, a byte order mark, line and paragraph separators, combining marks, joiners, an astral
 * emoji, quotes and brackets of JSON and HTML, and sentence ends of other scripts.
 */
export const HOSTILE_CHARS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u2066',
  '\u200f',
  '\ufeff',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\t',
  '\u00a0',
  '\u3000',
  '\u0301',
  '\u200d',
  '\ud83d\ude00',
  '"',
  '\\',
  '<',
  '>',
  '&',
  '{',
  '}',
  '[',
  ']',
  '.',
  '!',
  '?',
  '\u201c',
  '\u201d',
  '\u3002',
];

const WORDS = ['the', 'ferry', '340', 'Mr.', 'U.S.', 'said', 'on', 'Tuesday', 'not', 'J.', 'No.', '12.5%', 'Lisbon'];

/** A string of up to `length` characters mixing words, white space and hostile characters. */
export function hostileString(random: Random, length: number): string {
  let text = '';
  const target = 1 + random.int(length);
  while (text.length < target) {
    const roll = random.next();
    if (roll < 0.45) text += `${random.pick(WORDS)} `;
    else if (roll < 0.9) text += random.pick(HOSTILE_CHARS);
    else text += String.fromCharCode(random.int(0x10000));
  }
  return text.slice(0, target);
}

/**
 * Named strings each of which has broken text code somewhere: each is tried in every string field. Kept short:
 * their kind matters here; size has kinds of its own.
 */
export const HOSTILE_STRINGS: Record<string, string> = {
  'lone high surrogate': `Officials said \ud800 340 boats sank.`,
  'lone low surrogate': `\udc00Officials said 340 boats sank.\udfff`,
  'bidi override': `Officials said \u202e340 boats sank\u202c on Monday.`,
  'bidi isolates': `\u2067Officials\u2069 said \u2066340\u2069 boats sank.`,
  NUL: `Officials\u0000 said 340\u0000 boats sank.\u0000`,
  'terminal escapes': `\u001b]0;owned\u0007\u001b[2JOfficials said 340 boats sank.`,
  'white space only': ' \t\u00a0\u3000\u2028 ',
  'zero-width only': '\u200b\u200c\u200d\ufeff',
  'combining marks': `O${'\u0301'.repeat(1_000)}fficials said 340 boats sank.`,
  'HTML and script': '<img src=x onerror=alert(1)><script>alert(2)</script> Officials said 340 boats sank.',
  'JSON-looking': '{"id": "x", "text": "y"}\n{"@type": "ClaimReview"}',
  'Mr. Mr. Mr.': `${'Mr. '.repeat(500)}Smith said 340 boats sank.`,
  'dots and digits': '1.2.3.4.5.6.7.8.9.'.repeat(100),
  'prototype words': '__proto__ constructor prototype toString hasOwnProperty',
};

/**
 * The hostile strings tried in every field of every record and request (the page path tries them all): one of
 * each family, so the every-field kinds stay fast.
 */
export const FIELD_STRINGS: Record<string, string> = Object.fromEntries(
  [
    'lone high surrogate',
    'bidi override',
    'NUL',
    'terminal escapes',
    'white space only',
    'combining marks',
    'HTML and script',
    'Mr. Mr. Mr.',
  ].map((name) => [name, HOSTILE_STRINGS[name]]),
);

/** `length` random bytes. */
export function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let n = 0; n < length; n += 1) bytes[n] = random.int(256);
  return bytes;
}

/** Bytes as the browser's `File.text()` reads them (UTF-8, bad sequences replaced) or as Latin-1. */
export function bytesAsText(bytes: Uint8Array, encoding: 'utf8' | 'latin1'): string {
  return Buffer.from(bytes).toString(encoding);
}

/** Object keys random JSON is made of: the fields of the reference formats, so records get read deeply. */
const KEYS = [
  'id',
  'text',
  'title',
  'url',
  'publisher',
  'publishedAt',
  'addedAt',
  'origin',
  'enabled',
  'claims',
  'sources',
  'format',
  'version',
  'start',
  'end',
  'groupId',
  'review',
  'rating',
  'appearances',
  '@type',
  '@graph',
  '@context',
  'claimReviewed',
  'reviewRating',
  'alternateName',
  'itemReviewed',
  'appearance',
  'author',
  'name',
  'datePublished',
  '__proto__',
  'constructor',
  '',
];
const STRINGS = [
  'claimlens-reference',
  'ClaimReview',
  'False',
  'seed',
  'import',
  'https://f.example/1',
  '2025-01-02',
  'The river ferry carried 340 passengers on its first day of service.',
];

/** A random JSON value at most `depth` deep. */
export function randomJson(random: Random, depth: number): unknown {
  const roll = random.int(depth > 0 ? 10 : 7);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1, 1.5, -0, 1e308, 2 ** 53, -(2 ** 31), 0.1]);
    case 3:
    case 4:
      return random.pick(STRINGS);
    case 5:
      return hostileString(random, 40);
    case 6:
      return random.int(2) ? 1 : '1';
    case 7:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth - 1));
    default: {
      const value: Record<string, unknown> = {};
      for (let n = random.int(6); n > 0; n -= 1) {
        Object.defineProperty(value, random.pick(KEYS), {
          value: randomJson(random, depth - 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return value;
    }
  }
}

/** Wrong values for a field: every JSON type, empty and odd numbers. Each is tried in every field. */
export const WRONG_VALUES: Record<string, unknown> = {
  null: null,
  true: true,
  zero: 0,
  'huge number': 1e308,
  'empty string': '',
  'blank string': '   ',
  'empty list': [],
  'list of a string': ['x'],
  object: { x: 1 },
};

/** Path of keys and indexes to a value inside a JSON tree. */
export type JsonPath = (string | number)[];

/** Every path to a value in a JSON tree (objects' fields and lists' items), the root's children first. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, n) => [n, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** The value at a path. */
export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

/** A deep copy of a JSON tree with the value at `path` replaced (or removed, for `undefined`). */
export function withValueAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (replacement === undefined && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (replacement === undefined) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

/** The last key of a path that is a field name ("title" for sources.0.title; "claims" for sources.0.claims.1). */
export function fieldOf(path: JsonPath): string | undefined {
  for (let n = path.length - 1; n >= 0; n -= 1) if (typeof path[n] === 'string') return path[n] as string;
  return undefined;
}

/** A regular expression matching a field's name as a word (a list's also in the singular: "claims", "claim 2"). */
export function named(field: string): RegExp {
  const word = field.replace(/[^\w@]/g, '\\$&');
  return new RegExp(`\\b${word.endsWith('s') ? `${word.slice(0, -1)}s?` : word}\\b`);
}

/** `text` with 1 to 4 random edits: a cut, a repeat, a hostile character, a random byte, a swap of two spans. */
export function mutate(random: Random, text: string): string {
  let result = text;
  for (let edits = 1 + random.int(4); edits > 0; edits -= 1) {
    const at = random.int(result.length + 1);
    const span = 1 + random.int(12);
    switch (random.int(5)) {
      case 0:
        result = result.slice(0, at) + result.slice(at + span);
        break;
      case 1:
        result = result.slice(0, at) + result.slice(at, at + span).repeat(2 + random.int(3)) + result.slice(at);
        break;
      case 2:
        result = result.slice(0, at) + random.pick(HOSTILE_CHARS) + result.slice(at);
        break;
      case 3:
        result = result.slice(0, at) + String.fromCharCode(random.int(256)) + result.slice(at + 1);
        break;
      default: {
        const other = random.int(result.length + 1);
        const [a, b] = at < other ? [at, other] : [other, at];
        result = result.slice(0, a) + result.slice(b, b + span) + result.slice(a + span, b) + result.slice(a, a + span);
      }
    }
  }
  return result;
}

/** Objects or lists nested `depth` deep, as JSON text. */
export function nestedJson(depth: number, kind: 'list' | 'object', inner = '1'): string {
  return kind === 'list'
    ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}
