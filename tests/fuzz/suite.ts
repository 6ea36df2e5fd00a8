/**
 * One fuzz area as Vitest tests: a test per kind, which fails listing every crash, hang, memory blow-up, wrong
 * result and data loss of its cases, then a test that the README's row for the area gives these counts.
 */
import { describe, expect, it } from 'vitest';
import { type Area, CASE_LIMIT_MS, emptyTally, runKind, sum, type Tally } from './harness';
import { cells, readmeRow } from './table';

/**
 * A kind's time limit: room for its slowest case at the hang limit and the rest at a slow machine's pace.
 * Typical kinds take a few seconds here.
 */
const KIND_TIMEOUT_MS = CASE_LIMIT_MS + 120_000;

export function fuzzArea<Context>(area: Area<Context>): void {
  describe(`fuzz: ${area.name}`, () => {
    const tallies: Tally[] = [];
    for (const kind of area.kinds) {
      it(
        kind.name,
        async () => {
          const tally = emptyTally();
          await runKind(area, kind, tally);
          tallies.push(tally);
          expect(tally.failures).toEqual([]);
        },
        KIND_TIMEOUT_MS,
      );
    }

    it("has the counts of the README's fuzz table (npm run fuzz:report rewrites it)", () => {
      expect(tallies.length, 'every kind of the area ran').toBe(area.kinds.length);
      expect(readmeRow(area.name)).toEqual(cells(sum(tallies)));
    });
  });
}
