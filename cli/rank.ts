/** `rank`: the best reference claims for each query, in TREC run format (for retrieval benchmarks). */
import { buildReferenceIndex } from '../lib/engine';
import { searchClaims } from '../lib/engine/search';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { readInput } from './pages';
import { loadReferences } from './references';

export async function runRank(argv: string[]): Promise<void> {
  const { options } = parseArgs(argv, ['reference', 'queries', 'top']);
  const reference = options.get('reference');
  const queries = options.get('queries');
  if (!reference || !queries) throw new UsageError('rank needs --reference FILE and --queries FILE.tsv');
  const top = Number(options.get('top') ?? 5);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a whole number of 1 or more');
  const index = buildReferenceIndex(await loadReferences(reference));
  const lines: string[] = [];
  for (const [n, line] of (await readInput(queries)).split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new UsageError(`${queries}: line ${n + 1} is not "id<TAB>text"`);
    const id = line.slice(0, tab);
    if (id === 'tweet_id' || id === 'id') continue;
    searchClaims(index, line.slice(tab + 1), top).forEach((hit, rank) => {
      lines.push(`${id}\t0\t${hit.claim.id}\t${rank + 1}\t${hit.rank.toFixed(4)}\tclaimlens`);
    });
  }
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
}
