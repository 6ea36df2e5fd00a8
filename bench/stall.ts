/**
 * The longest time the event loop was held while some async work ran: what a message arriving meanwhile
 * would wait at most before the background could start on it.
 */

/** Runs `work` with a probe that notes every turn of the event loop; returns the longest gap between turns. */
export async function withLongestStall<T>(work: () => Promise<T>): Promise<{ value: T; longestStallMs: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    const value = await work();
    turn();
    return { value, longestStallMs: longest };
  } finally {
    running = false;
  }
}
