/**
 * A large JSON file parsed in steps (see lib/steps.ts), so the background answers other tabs while it reads a pack
 * or an import of tens of megabytes: one JSON.parse of 50 MB holds the event loop for about half a second.
 *
 * One stepped pass over the text finds where the top-level value's members or items begin and end (and, for a
 * top-level object, the items of each list it holds: an export's `sources`, a DataFeed's `dataFeedElement`, a
 * JSON-LD `@graph`); each piece is then given to JSON.parse on its own, a few hundred kilobytes per step. The
 * pieces are checked to fit together as JSON does (only white space around them, a comma between two, brackets
 * that match), and JSON.parse checks each piece, so the value is the one JSON.parse gives for the whole text.
 * Whenever anything does not fit (malformed, truncated or nested too deep), the whole text goes to parseJson,
 * which says what is wrong in the same words as before.
 */
import { LIMITS } from '../limits';
import type { Steps } from '../steps';
import { parseJson } from './file-error';

/** Characters scanned per step (a few milliseconds), and about as many parsed per step. */
const SCAN_STEP = 1_000_000;
const PARSE_STEP = 500_000;

/** An object or list whose pieces are parsed one by one: where it opens and closes, and its commas. */
interface Frame {
  open: number;
  close: number;
  kind: number;
  commas: number[];
}

const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_LIST = 91; // [
const CLOSE_LIST = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

/** The white space JSON allows between tokens (String.prototype.trim allows more). */
function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isJsonSpace(text.charCodeAt(i))) return false;
  return true;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isJsonSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** The offset of the quote that ends the string whose contents start at `from`, or -1 when it never ends. */
function stringEnd(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at !== -1) {
    let backslashes = 0;
    for (let i = at - 1; i >= from && text.charCodeAt(i) === BACKSLASH; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

/** Thrown when the text is not what the stepped parse handles; the whole text is then parsed at once. */
class NotPlain extends Error {}

/**
 * The structure of the text: the top-level object or list and, under a top-level object, the lists it holds
 * (by their opening offset). Follows json-depth.ts's tooDeepAt exactly as to strings and depth; a text nested
 * deeper than the limit, or with more than one top-level value, is NotPlain.
 */
function* scanSteps(text: string): Steps<{ root: Frame; lists: Map<number, Frame> }> {
  let depth = 0;
  let root: Frame | undefined;
  let child: Frame | undefined;
  const lists = new Map<number, Frame>();
  let nextPause = SCAN_STEP;
  for (let i = 0; i < text.length; i += 1) {
    if (i >= nextPause) {
      nextPause = i + SCAN_STEP;
      yield;
    }
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i + 1);
      if (end === -1) throw new NotPlain();
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
      depth += 1;
      if (depth > LIMITS.jsonDepth) throw new NotPlain();
      if (depth === 1) {
        if (root) throw new NotPlain();
        root = { open: i, close: -1, kind: code, commas: [] };
      } else if (depth === 2 && root?.kind === OPEN_OBJECT) {
        child = { open: i, close: -1, kind: code, commas: [] };
        if (code === OPEN_LIST) lists.set(i, child);
      }
    } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
      if (depth === 0) throw new NotPlain();
      const frame = depth === 1 ? root : depth === 2 ? child : undefined;
      if (frame) {
        if (code !== frame.kind + 2) throw new NotPlain();
        frame.close = i;
      }
      depth -= 1;
    } else if (code === COMMA) {
      if (depth === 1) root!.commas.push(i);
      else if (depth === 2 && child?.kind === OPEN_LIST) child.commas.push(i);
    }
  }
  if (!root || depth !== 0) throw new NotPlain();
  if (!onlySpace(text, 0, root.open) || !onlySpace(text, root.close + 1, text.length)) throw new NotPlain();
  return { root, lists };
}

/** JSON.parse of a piece, NotPlain when it is not one JSON value. */
function parsePiece(text: string, from: number, to: number): unknown {
  try {
    return JSON.parse(text.slice(from, to));
  } catch {
    throw new NotPlain();
  }
}

/** The pieces of a frame: [start, end) between its brackets and commas (none for an empty one). */
function pieces(text: string, frame: Frame): [number, number][] {
  const bounds = [frame.open, ...frame.commas, frame.close];
  if (frame.commas.length === 0 && onlySpace(text, frame.open + 1, frame.close)) return [];
  const out: [number, number][] = [];
  for (let n = 0; n + 1 < bounds.length; n += 1) out.push([bounds[n] + 1, bounds[n + 1]]);
  return out;
}

/** The items of a list frame, parsed one by one with a step every PARSE_STEP characters. */
function* listSteps(text: string, frame: Frame, budget: { left: number }): Steps<unknown[]> {
  const items: unknown[] = [];
  for (const [from, to] of pieces(text, frame)) {
    items.push(parsePiece(text, from, to));
    budget.left -= to - from;
    if (budget.left <= 0) {
      budget.left = PARSE_STEP;
      yield;
    }
  }
  return items;
}

/** A top-level object's members; a member whose value is a list has its items parsed one by one. */
function* objectSteps(text: string, root: Frame, lists: Map<number, Frame>, budget: { left: number }) {
  const object: Record<string, unknown> = {};
  for (const [from, to] of pieces(text, root)) {
    const keyStart = firstNonSpace(text, from, to);
    if (text.charCodeAt(keyStart) !== QUOTE) throw new NotPlain();
    const keyEnd = stringEnd(text, keyStart + 1);
    if (keyEnd === -1 || keyEnd >= to) throw new NotPlain();
    const key = parsePiece(text, keyStart, keyEnd + 1) as string;
    const colon = firstNonSpace(text, keyEnd + 1, to);
    if (text.charCodeAt(colon) !== COLON) throw new NotPlain();
    const valueStart = firstNonSpace(text, colon + 1, to);
    const list = lists.get(valueStart);
    let value: unknown;
    if (list && list.close < to && onlySpace(text, list.close + 1, to)) value = yield* listSteps(text, list, budget);
    else {
      value = parsePiece(text, colon + 1, to);
      budget.left -= to - colon;
    }
    // As JSON.parse defines members: "__proto__" is a member like any other, and a repeated name keeps its place.
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    if (budget.left <= 0) {
      budget.left = PARSE_STEP;
      yield;
    }
  }
  return object;
}

/**
 * The value JSON.parse gives for `content`, in steps; for a malformed or too deeply nested text, the
 * ReferenceFileError parseJson throws (`what` names the file in it, e.g. "The pack").
 */
export function* parseJsonSteps(content: string, what: string): Steps<unknown> {
  // Small texts, and any top-level value other than an object or a list, are parsed at once.
  if (content.length <= PARSE_STEP) return parseJson(content, what);
  try {
    const { root, lists } = yield* scanSteps(content);
    const budget = { left: PARSE_STEP };
    if (root.kind === OPEN_LIST) return yield* listSteps(content, root, budget);
    return yield* objectSteps(content, root, lists, budget);
  } catch (error) {
    if (!(error instanceof NotPlain)) throw error;
    return parseJson(content, what);
  }
}
