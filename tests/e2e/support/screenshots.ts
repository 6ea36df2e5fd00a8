/**
 * Where the suites leave screenshots for a person to look at after a run (artifacts/ is git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve('artifacts/screenshots');

/** The path for screenshot `name` (PNG), creating the folder when needed. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
