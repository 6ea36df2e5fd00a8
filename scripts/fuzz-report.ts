/**
 * `npm run fuzz:report`: runs the fuzz suite's three areas (tests/fuzz) outside Vitest and writes their counts
 * into the README's fuzz table, so the numbers there are regenerated rather than typed. Prints every failure and
 * exits non-zero when there is one (the table is written all the same, showing it).
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { runArea, type Tally } from '../tests/fuzz/harness';
import { AREAS, README, renderTable, withTable } from '../tests/fuzz/table';

const tallies: Tally[] = [];
for (const area of AREAS) {
  const started = performance.now();
  const tally = await runArea(area);
  tallies.push(tally);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${area.name}: ${tally.cases} cases of ${tally.kinds} kinds in ${seconds} s`);
  for (const failure of tally.failures) console.log(`  ${failure}`);
}
const table = renderTable(tallies);
writeFileSync(README, withTable(readFileSync(README, 'utf8'), table));
console.log(`\n${table}\n\nREADME.md updated.`);
// Exit now: the services under test leave their start-up snapshot timers behind.
process.exit(tallies.some((tally) => tally.failures.length > 0) ? 1 : 0);
