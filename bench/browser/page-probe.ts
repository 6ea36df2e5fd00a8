/**
 * What the speed benchmark installs in every page before it loads (a plain string, so no compiler helper leaks
 * into the page): a record of when the number of badge hosts changed, and every long task (over 50 ms) the
 * page's main thread ran. The hosts (`claimlens-badge`) are all a page can see of the badges, which is enough
 * for timing; what they show is read through the extension (bench/browser-speed.ts).
 */

/** The probe's record, read back with `window.__claimlensProbe`. */
export interface ProbeRecord {
  /** performance.now() each time the count of claimlens-badge hosts changed. */
  badgeCounts: { count: number; at: number }[];
  longTasks: { start: number; duration: number }[];
}

export const PAGE_PROBE = `(() => {
  globalThis.__name = globalThis.__name || ((target) => target);
  const probe = { badgeCounts: [], longTasks: [] };
  window.__claimlensProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const record = () => {
    const count = document.querySelectorAll('claimlens-badge').length;
    const last = probe.badgeCounts[probe.badgeCounts.length - 1];
    if (!last || last.count !== count) probe.badgeCounts.push({ count, at: performance.now() });
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Runs in the page: a plain TreeWalker pass over the body's text (collecting every text node's value into one
 * string), the floor the extension is held to. Timed over 50 passes and divided, because performance.now() is
 * coarsened to 0.1 ms on ordinary pages.
 */
export const TREE_WALKER_PASS = `(() => {
  const passes = 50;
  let characters = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass += 1) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue);
    characters = parts.join('').length;
  }
  return { ms: (performance.now() - started) / passes, characters };
})()`;

/** Runs in the page: a 70 ms busy task, to check that the long-task observer reports what it should. */
export const BUSY_TASK = `new Promise((done) => setTimeout(() => {
  const until = performance.now() + 70;
  while (performance.now() < until) {}
  setTimeout(() => done(window.__claimlensProbe.longTasks.length), 100);
}, 0))`;
