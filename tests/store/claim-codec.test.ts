import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { packClaim, unpackClaim } from '../../lib/store/claim-codec';
import type { ReferenceClaim } from '../../lib/types';

const claimOf = (text: string, extra: Partial<ReferenceClaim> = {}): ReferenceClaim => ({
  id: 's#0',
  sourceId: 's',
  text,
  start: 3,
  end: 40,
  groupId: 's#0',
  features: analyseSentence(text).features,
  ...extra,
});

describe('claim codec', () => {
  it('round-trips claims with their features exactly, through JSON', () => {
    for (const text of [
      'Lawmakers said North Korea did not send 300 soldiers to Kursk on Monday, according to the NIS.',
      'About half of the 2,700 workers were paid more than $12 an hour in 2024.',
    ]) {
      const claim = claimOf(text);
      const packed = packClaim(claim);
      expect(Array.isArray(packed)).toBe(true);
      expect(unpackClaim(JSON.parse(JSON.stringify(packed)))).toEqual(claim);
    }
  });

  it('keeps optional word fields and their absence', () => {
    const claim = claimOf('Officials said the army left.');
    claim.features!.words = [
      { stem: 'offici', concepts: ['c1'], proper: false, negated: false, attribution: true, cap: 0.4 },
      { stem: 'armi', concepts: [], proper: true, negated: true, verb: false, place: 'north korea' },
      { stem: 'left', concepts: [], proper: false, negated: false },
    ];
    expect(unpackClaim(JSON.parse(JSON.stringify(packClaim(claim))))).toEqual(claim);
  });

  it('keeps claims with fields it does not know whole', () => {
    const claim = claimOf('The dam holds 40 million litres.', { review: { rating: 'False', appearances: [] } });
    expect(packClaim(claim)).toBe(claim);
    const odd = claimOf('The dam holds 40 million litres.');
    (odd.features!.words[0] as unknown as Record<string, unknown>).newField = 1;
    expect(unpackClaim(JSON.parse(JSON.stringify(packClaim(odd))))).toEqual(odd);
  });
});
