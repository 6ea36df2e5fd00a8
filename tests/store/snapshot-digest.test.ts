import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../lib/steps';
import { snapshotDigest, snapshotDigestSteps } from '../../lib/store/snapshot-digest';

const sample = () => ({
  format: 1,
  texts: { text: 'The port handled 9,000 ships.Bridges opened.', ends: Int32Array.from([29, 45]) },
  flags: Uint8Array.from([1, 0, 3]),
  values: Float64Array.from([0.5, Number.NaN]),
  whole: '[]',
  lists: [['a', 'b'], []],
  missing: null,
});

/** Multi-byte characters, surrogate pairs and a lone half, and bytes that end in part of a word. */
const mixed = () => ({
  text: 'Ünïcödé 😀 claims, \ud800 alone.'.repeat(50),
  bytes: new Uint8Array(1001).map((_, i) => i * 7),
});

describe('snapshotDigest', () => {
  it('is the same for the same content, also after a structured clone (as IndexedDB stores it)', () => {
    expect(snapshotDigest(structuredClone(sample()))).toBe(snapshotDigest(sample()));
  });

  it('is the same for the same bytes at an odd offset (a v8-deserialised snapshot holds such views)', () => {
    const shifted = new Uint8Array(13);
    shifted.set(Uint8Array.from([1, 0, 3]), 5);
    const odd = { ...sample(), flags: new Uint8Array(shifted.buffer, 5, 3) };
    expect(snapshotDigest(odd)).toBe(snapshotDigest(sample()));
    const words = new Uint8Array(8 + 1);
    words.set(new Uint8Array(Int32Array.from([29, 45]).buffer), 1);
    const unaligned = { ...sample(), texts: { ...sample().texts, ends: new Uint8Array(words.buffer, 1, 8) } };
    expect(() => snapshotDigest(unaligned)).not.toThrow();
    expect(snapshotDigest(deserialize(serialize(sample())))).toBe(snapshotDigest(sample()));
  });

  it('changes with any one change: a character, a cut, one array item, a key, a type', () => {
    const base = snapshotDigest(sample());
    const changed = [
      { ...sample(), texts: { ...sample().texts, text: 'The port handled 9,001 ships.Bridges opened.' } },
      { ...sample(), texts: { ...sample().texts, text: 'The port handled 9,000 ships.' } },
      { ...sample(), texts: { ...sample().texts, ends: Int32Array.from([29, 46]) } },
      { ...sample(), flags: Uint8Array.from([1, 0, 2]) },
      { ...sample(), values: Float64Array.from([0.5, 0]) },
      { ...sample(), lists: [['b', 'a'], []] },
      { ...sample(), format: '1' },
      { ...sample(), missing: undefined },
      { ...sample(), extra: 0 },
    ];
    const digests = changed.map(snapshotDigest);
    for (const digest of digests) expect(digest).not.toBe(base);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('gives the digests snapshots were written with before it ran in steps', () => {
    // Computed by the whole-string, whole-array version it replaced: snapshots already stored stay readable.
    expect(snapshotDigest(sample())).toBe('28jg2jzfb1n');
    expect(snapshotDigest(mixed())).toBe('akudswa868');
  });

  it('gives the same digest in steps of any size, never splitting a character or a word between pieces', () => {
    for (const data of [sample(), mixed()]) {
      const whole = snapshotDigest(data);
      for (const stepBytes of [1, 2, 3, 4, 5, 7, 64, 1000]) {
        expect(runSteps(snapshotDigestSteps(data, stepBytes))).toBe(whole);
      }
    }
    const pairs = '😀\ud800😀a😀'.repeat(9);
    for (const stepBytes of [1, 2, 3])
      expect(runSteps(snapshotDigestSteps(pairs, stepBytes))).toBe(snapshotDigest(pairs));
  });

  it('reads a deep structure without running out of stack', () => {
    let deep: unknown = 'end';
    for (let n = 0; n < 200_000; n += 1) deep = [deep];
    expect(snapshotDigest(deep)).toMatch(/^[0-9a-z]+$/);
  });
});
