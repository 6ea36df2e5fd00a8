/**
 * Waiting for the content script without a "done" signal in the DOM contract: poll the badges until they stop
 * changing. Driver-agnostic (the caller passes how to read the badges), so Chromium and Firefox wait alike.
 */
import type { BadgeInfo } from './in-page';

export interface SettleOptions {
  /** Never return before this much time has passed (the script may not have started). */
  minMs?: number;
  /** The badges must stay the same for this long. */
  quietMs?: number;
  /** Give up waiting (and return what is there) after this long. */
  maxMs?: number;
  /** Return as soon as this holds (and the quiet period passed). */
  until?: (badges: BadgeInfo[]) => boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function signature(badges: BadgeInfo[]): string {
  return badges.map((badge) => `${badge.status}|${badge.claimText}`).join('\n');
}

/**
 * Polls `read` every 200 ms and resolves with the badges once they have not changed for `quietMs` (default
 * 1,200 ms), no sooner than `minMs` (default 1,500 ms) and no later than `maxMs` (default 15 s). With `until`,
 * keeps waiting (up to `maxMs`) until the badges satisfy it.
 */
export async function settledBadges(read: () => Promise<BadgeInfo[]>, options: SettleOptions = {}) {
  const { minMs = 1_500, quietMs = 1_200, maxMs = 15_000, until } = options;
  const started = Date.now();
  let last = '';
  let lastChange = started;
  let badges: BadgeInfo[] = [];
  for (;;) {
    badges = await read();
    const now = Date.now();
    const current = signature(badges);
    if (current !== last) {
      last = current;
      lastChange = now;
    }
    const quiet = now - lastChange >= quietMs;
    const satisfied = until ? until(badges) : true;
    if (now - started >= maxMs) return badges;
    if (quiet && satisfied && now - started >= minMs) return badges;
    await sleep(200);
  }
}
