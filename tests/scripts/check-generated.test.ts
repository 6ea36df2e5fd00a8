import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { difference, GENERATED } from '../../scripts/check-generated';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'check-generated-test-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('the generated-data check', () => {
  it('passes a rebuild that is the same to the byte', () => {
    expect(difference(file('a.json', '{"x":1}\n'), file('b.json', '{"x":1}\n'))).toBeNull();
  });

  it('fails a rebuild that differs, saying where and showing both sides', () => {
    const found = difference(file('a.json', '{"lemmas":"abc"}\n'), file('b.json', '{"lemmas":"abd"}\n'));
    expect(found).toContain('first at byte 13');
    expect(found).toContain('abc');
    expect(found).toContain('abd');
  });

  it('fails a rebuild that only adds to the end (a trailing newline counts)', () => {
    expect(difference(file('a.json', '{}'), file('b.json', '{}\n'))).toContain('2 bytes committed, 3 rebuilt');
  });

  it('fails when the committed file or the rebuild is missing', () => {
    expect(difference(join(folder, 'none.json'), file('b.json', '{}'))).toContain('is missing');
    expect(difference(file('a.json', '{}'), join(folder, 'none.json'))).toContain('wrote no');
  });

  it('covers the lexicon, the seed set and the third-party notices, each with the script that writes it', () => {
    expect(GENERATED.map((entry) => entry.committed)).toEqual([
      'lib/lexicon/data/lexicon.json',
      'data/seeds/seeds.json',
      'THIRD_PARTY_LICENSES',
    ]);
    for (const entry of GENERATED) expect(entry.script).toMatch(/^scripts\/build-[a-z]+\.ts$/);
  });
});
