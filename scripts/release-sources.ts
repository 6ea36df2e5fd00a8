/**
 * The source archive Firefox's add-on review asks for (`npm run zip`, wxt.config.ts): exactly the files git tracks,
 * as they are in the working tree, copied into a staging folder that WXT zips. So nothing untracked or ignored
 * (node_modules, .output, artifacts, logs, local scratch files) and no symbolic link (which could point outside
 * the repository) can reach the archive. WXT's own exclusions then apply (dotfiles, tests), and wxt.config.ts
 * leaves out the tests folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Copies the tracked regular files of the repository at `root` into `stage` (emptied first); returns their paths. */
export function stageReleaseSources(root: string, stage: string): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0)
    throw new Error(
      `the source archive is made from the files git tracks, and "git ls-files" failed: ${listed.stderr}`,
    );
  rmSync(stage, { recursive: true, force: true });
  const files = listed.stdout
    .split('\0')
    .filter(Boolean)
    .filter((file) => lstatSync(join(root, file), { throwIfNoEntry: false })?.isFile() === true);
  for (const file of files) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, file), join(stage, file));
  }
  return files;
}
