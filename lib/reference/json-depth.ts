/**
 * How deeply a JSON text nests objects and lists, found in one pass without parsing. Recursive code over parsed
 * JSON (and the error scanner of json-error.ts) runs out of stack on a file of a few thousand `[`, which surfaced
 * as "Maximum call stack size exceeded"; such a file is refused by this check first, in plain words.
 */

/** Where `text` first nests deeper than `limit` (offset of the opening bracket), or -1 when it never does. */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i += 1; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limit) return i;
    } else if ((code === 125 || code === 93) && depth > 0) depth -= 1;
  }
  return -1;
}

/** Line and column (from 1) of an offset, for messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
