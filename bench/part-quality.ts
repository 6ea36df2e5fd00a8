/**
 * Part "quality": recall, precision and stance on the labelled pages in tests/fixtures/pages, scored
 * in-process as score.py scores them, against the issue's targets; with score.py's own figures beside
 * them when ../shared/eval is there (a cross-check of the port and of the CLI path).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixtureSets, type SetScore, scoreLabelledSet } from './labelled-pages';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { projectRoot, sharedPath } from './paths';
import type { Totals } from './score-pages';

/** The issue's targets: recall, precision, stance right. */
const TARGETS: Record<string, { recall: number; precision: number; stance: number }> = {
  'dev (seed story)': { recall: 0.9, precision: 0.95, stance: 0.95 },
  'dev-other (own refs)': { recall: 0.8, precision: 0.95, stance: 0.95 },
};

/** score.py's summary: the four figures, `red` (share of red badges that are right) and right/spans by status. */
export interface PythonSummary extends Pick<Totals, 'recall' | 'precision' | 'stance' | 'strict'> {
  red: number | null;
  byStatus: Record<string, { right: number; spans: number }>;
}

/** score.py's summary lines, parsed. */
export function parseSummary(stdout: string): PythonSummary | null {
  const match = stdout.match(/recall ([\d.]+) precision ([\d.]+) stance ([\d.]+) strict ([\d.]+)(?: red ([\d.]+))?/);
  if (!match) return null;
  const byStatus: PythonSummary['byStatus'] = {};
  const statusLine = stdout.match(/by status \(right\/spans\): (.*)/)?.[1] ?? '';
  for (const [, status, right, spans] of statusLine.matchAll(/(\w+) (\d+)\/(\d+)/g)) {
    byStatus[status] = { right: Number(right), spans: Number(spans) };
  }
  return {
    recall: Number(match[1]),
    precision: Number(match[2]),
    stance: Number(match[3]),
    strict: Number(match[4]),
    red: match[5] === undefined ? null : Number(match[5]),
    byStatus,
  };
}

/**
 * Real reports in ../shared (measurement only: their text belongs to their publishers and never enters the
 * project), scored by score.py through the CLI, with the issue's targets.
 */
const REAL_SETS = [
  { name: 'dev-real (real reports, seed references)', dir: ['dev-real'], refs: undefined },
  {
    name: 'dev-real-other/jeju-air (real reports, own real references)',
    dir: ['dev-real-other', 'jeju-air'],
    refs: ['dev-real-other', 'jeju-air', 'refs'],
  },
] as const;
export const REAL_TARGETS = { recall: 0.8, precision: 0.95, red: 0.9, stance: 0.95 };

export interface RealSetScore {
  name: string;
  summary: PythonSummary | null;
}

/** Runs ../shared/eval/score.py on the shared pages through the CLI; null when it cannot run. */
function pythonScore(dir: string, reference?: string) {
  const script = sharedPath('eval', 'score.py');
  if (!script) return null;
  const cmd = `npm run --silent cli -- check {page} --format json${reference ? ` --reference ${reference}` : ''}`;
  const run = spawnSync('python3', [script, dir, '--cmd', cmd], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0) return null;
  return parseSummary(run.stdout);
}

function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return '';
  return value >= target ? ` ≥ ${target} ok` : ` < ${target} BELOW`;
}

export interface QualitySet extends SetScore {
  targets?: (typeof TARGETS)[string];
  /** score.py's figures through the CLI: undefined when not run, null when it could not run. */
  python?: ReturnType<typeof pythonScore>;
}

export interface QualityResult {
  sets: QualitySet[];
  /** Real reports from ../shared; absent when it is not there or in a quick run. */
  real?: RealSetScore[];
}

export async function runQuality(options: BenchOptions): Promise<PartResult<QualityResult>> {
  const lines: string[] = [];
  const missing: string[] = [];
  const scores: QualitySet[] = [];
  for (const set of fixtureSets()) scores.push({ ...(await scoreLabelledSet(set)), targets: TARGETS[set.name] });

  const shared = sharedPath('eval');
  if (!shared) missing.push('../shared/eval (score.py cross-check skipped)');
  else if (options.quick) lines.push('score.py cross-check: skipped in a quick run');
  else {
    const other = join(shared, 'dev-other');
    for (const score of scores) {
      score.python = score.name.startsWith('dev-other')
        ? pythonScore(other, join(other, 'refs'))
        : pythonScore(join(shared, 'dev'));
    }
  }

  let real: RealSetScore[] | undefined;
  if (shared && !options.quick) {
    real = REAL_SETS.map((set) => ({
      name: set.name,
      summary: pythonScore(join(shared, ...set.dir), set.refs ? join(shared, ...set.refs) : undefined),
    }));
    for (const { name, summary } of real) {
      if (!summary) {
        lines.push(`${name}: score.py could not run`);
        continue;
      }
      const statuses = Object.entries(summary.byStatus)
        .map(([status, { right, spans }]) => `${status} ${right}/${spans}`)
        .join(', ');
      lines.push(
        `${name}: recall ${fixed(summary.recall)} precision ${fixed(summary.precision)} red ${summary.red === null ? '—' : fixed(summary.red)} stance ${fixed(summary.stance)} strict ${fixed(summary.strict)} (by status right/spans: ${statuses})`,
      );
    }
  }

  for (const score of scores) {
    const t = score.totals;
    lines.push(
      `${score.name}: recall ${fixed(t.recall)}${verdict(t.recall, score.targets?.recall)}, precision ${fixed(t.precision)}${verdict(t.precision, score.targets?.precision)}, stance ${fixed(t.stance)}${verdict(t.stance, score.targets?.stance)}, strict ${fixed(t.strict)}`,
      `  (positives ${t.positives}, found ${t.found}, stance right ${t.stanceRight}, spans ${t.spans}, false alarms ${t.falseAlarms})`,
    );
    if (score.python) {
      const p = score.python;
      const same = (['recall', 'precision', 'stance', 'strict'] as const).every(
        (key) => Math.abs(p[key] - t[key]) < 0.0015,
      );
      lines.push(
        `  score.py via CLI: recall ${fixed(p.recall)} precision ${fixed(p.precision)} stance ${fixed(p.stance)} strict ${fixed(p.strict)}${same ? ' (same)' : ' (DIFFERS from the in-process port)'}`,
      );
    } else if (score.python === null) lines.push('  score.py via CLI: could not run');
    lines.push(
      ...textTable([
        ['  page', 'found', 'stance', 'alarms'],
        ...score.pages.map((page) => [
          `  ${page.page}`,
          `${page.found}/${page.positives}`,
          String(page.stanceRight),
          String(page.falseAlarms),
        ]),
      ]),
    );
    for (const page of score.pages) {
      for (const miss of page.misses) lines.push(`  missed (${miss.expect}) ${page.page}: ${miss.text.slice(0, 110)}`);
      for (const wrong of page.wrongStance) {
        lines.push(
          `  wrong stance ${page.page}: ${wrong.text.slice(0, 90)} expected ${wrong.expect}, got ${wrong.got.join('/')}`,
        );
      }
      for (const alarm of page.alarms)
        lines.push(`  false alarm (${alarm.status}) ${page.page}: ${alarm.text.slice(0, 110)}`);
    }
  }
  return { result: { sets: scores, real }, missing, lines };
}
