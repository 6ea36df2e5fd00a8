/**
 * What a release ships (README, "Releasing"): both builds carry the project's licence and the third-party notices,
 * and `npm run zip`'s Firefox step makes the add-on archive and the source archive Firefox's review asks for,
 * which holds what the build needs and nothing that git does not track (no node_modules, .output, artifacts, no
 * link out of the repository). The Chrome archive is the same zipping of .output/chrome-mv3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './support/chromium';
import { FIREFOX_BUILD } from './support/firefox';

/** The files of a zip archive (its entries less the folders), read from its central directory. */
function zipEntries(path: string): string[] {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, `${path} is not a zip archive`).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n += 1) {
    expect(zip.readUInt32LE(at), `bad central directory entry ${n} in ${path}`).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names.filter((name) => !name.endsWith('/'));
}

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('release', () => {
  it('ships the licence and the third-party notices (WordNet, wink’s model) in both builds', () => {
    for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
      expect(existsSync(join(build, 'manifest.json')), `no build at ${build}: run "npm run build:all"`).toBe(true);
      expect(readFileSync(join(build, 'LICENSE.txt'), 'utf8')).toBe(readFileSync('LICENSE', 'utf8'));
      const notices = readFileSync(join(build, 'THIRD_PARTY_LICENSES.txt'), 'utf8');
      expect(notices).toBe(readFileSync('THIRD_PARTY_LICENSES', 'utf8'));
      expect(notices).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
      expect(notices).toMatch(/^wink-eng-lite-web-model \S+ \(MIT\)$/m);
    }
  });

  it('zips the Firefox add-on and its source archive, which holds only tracked files and what the build needs', () => {
    const tested = readFileSync(join(FIREFOX_BUILD, 'background.js'));
    // As `npm run zip` runs: not in Vitest's environment (NODE_ENV=test, VITEST), which changes how Vite builds.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
    );
    const run = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { encoding: 'utf8', timeout: 170_000, env });
    expect(run.status, `wxt zip failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
    // The archive is zipped from the build it makes, which must be the build the browser suites tested.
    expect(readFileSync(join(FIREFOX_BUILD, 'background.js')).equals(tested), 'wxt zip built another background').toBe(
      true,
    );

    const addOn = zipEntries(join('.output', `claimlens-${version}-firefox.zip`));
    expect(addOn).toEqual(
      expect.arrayContaining(['manifest.json', 'background.js', 'LICENSE.txt', 'THIRD_PARTY_LICENSES.txt']),
    );

    const sources = zipEntries(join('.output', `claimlens-${version}-sources.zip`));
    const tracked = new Set(
      spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean),
    );
    expect(
      sources.filter((name) => !tracked.has(name)),
      'files git does not track',
    ).toEqual([]);
    expect(
      sources.filter((name) => /^(node_modules|\.output|\.wxt|artifacts|tests)\//.test(name) || name.startsWith('.')),
    ).toEqual([]);
    expect(sources).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'tsconfig.json',
        'README.md',
        'LICENSE',
        'THIRD_PARTY_LICENSES',
        'entrypoints/background.ts',
        'lib/lexicon/data/lexicon.json',
        'scripts/release-sources.ts',
        'scripts/build-lexicon.ts',
      ]),
    );
  });
});
