/**
 * A checksum of a start-up snapshot's whole content, written with it and compared when it is read: a snapshot
 * damaged on disk (a string cut short, a number out of range, a field gone) no longer matches and is rebuilt
 * from the tables instead of silently giving the reader a wrong or truncated reference set. Walks any plain data
 * (objects in key order, arrays, typed arrays, strings, numbers), so it follows the engine's snapshot layout as it
 * changes. Not for security: it guards against damage, not against an attacker who can write the database.
 */

import { runSteps, type Steps } from '../steps';

/**
 * Bytes hashed per step, and characters of a string encoded per step (a few milliseconds each): a 100,000-claim
 * snapshot holds strings of tens of millions of characters and arrays of tens of megabytes, which hashed at once
 * held the background's service worker for half a second (Chromium, 2026-12).
 */
export const DIGEST_STEP_BYTES = 1 << 20;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Mixes 32-bit words into two lanes (even and odd words, so the two multiplications run side by side); strings
 * are hashed as their UTF-8 bytes, four at a time. A 100,000-claim snapshot (about 200 MB) takes some hundreds
 * of ms, in steps.
 */
class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private readonly encoder = new TextEncoder();

  constructor(private readonly stepBytes: number) {}

  word(value: number): void {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ this.h1, 1597334677);
  }

  /**
   * The string's length, then its UTF-8 bytes as `words` hashes them. Encoded a piece at a time (never between the
   * two halves of a surrogate pair, so the pieces' bytes are the whole string's), after their total is known.
   */
  *text(value: string): Steps<void> {
    this.word(value.length);
    if (value.length <= this.stepBytes) {
      yield* this.words(this.encoder.encode(value));
      return;
    }
    const pieces: Uint8Array[] = [];
    let bytes = 0;
    for (let start = 0; start < value.length; ) {
      let end = Math.min(value.length, start + this.stepBytes);
      // A piece never ends between a surrogate pair's halves: it ends before the pair, or (one char) after it.
      if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1)) && isLowSurrogate(value.charCodeAt(end))) {
        end += end - 1 > start ? -1 : 1;
      }
      const piece = this.encoder.encode(value.slice(start, end));
      pieces.push(piece);
      bytes += piece.byteLength;
      start = end;
      yield;
    }
    this.word(bytes);
    const stream = new WordStream(this);
    for (const piece of pieces) {
      stream.add(piece);
      yield;
    }
    stream.end();
  }

  /** The byte length, then the bytes as 32-bit words in the two lanes (see WordStream), in steps. */
  *words(written: ArrayBufferView): Steps<void> {
    this.word(written.byteLength);
    const bytes = new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
    const stream = new WordStream(this);
    for (let at = 0; at < bytes.byteLength; at += this.stepBytes) {
      stream.add(bytes.subarray(at, at + this.stepBytes));
      if (at + this.stepBytes < bytes.byteLength) yield;
    }
    stream.end();
  }

  /** Hashes whole 32-bit words (native order): even ones into the first lane, odd ones into the second. */
  units(units: Int32Array, odd: boolean): void {
    let h1 = this.h1;
    let h2 = this.h2;
    let i = 0;
    if (odd && units.length > 0) {
      h2 = Math.imul(h2 ^ units[0], 1597334677);
      i = 1;
    }
    for (; i + 1 < units.length; i += 2) {
      h1 = Math.imul(h1 ^ units[i], 2654435761);
      h2 = Math.imul(h2 ^ units[i + 1], 1597334677);
    }
    if (i < units.length) h1 = Math.imul(h1 ^ units[i], 2654435761);
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Hashes the bytes after the last whole word into the second lane. */
  tail(bytes: Uint8Array): void {
    let h2 = this.h2;
    for (let j = 0; j < bytes.length; j += 1) h2 = Math.imul(h2 ^ bytes[j], 1597334677);
    this.h2 = h2;
  }

  value(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}

/**
 * Bytes given in pieces, hashed as if they were one run: whole 32-bit words (a word cut between two pieces is
 * completed from the next), alternating lanes from the run's first word, and the last 0-3 bytes on their own.
 * A piece at an odd offset (a deserialised snapshot may hold one) is copied to an aligned buffer first, so the
 * same bytes give the same digest wherever they sit.
 */
class WordStream {
  private readonly carry = new Uint8Array(4);
  private carried = 0;
  private wordsDone = 0;

  constructor(private readonly digest: Digest) {}

  add(piece: Uint8Array): void {
    let at = 0;
    if (this.carried > 0) {
      const taken = Math.min(4 - this.carried, piece.byteLength);
      this.carry.set(piece.subarray(0, taken), this.carried);
      this.carried += taken;
      at = taken;
      if (this.carried < 4) return;
      this.hashWords(new Int32Array(this.carry.buffer, 0, 1));
      this.carried = 0;
    }
    const whole = (piece.byteLength - at) >> 2;
    if (whole > 0) {
      const start = piece.byteOffset + at;
      const aligned = start % 4 === 0 ? piece.subarray(at, at + whole * 4) : piece.slice(at, at + whole * 4);
      this.hashWords(new Int32Array(aligned.buffer, aligned.byteOffset, whole));
    }
    const rest = piece.subarray(at + whole * 4);
    this.carry.set(rest, 0);
    this.carried = rest.byteLength;
  }

  end(): void {
    this.digest.tail(this.carry.subarray(0, this.carried));
    this.carried = 0;
  }

  private hashWords(units: Int32Array): void {
    this.digest.units(units, this.wordsDone % 2 === 1);
    this.wordsDone += units.length;
  }
}

const TAG = { null: 1, undefined: 2, false: 3, true: 4, number: 5, string: 6, bytes: 7, list: 8, object: 9 } as const;

/** The checksum of a snapshot (or any plain data with typed arrays); equal data gives the same text. */
export function snapshotDigest(data: unknown): string {
  return runSteps(snapshotDigestSteps(data));
}

/**
 * snapshotDigest in steps of about `stepBytes` bytes hashed (strings and typed arrays are hashed a piece at a time),
 * for the background, which writes a snapshot while it answers messages. The data must not change until it is done.
 */
export function* snapshotDigestSteps(data: unknown, stepBytes = DIGEST_STEP_BYTES): Steps<string> {
  const digest = new Digest(stepBytes);
  const numbers = new Float64Array(1);
  const numberWords = new Int32Array(numbers.buffer);
  // An explicit stack: the snapshot is shallow, but damaged data must not be able to exhaust the call stack.
  const stack: unknown[] = [data];
  let items = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null) digest.word(TAG.null);
    else if (item === undefined) digest.word(TAG.undefined);
    else if (typeof item === 'boolean') digest.word(item ? TAG.true : TAG.false);
    else if (typeof item === 'number') {
      numbers[0] = item;
      digest.word(TAG.number);
      digest.word(numberWords[0]);
      digest.word(numberWords[1]);
    } else if (typeof item === 'string') {
      digest.word(TAG.string);
      yield* digest.text(item);
    } else if (ArrayBuffer.isView(item)) {
      digest.word(TAG.bytes);
      yield* digest.words(item);
    } else if (Array.isArray(item)) {
      digest.word(TAG.list);
      digest.word(item.length);
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push(item[i]);
    } else if (typeof item === 'object') {
      const keys = Object.keys(item);
      digest.word(TAG.object);
      digest.word(keys.length);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        stack.push((item as Record<string, unknown>)[keys[i]]);
        stack.push(keys[i]);
      }
    } else digest.word(0);
    items += 1;
    if (items % 10_000 === 0) yield;
  }
  return digest.value();
}
