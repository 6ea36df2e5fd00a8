import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/build-cli.mjs';

/** A folder with two sources, a built file and its list of inputs, every file dated `at` (seconds). */
function builtFolder(at: number) {
  const base = mkdtempSync(join(tmpdir(), 'build-cli-'));
  const paths = {
    base,
    source: join(base, 'main.ts'),
    other: join(base, 'other.ts'),
    built: join(base, 'claimlens.mjs'),
    inputs: join(base, 'inputs.json'),
  };
  writeFileSync(paths.source, 'export {};\n');
  writeFileSync(paths.other, 'export {};\n');
  writeFileSync(paths.built, '// built\n');
  writeFileSync(paths.inputs, JSON.stringify(['main.ts', 'other.ts']));
  for (const path of [paths.source, paths.other, paths.built, paths.inputs]) utimesSync(path, at, at);
  return paths;
}

describe('isStale (npm run cli rebuilds the tool only when it must)', () => {
  it('is fresh when no input is newer than the built file', () => {
    const { base, built, inputs } = builtFolder(1_000_000);
    expect(isStale(base, built, inputs)).toBe(false);
  });

  it('is stale when an input changed after the build', () => {
    const { base, built, inputs, other } = builtFolder(1_000_000);
    utimesSync(other, 1_000_010, 1_000_010);
    expect(isStale(base, built, inputs)).toBe(true);
  });

  it('is stale when an input is gone (moved or deleted since)', () => {
    const { base, built, inputs, other } = builtFolder(1_000_000);
    rmSync(other);
    expect(isStale(base, built, inputs)).toBe(true);
  });

  it('is stale when the built file or its list of inputs is missing', () => {
    const first = builtFolder(1_000_000);
    rmSync(first.built);
    expect(isStale(first.base, first.built, first.inputs)).toBe(true);
    const second = builtFolder(1_000_000);
    rmSync(second.inputs);
    expect(isStale(second.base, second.built, second.inputs)).toBe(true);
  });
});
