/**
 * Generated data kept honest: rebuilds each generated file that is committed (the lexicon from WordNet, the seed
 * set from its articles, the third-party notices from the installed dependencies) into a temporary folder with the project's own build scripts, and fails when any differs
 * by a byte from the committed copy, naming the command that brings it up to date. Run by `npm test`
 * (scripts/test-all.mjs) and as `npm run check:generated`; about 15 s on a busy 2-core machine, nearly all of it
 * the lexicon.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A committed generated file, the script that writes it (to the path given as its one argument), and how to redo it. */
export interface GeneratedFile {
  committed: string;
  script: string;
  remedy: string;
}

export const GENERATED: readonly GeneratedFile[] = [
  { committed: 'lib/lexicon/data/lexicon.json', script: 'scripts/build-lexicon.ts', remedy: 'npm run build:lexicon' },
  { committed: 'data/seeds/seeds.json', script: 'scripts/build-seeds.ts', remedy: 'npx tsx scripts/build-seeds.ts' },
  { committed: 'THIRD_PARTY_LICENSES', script: 'scripts/build-licenses.ts', remedy: 'npm run build:licenses' },
];

/** How `rebuilt` differs from `committed`, or null when they are the same to the byte. */
export function difference(committed: string, rebuilt: string): string | null {
  if (!existsSync(committed)) return `${committed} is missing`;
  if (!existsSync(rebuilt)) return `the rebuild wrote no ${committed}`;
  const a = readFileSync(committed);
  const b = readFileSync(rebuilt);
  if (a.equals(b)) return null;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 30).toString('utf8'));
  return (
    `${committed} differs from its rebuild (${a.length} bytes committed, ${b.length} rebuilt), first at byte ${at}:\n` +
    `  committed ${around(a)}\n  rebuilt   ${around(b)}`
  );
}

function main(): void {
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'claimlens-generated-'));
  const problems: string[] = [];
  try {
    for (const [n, file] of GENERATED.entries()) {
      const rebuilt = join(folder, `${n}-${file.committed.split('/').pop()}`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', file.script, rebuilt], { encoding: 'utf8' });
      if (run.status !== 0) {
        problems.push(`${file.script} failed (exit ${run.status}):\n${run.stderr.trim()}`);
        continue;
      }
      const found = difference(file.committed, rebuilt);
      if (found) problems.push(`${found}\n  bring it up to date with: ${file.remedy}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`generated data out of date (${seconds} s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(
    `generated data matches its sources: ${GENERATED.map((file) => file.committed).join(', ')} (${seconds} s)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
