/**
 * The start-up snapshot cut into chunks of at most CHUNK_BYTES, so that no one IndexedDB put serialises more than
 * that: Chromium serialises a record inside the put call, and one record of a 100,000-claim snapshot (about
 * 200 MB) held the background's service worker 0.6-2.1 s (2026-12). The snapshot's shape, with its small values,
 * is the layout; each long string and typed array in it is replaced there by a leaf that says what it was and how
 * long, and its content goes, in pieces, into the chunks, in the order the layout lists the leaves. Plain data in,
 * plain data out: no database here (see snapshot.ts).
 */

/** Bytes of content a chunk holds at most (a typed-array piece is cut to fit; a string piece is smaller). */
export const CHUNK_BYTES = 4 << 20;
/** Characters of a string piece: at most 2 MB as UTF-16. */
const PIECE_CHARS = 1 << 20;
/** Strings and typed arrays this small stay in the layout. */
const INLINE_BYTES = 512;
/** The key that tells a leaf of the layout from the snapshot's own objects (none of which has it). */
const LEAF = '~piece';

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** Where a long value was in the layout: its kind and length (characters or elements). */
interface Leaf {
  [LEAF]: 'string' | TypedArrayName;
  length: number;
}

type Long = string | TypedArray;

function typedArrayName(value: unknown): TypedArrayName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  const name = value.constructor.name;
  return name in TYPED_ARRAYS && value instanceof TYPED_ARRAYS[name as TypedArrayName]
    ? (name as TypedArrayName)
    : undefined;
}

/** Elements of a typed array per piece. */
function perPiece(name: TypedArrayName): number {
  return Math.floor(CHUNK_BYTES / TYPED_ARRAYS[name].BYTES_PER_ELEMENT);
}

/** A typed array that structured clone copies as itself (a view is cloned with its whole buffer). */
function own(value: TypedArray): TypedArray {
  return value.byteOffset === 0 && value.buffer.byteLength === value.byteLength ? value : value.slice();
}

/**
 * The layout of `data` (its shape with small values, long ones as leaves) and its long values in the order the
 * layout lists them. Nothing is copied but small views.
 */
export function layoutOf(data: unknown): { layout: unknown; longs: Long[] } {
  const longs: Long[] = [];
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (item.length * 2 <= INLINE_BYTES) return item;
      longs.push(item);
      return { [LEAF]: 'string', length: item.length } satisfies Leaf;
    }
    const name = typedArrayName(item);
    if (name) {
      const array = item as TypedArray;
      if (array.byteLength <= INLINE_BYTES) return own(array);
      longs.push(array);
      return { [LEAF]: name, length: array.length } satisfies Leaf;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(item)) out[key] = walk((item as Record<string, unknown>)[key]);
      return out;
    }
    return item;
  };
  return { layout: walk(data), longs };
}

/** The pieces of a long value, each copied (a typed array's) only when it is asked for. */
function* piecesOf(value: Long): Generator<{ piece: Long; bytes: number }> {
  if (typeof value === 'string') {
    for (let at = 0; at < value.length; at += PIECE_CHARS) {
      const piece = value.slice(at, at + PIECE_CHARS);
      yield { piece, bytes: piece.length * 2 };
    }
    return;
  }
  const per = perPiece(typedArrayName(value)!);
  if (value.length <= per) {
    yield { piece: own(value), bytes: value.byteLength };
    return;
  }
  for (let at = 0; at < value.length; at += per) {
    const piece = value.slice(at, at + per);
    yield { piece, bytes: piece.byteLength };
  }
}

/**
 * The chunks of the long values, in order, each a list of pieces of CHUNK_BYTES at most in all. Lazy: a chunk's
 * pieces are cut when it is asked for, so a writer holds one chunk's copies at a time, never a second snapshot.
 */
export function* chunksOf(longs: readonly Long[]): Generator<Long[]> {
  let chunk: Long[] = [];
  let bytes = 0;
  for (const value of longs) {
    for (const { piece, bytes: size } of piecesOf(value)) {
      if (chunk.length > 0 && bytes + size > CHUNK_BYTES) {
        yield chunk;
        chunk = [];
        bytes = 0;
      }
      chunk.push(piece);
      bytes += size;
    }
  }
  if (chunk.length > 0) yield chunk;
}

function isLeaf(item: unknown): item is Leaf {
  if (typeof item !== 'object' || item === null || !(LEAF in item)) return false;
  const { [LEAF]: kind, length } = item as Leaf;
  return (
    (kind === 'string' || Object.hasOwn(TYPED_ARRAYS, kind)) &&
    Number.isSafeInteger(length) &&
    length > 0 &&
    length <= 2 ** 31
  );
}

/** A leaf being filled: where it goes, the pieces it still expects. */
interface Slot {
  holder: Record<string | number, unknown>;
  key: string | number;
  leaf: Leaf;
  pieces: number;
  strings: string[];
  array?: TypedArray;
  filled: number;
}

/**
 * Puts a snapshot back together from its layout and its chunks, given one at a time in order (each chunk's pieces
 * are placed at once, so only the snapshot being rebuilt is held, and the chunk being read). Any piece of the
 * wrong kind or length, a piece too many or too few, and the result is undefined: the caller ignores the snapshot.
 */
export class SnapshotAssembler {
  private readonly root: { value: unknown };
  private readonly slots: Slot[] = [];
  private next = 0;
  private failed = false;

  /** `layout` is taken over (its leaves are replaced in place). */
  constructor(layout: unknown) {
    this.root = { value: layout };
    const stack: [Record<string | number, unknown>, string | number][] = [[this.root, 'value']];
    const found: Slot[] = [];
    // Depth first, in the order layoutOf listed the long values (an explicit stack: damaged data cannot exhaust it).
    while (stack.length > 0) {
      const [holder, key] = stack.pop()!;
      const item = holder[key];
      if (isLeaf(item)) {
        const per = item[LEAF] === 'string' ? PIECE_CHARS : perPiece(item[LEAF] as TypedArrayName);
        found.push({ holder, key, leaf: item, pieces: Math.ceil(item.length / per), strings: [], filled: 0 });
      } else if (typeof item === 'object' && item !== null && !ArrayBuffer.isView(item)) {
        const children = item as Record<string | number, unknown>;
        const keys = Array.isArray(item) ? item.map((_, n) => n) : Object.keys(item);
        for (let n = keys.length - 1; n >= 0; n -= 1) stack.push([children, keys[n]]);
      }
    }
    this.slots = found;
  }

  /** How many pieces the chunks must hold in all. */
  get pieces(): number {
    return this.slots.reduce((sum, slot) => sum + slot.pieces, 0);
  }

  /** Places the pieces of the next chunk; false once anything did not fit. */
  add(pieces: readonly unknown[]): boolean {
    for (const piece of pieces) if (!this.failed && !this.place(piece)) this.failed = true;
    return !this.failed;
  }

  /** The whole snapshot, or undefined when a piece was wrong or missing. */
  finish(): unknown {
    return this.failed || this.next < this.slots.length ? undefined : this.root.value;
  }

  private place(piece: unknown): boolean {
    const slot = this.slots[this.next];
    if (!slot) return false;
    const { leaf } = slot;
    const kind = leaf[LEAF];
    if (kind === 'string') {
      if (typeof piece !== 'string') return false;
      slot.strings.push(piece);
      slot.filled += piece.length;
    } else {
      const Type = TYPED_ARRAYS[kind];
      if (!(piece instanceof Type) || slot.filled + piece.length > leaf.length) return false;
      if (slot.pieces === 1) {
        if (piece.length !== leaf.length) return false;
        slot.array = piece as TypedArray;
      } else {
        slot.array ??= new Type(leaf.length);
        slot.array.set(piece as never, slot.filled);
      }
      slot.filled += piece.length;
    }
    const last = slot.strings.length === slot.pieces || (kind !== 'string' && slot.filled === leaf.length);
    if (!last) return slot.filled < leaf.length;
    if (slot.filled !== leaf.length) return false;
    slot.holder[slot.key] = kind === 'string' ? slot.strings.join('') : slot.array;
    slot.strings = [];
    this.next += 1;
    return true;
  }
}
