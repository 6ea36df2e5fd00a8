/**
 * `npm run bench [-- PART... ] [--quick] [--runs N]`: measures quality and speed beside their baselines,
 * prints a readable report and merges the figures into bench/results/latest.json (quick.json for --quick).
 * Parts: quality, checkthat, emergent, speed, store, packs, hostile, bundle, cli, browser (all when none is named).
 * Run through node --expose-gc so heap figures are taken after a full collection.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import { describeMachine } from './machine';
import type { BenchOptions, PartResult } from './part';
import { runBrowser } from './part-browser';
import { runBundle } from './part-bundle';
import { runCheckthat } from './part-checkthat';
import { runCli } from './part-cli';
import { runEmergent } from './part-emergent';
import { runHostile } from './part-hostile';
import { runPacks } from './part-packs';
import { runQuality } from './part-quality';
import { runSpeed } from './part-speed';
import { runStore } from './part-store';
import { resultsDir } from './paths';

const PARTS: Record<string, (options: BenchOptions) => Promise<PartResult>> = {
  quality: runQuality,
  checkthat: runCheckthat,
  emergent: runEmergent,
  speed: runSpeed,
  store: runStore,
  packs: runPacks,
  hostile: runHostile,
  bundle: runBundle,
  cli: runCli,
  browser: runBrowser,
};

const USAGE = `usage: npm run bench [-- quality|checkthat|emergent|speed|store|packs|hostile|bundle|cli|browser ...] [--quick] [--runs N]`;

function parse(argv: string[]): { parts: string[]; options: BenchOptions } {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 3 : 7;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of 1 or more');
  const parts = argv.filter((arg, n) => !arg.startsWith('--') && argv[n - 1] !== '--runs');
  for (const part of parts) if (!(part in PARTS)) throw new Error(`unknown part "${part}"\n${USAGE}`);
  return { parts: parts.length > 0 ? parts : Object.keys(PARTS), options: { quick, runs } };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const { parts, options } = parse(argv);
  installTaggerFromDisk();
  const machine = describeMachine();
  console.log(`ClaimLens bench${options.quick ? ' (quick: smoke run, figures not comparable)' : ''}`);
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverage}`,
  );
  if (!(globalThis as { gc?: unknown }).gc) console.log('note: started without --expose-gc: heap figures are left out');
  // A quick run's figures are not comparable: they go to quick.json and leave latest.json as it was.
  const latestPath = join(resultsDir, options.quick ? 'quick.json' : 'latest.json');
  const latest = existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : { parts: {} };
  let failed = false;
  for (const part of parts) {
    console.log(`\n== ${part}`);
    const started = Date.now();
    const machineAtStart = describeMachine();
    try {
      const report = await PARTS[part](options);
      for (const line of report.lines) console.log(line);
      for (const what of report.missing) console.log(`not found: ${what}`);
      latest.parts[part] = {
        takenAt: new Date().toISOString(),
        quick: options.quick,
        runs: options.runs,
        machine: machineAtStart,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        missing: report.missing,
        result: report.result,
      };
    } catch (error) {
      failed = true;
      console.log(`${part} failed: ${(error as Error).stack ?? error}`);
    }
    console.log(`(${part}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  latest.machine = machine;
  latest.updatedAt = new Date().toISOString();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(latestPath, `${JSON.stringify(latest, null, 2)}\n`);
  console.log(`\nwrote ${latestPath}`);
  if (failed) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message ?? error}`);
  process.exit(2);
});
