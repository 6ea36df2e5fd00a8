import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../lib/packs/base64url';
import { canonicalJson } from '../../lib/packs/canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units at every depth and drops white space', () => {
    const value = JSON.parse('{ "b": [ {"z": 1, "a": 2} ], "a": "x", "é": null, "E": true, "\\ud83d\\ude00": 0 }');
    expect(canonicalJson(value)).toBe('{"E":true,"a":"x","b":[{"a":2,"z":1}],"é":null,"😀":0}');
  });

  it('writes numbers and strings as RFC 8785 examples do', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 100, 'a\u2028\n"\\\u0001'])).toBe(
      '[1e+21,1e-7,0,0.30000000000000004,100,"a\u2028\\n\\"\\\\\\u0001"]',
    );
  });

  it('is the same for the same value however it was formatted', () => {
    const a = JSON.parse('{"title":"T","list":[1,2,{"x":"y"}]}');
    const b = JSON.parse('{\n  "list": [1, 2, { "x": "y" }],\n  "title": "T"\n}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/not finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe('base64url', () => {
  it('round-trips every length and matches the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      const bytes = new TextEncoder().encode(plain);
      expect(toBase64url(bytes)).toBe(encoded);
      expect(fromBase64url(encoded)).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, n) => n);
    expect(toBase64url(all)).not.toMatch(/[+/=]/);
    expect(fromBase64url(toBase64url(all))).toEqual(all);
  });

  it('refuses padding, the standard alphabet, a bad length and non-zero left-over bits', () => {
    for (const bad of ['Zg==', 'a+b/', 'Z', 'Zh']) expect(fromBase64url(bad)).toBeUndefined();
  });
});
