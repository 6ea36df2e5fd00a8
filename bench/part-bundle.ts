/**
 * Part "bundle": minified and gzipped sizes of the content script (and each of its parts), background and popup
 * (Chrome MV3 build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BundleSize, bundleSizes } from './bundle-sizes';
import { type PartResult, textTable } from './part';
import { projectRoot } from './paths';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export interface BundleResult {
  dir: string;
  sizes: BundleSize[];
}

export async function runBundle(): Promise<PartResult<BundleResult>> {
  const root = join(projectRoot, '.output', 'chrome-mv3');
  const lines: string[] = [];
  if (!existsSync(join(root, 'manifest.json'))) {
    lines.push('no build in .output/chrome-mv3: running npx wxt build');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, encoding: 'utf8' });
    if (build.status !== 0) {
      return {
        result: null,
        missing: [],
        lines: [...lines, `build failed: ${(build.stderr || build.stdout).trim().slice(-400)}`],
      };
    }
  }
  const sizes = bundleSizes(root);
  lines.push(
    ...textTable([
      ['part', 'minified', 'gzipped', 'files'],
      ...sizes.map((size) => [size.part, kB(size.bytes), kB(size.gzipBytes), size.files.join(' ')]),
    ]),
  );
  return { result: { dir: '.output/chrome-mv3', sizes }, missing: [], lines };
}
