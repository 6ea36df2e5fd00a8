// Regenerates data/seeds/seeds.json from the seed articles' text files and their metadata.
// Run: npx tsx scripts/build-seeds.ts [OUTPUT] (data/seeds/seeds.json unless another path is given, as the
// generated-data check does: scripts/check-generated.mjs).
import { readFileSync, writeFileSync } from 'node:fs';

const seeds = [
  {
    file: '000_117f781f059959af.txt',
    id: 'seed-ap-2025-01',
    title: 'North Korean soldiers captured in Ukraine show no interest in seeking asylum',
    publisher: 'The Associated Press (wire copy, republished)',
    url: '',
    publishedAt: '2025-01',
  },
  {
    file: '004_8ea3f7f4d08506de.txt',
    id: 'seed-worldnewsera-2025-01-15',
    title: 'Captured Pyongyang soldiers in Ukraine won’t defect to South Korea',
    publisher: 'WorldNewsEra (republishing Euronews/AP)',
    url: '',
    publishedAt: '2025-01-15',
  },
];

const out = seeds.map(({ file, ...meta }) => ({ ...meta, text: readFileSync(`data/seeds/${file}`, 'utf8') }));
writeFileSync(process.argv[2] ?? 'data/seeds/seeds.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${out.length} seed articles`);
