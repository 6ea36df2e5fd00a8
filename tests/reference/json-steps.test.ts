import { describe, expect, it } from 'vitest';
import { parseJson } from '../../lib/reference/file-error';
import { parseJsonSteps } from '../../lib/reference/json-steps';
import { runSteps, type Steps } from '../../lib/steps';

/** Runs the steps, counting the pauses between them. */
function stepped<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses += 1;
  }
}

/** What parseJson says about a text: its value, or the words of its error. */
function whole(text: string): { value?: unknown; error?: string } {
  try {
    return { value: parseJson(text, 'The pack') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function inSteps(text: string): { value?: unknown; error?: string } {
  try {
    return { value: runSteps(parseJsonSteps(text, 'The pack')) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A source record of an export, with a text long enough that a few thousand make a large file. */
const record = (n: number) => ({
  id: `s-${n}`,
  title: `Fact-check number ${n}, with "quotes", a back\\slash and ünïcode`,
  claims: [{ id: `s-${n}#0`, text: `The river rose by ${n} centimetres over the weekend, the agency said.`, start: 0 }],
});
const records = (count: number) => Array.from({ length: count }, (_, n) => record(n));

/** An export-like document of about a megabyte, pretty-printed so white space sits between every token. */
const bigExport = JSON.stringify(
  { format: 'claimlens-reference', version: 1, pack: { title: 'River desk' }, sources: records(6_000) },
  null,
  2,
);

describe('a large JSON text parsed in steps', () => {
  it('gives the value JSON.parse gives, over several steps', () => {
    const { value, pauses } = stepped(parseJsonSteps(bigExport, 'The pack'));
    expect(value).toEqual(JSON.parse(bigExport));
    expect(pauses).toBeGreaterThan(2);
  });

  it('reads a top-level list, a DataFeed, and members of every kind', () => {
    const list = JSON.stringify(records(6_000));
    expect(inSteps(list)).toEqual({ value: JSON.parse(list) });
    const feed = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      empty: [],
      nested: [[1, 2], { a: [3] }],
      numbers: [1.5e3, -0, 7],
      flags: [true, false, null],
      dataFeedElement: records(6_000).map((item) => ({ '@type': 'DataFeedItem', item })),
    });
    expect(inSteps(feed)).toEqual({ value: JSON.parse(feed) });
    const spaced = `{"empty": [ \n ], "sources": ${list}}`;
    expect(inSteps(spaced)).toEqual({ value: JSON.parse(spaced) });
  });

  it('keeps what JSON.parse keeps: a "__proto__" member, and the last of a repeated name in its first place', () => {
    const text = `{"__proto__": {"polluted": true}, "a": 1, "sources": ${JSON.stringify(records(6_000))}, "a": 2}`;
    const value = runSteps(parseJsonSteps(text, 'The pack')) as Record<string, unknown>;
    const expected = JSON.parse(text);
    expect(Object.keys(value)).toEqual(Object.keys(expected));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(value.a).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a malformed text in the words parseJson uses', () => {
    const body = JSON.stringify(records(6_000));
    const broken = [
      `${body.slice(0, -1)},]`, // a comma after the last item
      body.replace('},{', '}{'), // no comma between two items
      body.replace('},{', '},,{'), // two commas
      `${body.slice(0, -1)}}`, // a list closed as an object
      body.slice(0, -200), // cut short
      `${body} x`, // something after the value
      `\u00a0${body}`, // white space JSON does not allow
      `{"sources": ${body}, "tail": }`, // a member without its value
      `{"sources": ${body} "tail": 1}`, // no comma between members
      `{"sources" ${body}}`, // no colon
      `{sources: ${body}}`, // a name without quotes
      `{"sources": ${body}]`, // brackets that do not match
      `${'['.repeat(70)}${body}${']'.repeat(70)}`, // nested too deep
      `]${body}`, // a closing bracket first
    ];
    for (const text of broken) {
      const expected = whole(text);
      expect(expected.error).toBeDefined();
      expect(inSteps(text)).toEqual(expected);
    }
  });

  it('parses small texts and plain values at once, as parseJson does', () => {
    for (const text of ['{"a": [1, 2]}', '[]', '"text"', '12', 'null']) {
      expect(stepped(parseJsonSteps(text, 'The pack'))).toEqual({ value: JSON.parse(text), pauses: 0 });
    }
    expect(inSteps('{"a": }')).toEqual(whole('{"a": }'));
  });
});
