/**
 * ClaimLens on the command line: the same engine as the extension, on saved pages and reference files.
 *   check PAGE [--format json|text] [--reference FILE|DIR] [--sensitivity 0..1]
 *   check FOLDER [--reference FILE|DIR] [--sensitivity 0..1]   (JSON Lines, one line per page)
 *   rank --reference FILE --queries FILE.tsv [--top K]
 *   compare --pairs FILE.tsv
 *   pack build|keygen|sign|verify ...   (publishing reference packs; see cli/pack.ts)
 * Bad input prints one line on stderr and exits with code 2.
 */
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import { runCheck } from './check';
import { runCompare } from './compare';
import { UsageError } from './errors';
import { PACK_USAGE, runPack } from './pack';
import { runRank } from './rank';

const USAGE = `usage:
  claimlens check PAGE [--format json|text] [--reference FILE|DIR] [--sensitivity 0..1]
  claimlens check FOLDER [--reference FILE|DIR] [--sensitivity 0..1]   (JSON Lines: one line per page)
  claimlens rank --reference FILE --queries FILE.tsv [--top K]
  claimlens compare --pairs FILE.tsv   (lines "id<TAB>reference claim<TAB>sentence" → "id<TAB>stance")
${PACK_USAGE}`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  // The engine analyses text with its part-of-speech tagger (lib/nlp/parts-of-speech.ts), as the background does.
  if (command === 'check' || command === 'rank' || command === 'compare') installTaggerFromDisk();
  if (command === 'check') await runCheck(rest);
  else if (command === 'rank') await runRank(rest);
  else if (command === 'compare') await runCompare(rest);
  else if (command === 'pack') await runPack(rest);
  else if (command === undefined || command === '--help' || command === '-h') console.log(USAGE);
  else throw new UsageError(`unknown command "${command}" (commands: check, rank, compare, pack; see --help)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
  process.stderr.write(`claimlens: ${message}\n`);
  process.exit(2);
});
