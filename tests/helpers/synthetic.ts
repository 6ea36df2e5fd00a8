/** A large, varied, deterministic reference set for scale tests (100,000 claims and more). */
import { analyseSentence } from '../../lib/features/analyse';
import type { ReferenceClaim, ReferenceSource } from '../../lib/types';

const SYLLABLES = 'ka lo mi ren tas vel dor pin sul gar mon tek bri fa zu ol nem hap cro ist'.split(' ');
const NAMES = 'Kyiv Seoul Berlin Lagos Lima Oslo Quito Hanoi Dakar Perth Turin Porto Accra Minsk Riga'.split(' ');

/** A pseudo-random generator (mulberry32) so the set is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** `count` claim sentences over a vocabulary of a few thousand words, with names and numbers. */
export function syntheticSentences(count: number, seed = 1): string[] {
  const next = random(seed);
  const words = vocabulary(6000, next);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 8 + Math.floor(next() * 8);
    const parts: string[] = [NAMES[Math.floor(next() * NAMES.length)]];
    for (let j = 0; j < n; j++) parts.push(words[Math.floor(next() * words.length)]);
    parts.splice(3, 0, String(Math.floor(next() * 5000)));
    out.push(`${parts.join(' ')}.`);
  }
  return out;
}

/** `count` sources of `perSource` claims each, with features computed (as the store keeps them). */
export function syntheticArticles(
  count: number,
  perSource: number,
  seed = 1,
): { source: ReferenceSource; claims: ReferenceClaim[] }[] {
  const sentences = syntheticSentences(count * perSource, seed);
  const articles: { source: ReferenceSource; claims: ReferenceClaim[] }[] = [];
  for (let s = 0; s < count; s++) {
    const id = `synthetic-${seed}-${s}`;
    const source: ReferenceSource = {
      id,
      title: `Synthetic source ${s}`,
      publisher: 'Test',
      url: `https://example.org/${s}`,
      publishedAt: '2025-01-01',
      addedAt: new Date(0).toISOString(),
      origin: 'import',
      enabled: true,
    };
    const claims = sentences.slice(s * perSource, (s + 1) * perSource).map((text, n) => ({
      id: `${id}#${n}`,
      sourceId: id,
      text,
      start: 0,
      end: text.length,
      groupId: `${id}#${n}`,
      features: analyseSentence(text).features,
    }));
    articles.push({ source, claims });
  }
  return articles;
}
