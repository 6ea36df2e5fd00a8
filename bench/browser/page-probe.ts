/**
 * What the speed benchmark installs in every page before it loads (a plain string, so no compiler helper leaks
 * into the page): a record of when the number of badge hosts changed, and every long task (over 50 ms) the
 * page's main thread ran.
 */

/** The probe's record, read back with `window.__claimlensProbe`. */
export interface ProbeRecord {
  /** performance.now() each time the count of [data-claimlens-badge] hosts changed. */
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
    const count = document.querySelectorAll('[data-claimlens-badge]').length;
    const last = probe.badgeCounts[probe.badgeCounts.length - 1];
    if (!last || last.count !== count) probe.badgeCounts.push({ count, at: performance.now() });
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
})();`;

/** Runs in the page: a plain TreeWalker pass over the body's text, timed; the floor the extension is held to. */
export const TREE_WALKER_PASS = `(() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push(node.nodeValue);
    length += node.nodeValue.length;
  }
  const text = parts.join('');
  return { ms: performance.now() - started, characters: Math.max(length, text.length) };
})()`;
