/**
 * Text from a file or a page, made fit to quote in a message: messages are shown in the popup and printed by the
 * CLI, where a bidi override reorders the rest of the line, a control character can steer a terminal, and a
 * lone surrogate shows as garbage.
 */

/** Controls, bidi marks, embeddings, overrides and isolates, and lone surrogates. */
const UNSHOWABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

/**
 * `text` on one line without unshowable characters, at most `max` characters, a cut marked "..." and never made
 * inside a character (half of an emoji would be a lone surrogate).
 */
export function showable(text: string, max: number): string {
  const clean = text.replace(UNSHOWABLE, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(clean);
  return characters.length > max ? `${characters.slice(0, max - 3).join('')}...` : clean;
}
