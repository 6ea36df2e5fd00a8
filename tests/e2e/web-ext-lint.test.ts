/**
 * Mozilla's add-on linter (web-ext lint) on the Firefox build: errors fail; warnings and notices are allowed
 * (and printed, so they stay visible).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './support/firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('web-ext lint', () => {
  it('reports no errors on .output/firefox-mv2', () => {
    expect(existsSync(join(FIREFOX_BUILD, 'manifest.json')), 'no Firefox build: run "npx wxt build -b firefox"').toBe(
      true,
    );
    const run = spawnSync(
      join('node_modules', '.bin', 'web-ext'),
      ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const start = run.stdout.indexOf('{');
    expect(start, `web-ext lint printed no JSON report: ${run.stderr}`).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(run.stdout.slice(start)) as LintReport;
    for (const warning of report.warnings)
      console.log(`web-ext lint warning ${warning.code} in ${warning.file}: ${warning.message}`);
    expect(report.errors.map((error) => `${error.code} in ${error.file}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
