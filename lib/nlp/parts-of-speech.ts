/**
 * Parts of speech from wink-nlp's English model (made for browsers; about 5 ms for a 2,000-word article once
 * loaded, about 75 ms to load). The engine's own tokens decide everything else; the tagger answers one question
 * per token: is it a verb here? ("an attempt to retake" is a noun, "attempted to land" a verb), which a word
 * list cannot tell.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Tagger = ReturnType<typeof winkNLP>;
let tagger: Tagger | undefined;

/** The tagger, loaded on first use (only part-of-speech tagging in its pipe). */
function load(): Tagger {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/** Universal POS tags (VERB, NOUN, AUX, ...) of a sentence's tokens, with each token's text as the tagger split it. */
function tag(sentence: string): { text: string; pos: string }[] {
  const nlp = load();
  const tokens = nlp.readDoc(sentence).tokens();
  const texts = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  return texts.map((text, i) => ({ text: text.toLowerCase(), pos: tags[i] }));
}

/** How many of the tagger's tokens may be skipped to find the next engine token (punctuation, split words). */
const LOOKAHEAD = 4;

/**
 * The tag of each of the engine's tokens (given lower case, in order), undefined where the two tokenisations
 * cannot be lined up. A token the tagger splits further ("crash-landed", "Jong-un") takes its first piece's tag
 * unless a later piece is a verb.
 */
export function tagsOf(sentence: string, tokens: readonly string[]): (string | undefined)[] {
  const tagged = tag(sentence);
  const tags: (string | undefined)[] = [];
  let at = 0;
  for (const token of tokens) {
    let found: string | undefined;
    for (let k = at; k < tagged.length && k <= at + LOOKAHEAD; k += 1) {
      const piece = tagged[k];
      if (piece.text === token) {
        found = piece.pos;
        at = k + 1;
        break;
      }
      if (token.startsWith(piece.text) && piece.text.length > 0 && /\p{L}/u.test(piece.text)) {
        // Pieces of one engine token: walk them while they spell it.
        let spelled = '';
        let pos = piece.pos;
        let m = k;
        while (m < tagged.length && token.startsWith(spelled + tagged[m].text) && spelled.length < token.length) {
          spelled += tagged[m].text;
          if (tagged[m].pos === 'VERB') pos = 'VERB';
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
