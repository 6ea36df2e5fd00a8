import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stageReleaseSources } from '../../scripts/release-sources';

let root: string;
let outside: string;
const git = (...args: string[]) => {
  const run = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root });
  expect(run.status, run.stderr?.toString()).toBe(0);
};
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'release-sources-repo-'));
  outside = mkdtempSync(join(tmpdir(), 'release-sources-outside-'));
  git('init', '-q');
  write('.gitignore', 'node_modules/\n.output/\nartifacts/\n');
  write('package.json', '{"name":"x"}\n');
  write('lib/a.ts', 'export const a = 1;\n');
  writeFileSync(join(outside, 'secret.txt'), 'not ours\n');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'linked.txt'));
  git('add', '.');
  git('commit', '-q', '-m', 'init');
  // What must never reach the archive: ignored folders and files nobody committed.
  write('node_modules/dep/index.js', 'module.exports = 1;\n');
  write('.output/chrome-mv3/manifest.json', '{}\n');
  write('artifacts/report.txt', 'local\n');
  write('scratch.txt', 'untracked\n');
  // A tracked file's uncommitted change is what the working tree holds, and that is what is archived.
  write('lib/a.ts', 'export const a = 2;\n');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the source archive’s files', () => {
  it('are the tracked regular files only: no ignored or untracked file, no symbolic link', () => {
    const stage = join(root, '.wxt', 'release-sources');
    const files = stageReleaseSources(root, stage);
    expect(files.sort()).toEqual(['.gitignore', 'lib/a.ts', 'package.json']);
    expect(readFileSync(join(stage, 'lib/a.ts'), 'utf8')).toBe('export const a = 2;\n');
  });

  it('replace what an earlier staging left', () => {
    const stage = join(root, '.wxt', 'release-sources');
    mkdirSync(join(stage, 'old'), { recursive: true });
    writeFileSync(join(stage, 'old', 'stale.txt'), 'stale\n');
    stageReleaseSources(root, stage);
    expect(() => readFileSync(join(stage, 'old', 'stale.txt'))).toThrow();
  });

  it('fail outside a git repository rather than archive a guess', () => {
    expect(() => stageReleaseSources(outside, join(outside, 'stage'))).toThrow(/git ls-files/);
  });
});
