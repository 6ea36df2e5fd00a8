// Development aid: how well the verification score separates labelled matches from non-matches.
// npx tsx scripts/separation.ts
import { readdirSync, readFileSync } from 'node:fs';
import { loadPage } from '../cli/pages';
import { loadReferences } from '../cli/references';
import { buildReferenceIndex, sentenceClaims } from '../lib/engine';
import { align } from '../lib/match/similarity';
import { decideStance } from '../lib/match/stance';

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const sets = [
  { dir: '../shared/eval/dev', refs: undefined },
  { dir: '../shared/eval/dev-other', refs: '../shared/eval/dev-other/refs' },
];
const rows: string[] = [];
for (const { dir, refs } of sets) {
  const index = buildReferenceIndex(await loadReferences(refs));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.json'))) {
    const spec = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
    const page = await loadPage(`${dir}/${spec.page}`);
    for (const sentence of sentenceClaims(page.blocks)) {
      const label = spec.labels.find((l: { text: string }) => norm(l.text) === norm(sentence.text));
      const f = sentence.analysis.features;
      let best = { score: 0, right: false, stance: '', ref: '', p: 0, r: 0 };
      let bestRight = { score: 0, stance: '' };
      for (const { claim } of index.candidates(f, 12)) {
        const a = align(f, claim.features!, index.weightOf);
        const s = decideStance(
          { page: f, reference: claim.features!, pageText: sentence.text, referenceText: claim.text, alignment: a },
          0.55,
        );
        const right = (label?.refs ?? []).some((r: string) => norm(claim.text).includes(norm(r)));
        if (a.score > best.score)
          best = {
            score: a.score,
            right,
            stance: s.stance,
            ref: claim.text,
            p: a.pageCoverage,
            r: a.referenceCoverage,
          };
        if (right && a.score > bestRight.score) bestRight = { score: a.score, stance: s.stance };
      }
      const expect = label?.expect ?? '?';
      rows.push(
        `${expect.padEnd(12)} best ${best.score.toFixed(2)} p ${best.p.toFixed(2)} r ${best.r.toFixed(2)} ${best.right ? 'RIGHT' : 'other'} ${best.stance.padEnd(11)} rightref ${bestRight.score.toFixed(2)} ${bestRight.stance.padEnd(11)} | ${sentence.text.slice(0, 80)}`,
      );
    }
  }
}
console.log(rows.sort().join('\n'));
