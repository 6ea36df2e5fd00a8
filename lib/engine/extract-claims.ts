/**
 * Turns article text into claims: sentences with offsets, boilerplate dropped, features computed once.
 * Used for reference articles (seed, pasted, imported) and for the page under check alike.
 */
import { isCheckWorthy } from '../claims/checkworthy';
import { type Analysis, analyseSentence, type Lexicon } from '../features/analyse';
import { defaultLexicon } from '../lexicon/default-lexicon';
import { runSteps, type Steps } from '../steps';
import { splitSentences } from '../text/sentences';
import type { ReferenceClaim, TextBlock } from '../types';

export interface SentenceClaim {
  blockId: string;
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  analysis: Analysis;
}

/** White space other than a single space: what displayText collapses. */
const SPACING_TO_COLLAPSE = /[^\S ]| {2}/;

/** Collapses runs of white space, as a reader sees the text. */
export function displayText(text: string): string {
  // Most sentences have single spaces only: the text is then kept, not copied by a replace that changes nothing.
  return (SPACING_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Sentences analysed per step of sentenceClaimSteps (a few tens of milliseconds). */
const SENTENCE_STEP = 100;

/** The check-worthy sentences of some text blocks, in order, with their analyses. */
export function sentenceClaims(blocks: readonly TextBlock[], lexicon: Lexicon = defaultLexicon): SentenceClaim[] {
  return runSteps(sentenceClaimSteps(blocks, lexicon));
}

/**
 * sentenceClaims in steps of SENTENCE_STEP sentences, so the background can answer other tabs while it reads a
 * long article (a million characters is a few seconds of analysis).
 */
export function* sentenceClaimSteps(
  blocks: readonly TextBlock[],
  lexicon: Lexicon = defaultLexicon,
): Steps<SentenceClaim[]> {
  const out: SentenceClaim[] = [];
  let analysed = 0;
  for (const block of blocks) {
    for (const span of splitSentences(block.text)) {
      const text = displayText(span.text);
      const analysis = analyseSentence(text, lexicon);
      if (++analysed % SENTENCE_STEP === 0) yield;
      const wholeBlock = span.text.trim() === block.text.trim();
      if (!isCheckWorthy(text, analysis.tokens, wholeBlock)) continue;
      out.push({ blockId: block.id, text, start: span.start, end: span.end, analysis });
    }
  }
  return out;
}

/**
 * Reference claims of one source from its article text. Offsets are into the text of all blocks joined
 * with blank lines; claim ids are `${sourceId}#${n}`, stable for the same text.
 */
export function claimsFromBlocks(
  sourceId: string,
  blocks: readonly TextBlock[],
  lexicon: Lexicon = defaultLexicon,
): ReferenceClaim[] {
  return runSteps(claimsFromBlockSteps(sourceId, blocks, lexicon));
}

/** claimsFromBlocks in steps (see sentenceClaimSteps). */
export function* claimsFromBlockSteps(
  sourceId: string,
  blocks: readonly TextBlock[],
  lexicon: Lexicon = defaultLexicon,
): Steps<ReferenceClaim[]> {
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const block of blocks) {
    offsets.set(block.id, offset);
    offset += block.text.length + 2;
  }
  const sentences = yield* sentenceClaimSteps(blocks, lexicon);
  return sentences.map((sentence, n) => ({
    id: `${sourceId}#${n}`,
    sourceId,
    text: sentence.text,
    start: (offsets.get(sentence.blockId) ?? 0) + sentence.start,
    end: (offsets.get(sentence.blockId) ?? 0) + sentence.end,
    features: sentence.analysis.features,
  }));
}
