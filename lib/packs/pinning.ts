/**
 * Key pinning for subscriptions: a subscription trusts the key it first saw (or the one given with its URL),
 * so a compromised web host cannot put words in a publisher's mouth. Pure decisions; the background stores the
 * pin with the subscription and calls this on every download, the first one included.
 */
import type { SignatureCheck } from './signature';

/** The key a subscription holds its pack to: none yet, or one and where it came from. */
export interface KeyPin {
  publicKey?: string;
  /** 'url': given with the subscription link, before anything was downloaded; 'first-seen': its first signed version. */
  keyFrom?: 'url' | 'first-seen';
}

export type PinDecision = { accept: true; pin: KeyPin } | { accept: false; reason: string };

/**
 * Whether a downloaded version may replace the last good one, and the pin to keep. Refused: a signature that
 * does not hold (always); a version signed by another key than the pinned one; an unsigned version once a key
 * is pinned. An unsigned pack with no pin is accepted (the reader subscribed to an unsigned pack); its first
 * signed version pins that key from then on.
 */
export function decidePin(pin: KeyPin, check: SignatureCheck): PinDecision {
  const pinned = pin.publicKey;
  const whose = pin.keyFrom === 'url' ? 'the key given with the subscription' : 'the key of its earlier versions';
  if (check.state === 'invalid') return { accept: false, reason: `The pack was refused: ${check.reason}.` };
  if (check.state === 'unsigned') {
    if (pinned === undefined) return { accept: true, pin };
    return { accept: false, reason: `The pack was refused: it is not signed, but ${whose} (${pinned}) is expected.` };
  }
  if (pinned === undefined) return { accept: true, pin: { publicKey: check.publicKey, keyFrom: 'first-seen' } };
  if (check.publicKey !== pinned) {
    return {
      accept: false,
      reason: `The pack was refused: it is signed by another key (${check.publicKey}), not ${whose} (${pinned}).`,
    };
  }
  return { accept: true, pin };
}
