/**
 * What a Playwright tab reports while a test uses it: uncaught errors, console messages and Content-Security-Policy
 * violations. Installed before the page loads, so nothing the content script does at document_idle is missed.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  pageErrors: string[];
  consoleErrors: string[];
  /** Every console message of the page and of content scripts, as "type: text". */
  consoleLines: string[];
  /** Blocked directives with the blocked resource, from `securitypolicyviolation` events. */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    __claimlensCspViolations?: string[];
  }
}

/** Starts recording on `page`; call before `page.goto`. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const consoleLines: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    window.__claimlensCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__claimlensCspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return {
    pageErrors,
    consoleErrors,
    consoleLines,
    cspViolations: () => page.evaluate(() => window.__claimlensCspViolations ?? []),
  };
}
