import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../../lib/engine';
import { align, alignAtLeast } from '../../lib/match/similarity';
import type { ClaimFeatures } from '../../lib/types';

const evenWeight = () => 1;

/** Every check-worthy sentence of the seed reports, and a few of our own that share their figures and names. */
function sentences(): ClaimFeatures[] {
  const seeds = JSON.parse(readFileSync(join(__dirname, '../../data/seeds/seeds.json'), 'utf8')) as { text: string }[];
  const ours = [
    'About 300 soldiers were killed and 2,700 wounded in the fighting, the agency said.',
    'Two soldiers were captured in January and taken to Kyiv for questioning.',
    'The ferry left Port Sellin at 6:15 p.m. with 61 passengers on board.',
  ];
  return sentenceClaims([...seeds.map((seed) => seed.text), ...ours].map((text, n) => ({ id: `b${n}`, text }))).map(
    (sentence) => sentence.analysis.features,
  );
}

describe('alignAtLeast', () => {
  const all = sentences();

  it('gives exactly what align gives whenever the score can reach the floor, and nothing only when it cannot', () => {
    let cut = 0;
    let kept = 0;
    for (const page of all) {
      for (const reference of all) {
        const full = align(page, reference, evenWeight);
        for (const floor of [0.2, 0.35, 0.45]) {
          const bounded = alignAtLeast(page, reference, evenWeight, floor);
          if (bounded === undefined) {
            expect(full.score).toBeLessThan(floor);
            cut += 1;
          } else {
            expect(bounded).toEqual(full);
            kept += 1;
          }
        }
      }
    }
    // The bound must do its job: most pairs of unrelated sentences are left out before their figures are read.
    expect(cut).toBeGreaterThan(kept / 4);
  });

  it('never cuts a sentence compared with itself', () => {
    for (const features of all) expect(alignAtLeast(features, features, evenWeight, 0.45)?.score).toBeGreaterThan(0.45);
  });
});
