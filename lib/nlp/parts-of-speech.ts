/**
 * Parts of speech from wink-nlp's English model (made for browsers): about 75 ms to load, about 9 ms to tag a
 * 2,000-word article sentence by sentence. The engine's own tokens decide everything else; the tagger answers one
 * question per token: is it a verb here? ("an attempt to retake" is a noun, "attempted to land" a verb), which a
 * word list cannot tell.
 *
 * The model's tables are not in the JavaScript (see wink-model.ts): whoever runs the engine installs them once,
 * before analysing text. The background fetches the packaged file (background/tagger.ts); the command line,
 * benchmarks and tests read it from node_modules (lib/nlp/tagger-data-node.ts). Until then, and if installing
 * fails, tagsOf answers undefined and the analysis falls back to the lexicon's usual part of speech.
 */
import winkNLP from 'wink-nlp';
import { type TaggerData, winkModel } from './wink-model';

type Tagger = ReturnType<typeof winkNLP>;
let tagger: Tagger | undefined;

/** Installs the tagger from its tables (taken over: parse them afresh for each call). */
export function installTagger(data: TaggerData): void {
  tagger = winkNLP(winkModel(data), ['pos']);
}

/** Forgets the tagger (tests of the fallback). */
export function uninstallTagger(): void {
  tagger = undefined;
}

export function taggerInstalled(): boolean {
  return tagger !== undefined;
}

/**
 * Universal POS tags (VERB, NOUN, AUX, ...) of a sentence's tokens, and each token's text as the tagger split it
 * (lower case): two arrays rather than an object per token (every page sentence is tagged on every annotation).
 */
function tag(nlp: Tagger, sentence: string): { texts: string[]; tags: string[] } {
  const tokens = nlp.readDoc(sentence).tokens();
  const texts = tokens.out(nlp.its.value) as string[];
  for (let i = 0; i < texts.length; i += 1) texts[i] = texts[i].toLowerCase();
  return { texts, tags: tokens.out(nlp.its.pos) as string[] };
}

/** The longest word and sentence (characters) the tagger reads. */
const TAGGED_WORD = 64;
const TAGGED_SENTENCE = 5_000;

/** How many of the tagger's tokens may be skipped to find the next engine token (punctuation, split words). */
const LOOKAHEAD = 4;

/**
 * The tag of each of the engine's tokens (given lower case, in order), undefined where the two tokenisations
 * cannot be lined up; undefined as a whole when no tagger is installed. A token the tagger splits further
 * ("crash-landed", "Jong-un") takes its first piece's tag unless a later piece is a verb.
 */
export function tagsOf(sentence: string, tokens: readonly string[]): (string | undefined)[] | undefined {
  if (!tagger) return undefined;
  // The tagger's time grows faster than the length of a word: a "word" of a million letters (a page can hold
  // one) would hold the background for minutes. No word of prose is that long, and no sentence this long is
  // prose: such text is left untagged (the lexicon's usual part of speech stands for each word).
  if (sentence.length > TAGGED_SENTENCE || tokens.some((token) => token.length > TAGGED_WORD)) {
    return tokens.map(() => undefined);
  }
  const { texts, tags: pieceTags } = tag(tagger, sentence);
  const tags: (string | undefined)[] = [];
  let at = 0;
  for (const token of tokens) {
    let found: string | undefined;
    for (let k = at; k < texts.length && k <= at + LOOKAHEAD; k += 1) {
      const piece = texts[k];
      if (piece === token) {
        found = pieceTags[k];
        at = k + 1;
        break;
      }
      if (piece.length > 0 && token.startsWith(piece) && /\p{L}/u.test(piece)) {
        // Pieces of one engine token: walk them while they spell it.
        let spelled = '';
        let pos = pieceTags[k];
        let m = k;
        while (m < texts.length && spelled.length < token.length && token.startsWith(spelled + texts[m])) {
          spelled += texts[m];
          if (pieceTags[m] === 'VERB') pos = 'VERB';
          m += 1;
        }
        found = pos;
        at = m;
        break;
      }
    }
    tags.push(found);
  }
  return tags;
}
