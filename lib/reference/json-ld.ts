/**
 * The JSON-LD blocks of an HTML page (`<script type="application/ld+json">…</script>`), found by one forward
 * scan. A regular expression that looked for each block's `</script>` from every opening tag read the rest of
 * the page once per tag: 20,000 unclosed tags took 22 s. Here the page is read about once, whatever it holds.
 */
import { LIMITS } from '../limits';
import { tooDeepAt } from './json-depth';

const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;

/** The parsed JSON-LD blocks of an HTML page, in order; blocks that are not valid JSON, or nest too deep, are skipped. */
export function jsonLdOfHtml(html: string): unknown[] {
  const lower = html.toLowerCase();
  const blocks: unknown[] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<script', at);
    if (open === -1) break;
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd === -1) break;
    const close = lower.indexOf('</script>', tagEnd + 1);
    if (close === -1) break; // No block closes after this point: none can be complete.
    at = close + '</script>'.length;
    if (!JSON_LD_TYPE.test(html.slice(open, tagEnd))) continue;
    const body = html.slice(tagEnd + 1, close);
    if (tooDeepAt(body, LIMITS.jsonDepth) !== -1) continue;
    try {
      blocks.push(JSON.parse(body));
    } catch {
      // A broken block on a page is the page's problem; the others may still hold reviews.
    }
  }
  return blocks;
}
