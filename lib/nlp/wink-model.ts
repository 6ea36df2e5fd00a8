/**
 * wink-nlp's English model (wink-eng-lite-web-model) built from its data rather than from the package's entry
 * point. The package's entry `require`s its 3 MB of JSON tables, which a bundler inlines into the script that
 * imports it: the background script would pass 5 MB, and Firefox's add-on linter refuses JavaScript files that
 * large (FILE_TOO_LARGE). Here only the model's small code (the tagger's feature function and setters, a few KB)
 * is bundled; the tables (TaggerData: the core lexicon and the part-of-speech automata) are read from a packaged
 * file at run time (lib/nlp/tagger-data.ts, public path TAGGER_DATA_PATH).
 *
 * The model's other parts (sentence boundaries, entities, negation, sentiment) are empty: the engine has its own,
 * and wink-nlp runs only the parts its pipe names (here only 'pos'). It still loads every part, so each gets an
 * automaton that recognises nothing.
 */
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import posSetter from 'wink-eng-lite-web-model/dist/pos-setter.js';
import posTransformers from 'wink-eng-lite-web-model/dist/pos-transformers.js';
import posUpdater from 'wink-eng-lite-web-model/dist/pos-updater.js';
import type { Model } from 'wink-nlp';

/** Where the packaged tables are, relative to the extension's root (and to .output's per-browser folders). */
export const TAGGER_DATA_PATH = 'nlp/english-pos.json';

/**
 * The model's tables: `core` is eng-core-web-model.json (lexicon, features, tokenizer rules), `pos` is
 * eng-pos-model.json (the tagger's automata, as JSON strings), both as the package ships them.
 */
export interface TaggerData {
  core: CoreData;
  pos: string[];
}

/** The parts of the core table this module reads; the rest passes to wink-nlp as it is. */
interface CoreData {
  lexicon: string;
  xpansions: string;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; [key: string]: unknown }>;
  pos: { hash: Record<string, number> };
}

/** An automaton with no states: recognises nothing (wink-nlp's own emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

function bytesOfBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k += 1) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/**
 * The core model, prepared as the package's read-core-model.js and load-core-model.js do (MIT, winkjs): base64
 * tables decoded, each listed feature given its index, the part-of-speech clusters turned into sets. Consumes
 * `core` (it is changed in place): call once per parsed table.
 */
function prepareCore(core: CoreData): unknown {
  const prepared = core as unknown as Record<string, unknown> & CoreData;
  const { packing, features, pos } = core;
  prepared.lexicon = new Uint32Array(bytesOfBase64(core.lexicon)) as unknown as string;
  prepared.xpansions = new Uint32Array(bytesOfBase64(core.xpansions)) as unknown as string;
  for (const name in packing.layout) {
    if (packing.layout[name][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    features[name].list.forEach((value, k) => {
      hash[value] = k;
    });
    features[name].hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  features.lexeme.list.forEach((value, k) => {
    lexemes[value] = k;
  });
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set(
      String(clusters[k])
        .split('_')
        .map((tag) => pos.hash[tag] || 0),
    );
  }
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name];
    if (layout[3] === 0) {
      const feature = features[name];
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return prepared;
}

/** A wink-nlp model that tags parts of speech, from the tables (which it takes over: parse them afresh for each). */
export function winkModel(data: TaggerData): Model {
  const core = prepareCore(data.core);
  const empty = { machines: [EMPTY_MACHINE], setter: () => undefined };
  return {
    core: () => core,
    sbd: () => ({ machines: [], setter: () => undefined, transformers: [] }),
    pos: () => ({ machines: data.pos, setter: posSetter, updater: posUpdater, transformers: posTransformers }),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => empty,
    sa: () => empty,
    metaCER: () => ({ machines: '[]', transformers: [] }),
    featureFn,
    // Stems and lemmas come from the engine's own lexicon.
    addons: {},
  };
}
