/**
 * The built page scripts stay lean (content/parts.ts): neither chrono-node nor lib/time/sentence-time.ts, the
 * engine's reading of a sentence's dates, is in page-gate.js, page-annotator.js, page-ui.js or anything they load,
 * in the Chrome and the Firefox builds that the browser suites test (`npm run build:all`; `npm test` builds them
 * before this tier). The source's imports are checked in the unit tier too (tests/content/page-scripts-imports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/bundle-sizes';
import { CHROME_BUILD } from './support/chromium';
import { FIREFOX_BUILD } from './support/firefox';

/**
 * Text that survives minification, by what it comes from: chrono-node's parsing components' fields (property
 * names, never mangled), and the sentence-time module's "since the late 1990s" pattern (a regular expression
 * literal, kept as written).
 */
const MARKERS: Record<string, readonly string[]> = {
  'chrono-node': ['knownValues', 'impliedValues'],
  'lib/time/sentence-time.ts': ['(?:(early|mid|late)[\\s-]+)?(\\d{4})(s?)'],
};

/** Which of MARKERS' origins a built file's text shows. */
function originsIn(text: string): string[] {
  return Object.entries(MARKERS)
    .filter(([, markers]) => markers.some((marker) => text.includes(marker)))
    .map(([origin]) => origin);
}

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the %s build', (_browser, build) => {
  it('keeps chrono-node and the sentence-time module out of the page scripts and what they load', () => {
    expect(existsSync(join(build, 'manifest.json')), `no build at ${build}: run "npm run build:all"`).toBe(true);
    const parts = bundleSizes(build).filter((size) => size.part.startsWith('content script'));
    const files = [...new Set(parts.flatMap((size) => size.files))].sort();
    expect(files).toEqual(expect.arrayContaining(['page-gate.js', 'page-annotator.js', 'page-ui.js']));
    const found = files.flatMap((file) =>
      originsIn(readFileSync(join(build, file), 'utf8')).map((origin) => `${file}: ${origin}`),
    );
    expect(found).toEqual([]);
  });

  it('finds both in the background, where they belong (the markers still mark them)', () => {
    expect(originsIn(readFileSync(join(build, 'background.js'), 'utf8'))).toEqual(Object.keys(MARKERS));
  });
});

it('takes the sentence-time marker from the module as written', () => {
  expect(readFileSync('lib/time/sentence-time.ts', 'utf8')).toContain(MARKERS['lib/time/sentence-time.ts'][0]);
});
