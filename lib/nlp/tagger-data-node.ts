/**
 * The tagger's tables read from node_modules, for Node only (the command line, benchmarks, tests and the build,
 * which packages the same text as the extension file TAGGER_DATA_PATH). Never imported by extension code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installTagger, taggerInstalled } from './parts-of-speech';
import type { TaggerData } from './wink-model';

/** The model's JSON tables, as wink-eng-lite-web-model ships them. */
function modelFile(name: string): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('wink-eng-lite-web-model/package.json'));
  return readFileSync(join(root, 'dist', 'languages', 'cur', 'models', name), 'utf8');
}

/** The packaged file's text: the core and part-of-speech tables of the model, as one JSON object (TaggerData). */
export function taggerDataText(): string {
  return `{"core":${modelFile('eng-core-web-model.json').trim()},"pos":${modelFile('eng-pos-model.json').trim()}}`;
}

/** Installs the tagger from node_modules unless it is installed already. */
export function installTaggerFromDisk(): void {
  if (!taggerInstalled()) installTagger(JSON.parse(taggerDataText()) as TaggerData);
}
