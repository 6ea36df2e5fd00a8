#!/usr/bin/env node
// The one test command (`npm test`): type checking, lint, the generated data rebuilt and compared with the committed
// files (scripts/check-generated.ts), unit tests, the slow tier (minutes-long and process tests), both extension
// builds, the real-browser suites and a smoke run of the benchmarks. Every stage runs even when an earlier one
// fails; the last line counts all tests as "N passed, N failed" and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A stage that is one check (type checking, lint, a build). */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** A Vitest run: counts each test, and counts the run as failed when it fails without a report. */
function vitest(label, config) {
  const report = `${resultsDir}/${label}.json`;
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that fails to load counts as a failure even though it reports no failed test.
  const broken = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += broken.length;
  if (!ok || json.numFailedTests > 0 || broken.length > 0) failures.push(label);
  if (json.numPendingTests > 0 || json.numTodoTests > 0) {
    failed += json.numPendingTests + json.numTodoTests;
    failures.push(`${label}: ${json.numPendingTests + json.numTodoTests} skipped (a skipped test is not a pass)`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
check('generated data', 'npx', ['tsx', 'scripts/check-generated.ts']);
vitest('unit', 'vitest.config.ts');
vitest('slow', 'vitest.slow.config.ts');
check('build chrome', 'npx', ['wxt', 'build']);
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
// The packs suites' builds: the test pack server's origin granted from the start (wxt.config.ts, mode e2e-packs).
check('build chrome e2e-packs', 'npx', ['wxt', 'build', '--mode', 'e2e-packs']);
check('build firefox e2e-packs', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e-packs']);
if (existsSync('vitest.e2e.config.ts')) vitest('browser', 'vitest.e2e.config.ts');
// Benchmarks are not timed tests: CI only checks that the quick smoke run still runs.
check('bench quick', 'npm', ['run', '--silent', 'bench', '--', '--quick']);

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
