// Development aid: for each labelled sentence of a page, the best reference candidates with their scores.
// npx tsx scripts/diagnose.ts PAGE.html [REFDIR]
import { readFileSync } from 'node:fs';
import { loadPage } from '../cli/pages';
import { loadReferences } from '../cli/references';
import { buildReferenceIndex, sentenceClaims } from '../lib/engine';
import { align } from '../lib/match/similarity';
import { decideStance } from '../lib/match/stance';

const [pagePath, refs] = process.argv.slice(2);
const labels = JSON.parse(readFileSync(pagePath.replace(/\.html$/, '.labels.json'), 'utf8')).labels as {
  text: string;
  expect: string;
}[];
const index = buildReferenceIndex(await loadReferences(refs));
const page = await loadPage(pagePath);
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
for (const sentence of sentenceClaims(page.blocks)) {
  const label = labels.find((l) => norm(l.text) === norm(sentence.text));
  console.log(`\n[${label?.expect ?? '?'}] ${sentence.text}`);
  const f = sentence.analysis.features;
  console.log(
    `   words: ${f.words.map((w) => w.stem + (w.negated ? '¬' : '') + (w.concepts.length ? `{${w.concepts.length}}` : '')).join(' ')} | ent: ${f.entities.join(', ')} | neg ${f.negations}`,
  );
  for (const { claim } of index.candidates(f, Number(process.env.K ?? 4))) {
    const a = align(f, claim.features!, index.weightOf);
    const s = decideStance(
      { page: f, reference: claim.features!, pageText: sentence.text, referenceText: claim.text, alignment: a },
      0.55,
    );
    console.log(
      `   ${a.score.toFixed(2)} (p ${a.pageCoverage.toFixed(2)} r ${a.referenceCoverage.toFixed(2)}) ${s.stance} ${JSON.stringify(s.differences)} :: ${claim.text.slice(0, 110)}`,
    );
  }
}
