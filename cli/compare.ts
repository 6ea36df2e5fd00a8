/**
 * `compare --pairs FILE.tsv`: the stance of each sentence towards its reference claim, for measuring the engine
 * on a stance data set. Reads `id<TAB>reference claim<TAB>sentence` lines, prints `id<TAB>stance` lines; the
 * whole file is checked before anything is printed, so bad input gives one error line and no partial output.
 */
import { reportStance } from '../lib/stance/report-stance';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { readInput } from './pages';

/** One line of a pairs file. */
export interface StancePair {
  id: string;
  reference: string;
  sentence: string;
}

const SHAPE = '"id<TAB>reference claim<TAB>sentence"';

/** Parses a pairs file; a malformed line is a UsageError naming the file and the line. */
export function parsePairs(name: string, content: string): StancePair[] {
  const pairs: StancePair[] = [];
  for (const [n, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (n === 0 && fields[0] === 'id') continue;
    if (fields.length !== 3) throw new UsageError(`${name}: line ${n + 1} is not ${SHAPE} (${fields.length} fields)`);
    const [id, reference, sentence] = fields.map((field) => field.trim());
    if (!id || !reference || !sentence) throw new UsageError(`${name}: line ${n + 1} has an empty field`);
    pairs.push({ id, reference, sentence });
  }
  if (pairs.length === 0) throw new UsageError(`${name} holds no pairs (expected ${SHAPE} lines)`);
  return pairs;
}

export async function runCompare(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['pairs']);
  const path = options.get('pairs');
  if (!path || positional.length > 0)
    throw new UsageError('compare needs --pairs FILE.tsv (or --pairs - for standard input)');
  const pairs = parsePairs(path === '-' ? 'standard input' : path, await readInput(path));
  const lines = pairs.map((pair) => `${pair.id}\t${reportStance(pair.reference, pair.sentence).stance}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
