/**
 * axe-core (the exact version pinned in package.json) run inside a Playwright page: an extension page (popup,
 * options) or a fixture page with ClaimLens's popover open. The script is evaluated through the driver, which an
 * extension page's Content Security Policy does not stop.
 *
 * The popover lives in a closed shadow root, which axe (like any page script) cannot enter. `revealClosedRoot`
 * hands the root to the page's main world through CDP (as closedRootsOf does) and gives that one host a
 * `shadowRoot` property, so axe walks the popover as it walks an open root. Only the test's own page is changed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One kind of finding: the rule, how bad axe rates it, and where (the first few nodes' selectors). */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The findings that must never ship. */
export function seriousOrWorse(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** Runs axe over the page, or only inside the first element matching `selector`; returns its violations. */
export async function runAxe(page: Page, selector?: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const json = await page.evaluate(async (within: string | null) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const context = within ? document.querySelector(within) : document;
    if (!context) throw new Error(`axe: nothing matches ${within}`);
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return JSON.stringify(
      results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        nodes: violation.nodes.length,
        targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      })),
    );
  }, selector ?? null);
  return JSON.parse(json) as AxeFinding[];
}

/** How many elements inside the first match of `selector` one axe rule looked at (passed or not). */
export async function nodesChecked(page: Page, selector: string, rule: string): Promise<number> {
  return page.evaluate(
    async ({ within, only }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = document.querySelector(within);
      if (!context) throw new Error(`axe: nothing matches ${within}`);
      const results = await axe.run(context, { runOnly: [only] });
      return [...results.passes, ...results.violations].reduce((sum, result) => sum + result.nodes.length, 0);
    },
    { within: selector, only: rule },
  );
}

/** Makes the closed shadow root of the first `tag` host visible to main-world scripts as `host.shadowRoot`. */
export async function revealClosedRoot(page: Page, tag: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
    });
    if (!result.objectId) return false;
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: result.objectId,
      functionDeclaration:
        'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }',
      arguments: [{ objectId: object.objectId! }],
    });
    return true;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
