/**
 * Part "cli": how long the command-line tool takes as a user (or score.py, once per page) runs it: a start with
 * nothing to do (--help), a one-page check, the same through `npm run cli --`, and a check of the labelled
 * pages' folder (one index for all, JSON Lines). Each is a new process, timed from spawn to exit. The baseline
 * is the TypeScript sources run through tsx, as `npm run cli` ran them before the tool was built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { fixturePages, projectRoot } from './paths';
import { median } from './stats';

export interface CliResult {
  /** Building dist/cli/claimlens.mjs from the sources (what `npm run cli` adds when a source changed). */
  buildMs: number;
  /** `claimlens --help`: start-up with no tagger and no reference set. */
  startMs: number;
  /** `claimlens check PAGE --format json` on a labelled page, against the seed set. */
  pageMs: number;
  /** CPU time (user + system) of that check: what it costs, whatever else the machine runs (null off Linux). */
  pageCpuMs: number | null;
  /** The same through `npm run --silent cli --` (score.py's command): npm's own start and the staleness check. */
  npmPageMs: number;
  /** `claimlens check FOLDER` over the labelled pages. */
  folder: { pages: number; ms: number };
  /** The one-page check of the sources through tsx (the tool before it was built). */
  tsxPageMs: number;
  /** Whether the built tool and the sources print the same report for the page. */
  sameOutput: boolean;
}

const PAGE = join(fixturePages, 'dev-01-wire-rewrite.html');

/**
 * CPU time (user + system, ms) of the processes this one has waited for, from /proc/self/stat (Linux, in clock
 * ticks of 10 ms); null where there is no /proc. On a shared machine wall time also counts the waits for a core.
 */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  // The fields after the command name (which may hold spaces) start with the state, field 3: cutime is 16.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs a command from the project root: its wall and CPU time (spawn to exit) and output. Fails on a non-zero exit. */
function timed(command: string, args: readonly string[]): { ms: number; cpuMs: number | null; stdout: string } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr.trim().slice(-300)}`);
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { ms, cpuMs, stdout: run.stdout };
}

/** Median wall and CPU time of `runs` runs, after one unmeasured run (disk cache). */
function medianRun(runs: number, command: string, args: readonly string[]): { ms: number; cpuMs: number | null } {
  timed(command, args);
  const results = Array.from({ length: runs }, () => timed(command, args));
  const cpu = results.map((result) => result.cpuMs);
  return {
    ms: median(results.map((result) => result.ms)),
    cpuMs: cpu.every((value) => value !== null) ? median(cpu as number[]) : null,
  };
}

const medianMs = (runs: number, command: string, args: readonly string[]) => medianRun(runs, command, args).ms;

export async function runCli(options: BenchOptions): Promise<PartResult<CliResult>> {
  let started = performance.now();
  const cli = await buildCli();
  const buildMs = performance.now() - started;
  const node = process.execPath;
  const page = relative(projectRoot, PAGE);
  const check = ['check', page, '--format', 'json'];

  const startMs = medianMs(options.runs, node, [cli, '--help']);
  const { ms: pageMs, cpuMs: pageCpuMs } = medianRun(options.runs, node, [cli, ...check]);
  const npmPageMs = medianMs(options.runs, 'npm', ['run', '--silent', 'cli', '--', ...check]);
  started = performance.now();
  const folderRun = timed(node, [cli, 'check', relative(projectRoot, fixturePages)]);
  const folder = { pages: folderRun.stdout.trimEnd().split('\n').length, ms: performance.now() - started };
  // tsx compiles on every start: fewer runs in a quick run, where the figure is only a smoke check.
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const tsxPageMs = medianMs(options.quick ? 1 : options.runs, tsx, ['cli/main.ts', ...check]);
  const sameOutput = timed(node, [cli, ...check]).stdout === timed(tsx, ['cli/main.ts', ...check]).stdout;

  const result: CliResult = { buildMs, startMs, pageMs, pageCpuMs, npmPageMs, folder, tsxPageMs, sameOutput };
  const lines = [
    `${options.runs} runs per figure, median wall time from spawn to exit; page: ${page} against the seed set`,
    ...textTable([
      ['command', 'ms'],
      ['build dist/cli/claimlens.mjs (esbuild)', fixed(buildMs, 0)],
      ['claimlens --help (start)', fixed(startMs, 0)],
      ['claimlens check PAGE --format json', `${fixed(pageMs, 0)} (CPU ${fixed(pageCpuMs, 0)})`],
      ['npm run --silent cli -- check PAGE --format json', fixed(npmPageMs, 0)],
      [
        `claimlens check FOLDER (${folder.pages} pages, 1 run)`,
        `${fixed(folder.ms, 0)} (${fixed(folder.ms / folder.pages, 0)} per page)`,
      ],
      ['baseline: tsx cli/main.ts check PAGE --format json', fixed(tsxPageMs, 0)],
    ]),
    `built tool and sources print the same report: ${sameOutput ? 'yes' : 'NO'}`,
  ];
  return { result, missing: [], lines };
}
