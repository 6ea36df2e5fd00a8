import { describe, expect, it } from 'vitest';
import { fixtureSets, labelledPages, scoreLabelledSet } from '../../bench/labelled-pages';
import { loadPage } from '../../cli/pages';
import { loadReferences } from '../../cli/references';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';

/**
 * The engine's accuracy on the labelled pages (tests/fixtures/pages), scored as ../shared/eval/score.py does.
 * The floors are the targets the engine is held to; other, unshared pages check that it generalises.
 */
const FLOORS: Record<string, { recall: number; precision: number; stance: number }> = {
  'dev (seed story)': { recall: 0.9, precision: 0.95, stance: 0.95 },
  'dev-other (own refs)': { recall: 0.8, precision: 0.95, stance: 0.95 },
};

describe('accuracy on the labelled pages', () => {
  const sets = fixtureSets();

  it('has both labelled sets', () => {
    expect(sets.map((set) => set.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const set of sets) {
    it(`meets the targets on ${set.name}`, async () => {
      const floor = FLOORS[set.name];
      const { totals } = await scoreLabelledSet(set);
      expect(totals.positives).toBeGreaterThan(0);
      expect(totals.recall, 'recall').toBeGreaterThanOrEqual(floor.recall);
      expect(totals.precision, 'precision').toBeGreaterThanOrEqual(floor.precision);
      expect(totals.stance, 'stance right').toBeGreaterThanOrEqual(floor.stance);
    });
  }
});

describe('pages checked against another story', () => {
  it("gives no verdict on one story's pages from the other story's references", async () => {
    const sets = fixtureSets();
    expect(sets).toHaveLength(2);
    for (const [pages, references] of [sets, [...sets].reverse()]) {
      const index = buildReferenceIndex(await loadReferences(references.referenceDir));
      for (const { page: path } of labelledPages(pages)) {
        const page = await loadPage(path);
        expect(page.blocks.length).toBeGreaterThan(0);
        const verdicts = annotateBlocks(index, page.blocks).filter((annotation) => annotation.status !== 'related');
        expect(verdicts.map((annotation) => annotation.text)).toEqual([]);
      }
    }
  });
});
