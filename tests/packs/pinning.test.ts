import { describe, expect, it } from 'vitest';
import { decidePin, type KeyPin, type SignatureCheck } from '../../lib/packs';

const A = 'A'.repeat(43);
const B = 'B'.repeat(43);
const unsigned: SignatureCheck = { state: 'unsigned' };
const byA: SignatureCheck = { state: 'valid', publicKey: A };
const byB: SignatureCheck = { state: 'valid', publicKey: B };
const broken: SignatureCheck = { state: 'invalid', publicKey: A, reason: 'its signature does not match its content' };

/** Runs a subscription's downloads in order; returns what happened to each and the pin at the end. */
function downloads(start: KeyPin, checks: SignatureCheck[]) {
  let pin = start;
  const outcomes = checks.map((check) => {
    const decision = decidePin(pin, check);
    if (decision.accept) pin = decision.pin;
    return decision.accept ? 'accepted' : decision.reason;
  });
  return { outcomes, pin };
}

describe('key pinning', () => {
  it('pins the first key seen and accepts updates signed by it', () => {
    const { outcomes, pin } = downloads({}, [byA, byA, byA]);
    expect(outcomes).toEqual(['accepted', 'accepted', 'accepted']);
    expect(pin).toEqual({ publicKey: A, keyFrom: 'first-seen' });
  });

  it('refuses an update signed by another key, and keeps the pin', () => {
    const { outcomes, pin } = downloads({}, [byA, byB, byA]);
    expect(outcomes[1]).toMatch(/signed by another key \(B+\), not the key of its earlier versions \(A+\)/);
    expect(outcomes[2]).toBe('accepted');
    expect(pin.publicKey).toBe(A);
  });

  it('refuses an unsigned update once the first was signed', () => {
    const { outcomes } = downloads({}, [byA, unsigned]);
    expect(outcomes[1]).toMatch(/not signed, but the key of its earlier versions \(A+\) is expected/);
  });

  it('holds a key given with the URL from the first download on', () => {
    const given: KeyPin = { publicKey: A, keyFrom: 'url' };
    expect(downloads(given, [unsigned]).outcomes[0]).toMatch(/not signed, but the key given with the subscription/);
    expect(downloads(given, [byB]).outcomes[0]).toMatch(/another key \(B+\), not the key given with the subscription/);
    expect(downloads(given, [byA])).toEqual({ outcomes: ['accepted'], pin: given });
  });

  it('accepts an unsigned pack with no pin, and pins the first signed version after it', () => {
    const { outcomes, pin } = downloads({}, [unsigned, unsigned, byB, unsigned]);
    expect(outcomes.slice(0, 3)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(outcomes[3]).toMatch(/not signed/);
    expect(pin.publicKey).toBe(B);
  });

  it('always refuses a signature that does not hold, pinned or not', () => {
    expect(decidePin({}, broken)).toEqual({
      accept: false,
      reason: 'The pack was refused: its signature does not match its content.',
    });
    expect(decidePin({ publicKey: A, keyFrom: 'first-seen' }, broken).accept).toBe(false);
  });
});
