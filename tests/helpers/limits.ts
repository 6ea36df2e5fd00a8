/** Records of a chosen size, for tests of the limits (lib/limits.ts). */

const SENTENCE = 'The port of Brest handled 9,000 ships in 2024. ';

/** A claim text of exactly `length` characters, made of a real sentence (so the engine has words to read). */
export function textOf(length: number): string {
  return `${SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length - 1)}.`;
}

/** An export file (version 1) of these sources, as JSON. */
export function exportOf(sources: unknown[]): string {
  return JSON.stringify({ format: 'claimlens-reference', version: 1, sources });
}
