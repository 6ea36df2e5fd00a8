/**
 * A checksum of a start-up snapshot's whole content, written with it and compared when it is read: a snapshot
 * damaged on disk (a string cut short, a number out of range, a field gone) no longer matches and is rebuilt
 * from the tables instead of silently giving the reader a wrong or truncated reference set. Walks any plain data
 * (objects in key order, arrays, typed arrays, strings, numbers), so it follows the engine's snapshot layout as it
 * changes. Not for security: it guards against damage, not against an attacker who can write the database.
 */

/**
 * Mixes 32-bit words into two lanes (even and odd words, so the two multiplications run side by side); strings
 * are hashed as their UTF-8 bytes, four at a time. A 100,000-claim snapshot (about 100 MB) takes tens of ms.
 */
class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private readonly encoder = new TextEncoder();

  word(value: number): void {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ this.h1, 1597334677);
  }

  text(value: string): void {
    this.word(value.length);
    this.words(this.encoder.encode(value));
  }

  words(written: ArrayBufferView): void {
    this.word(written.byteLength);
    // A view at an odd offset (a deserialised snapshot may hold one) is copied to an aligned buffer first, so the
    // same bytes give the same digest wherever they sit.
    const view =
      written.byteOffset % 4 === 0
        ? written
        : new Uint8Array(written.buffer, written.byteOffset, written.byteLength).slice();
    const whole = view.byteLength >> 2;
    const units = new Int32Array(view.buffer, view.byteOffset, whole);
    let h1 = this.h1;
    let h2 = this.h2;
    let i = 0;
    for (; i + 1 < units.length; i += 2) {
      h1 = Math.imul(h1 ^ units[i], 2654435761);
      h2 = Math.imul(h2 ^ units[i + 1], 1597334677);
    }
    if (i < units.length) h1 = Math.imul(h1 ^ units[i], 2654435761);
    const bytes = new Uint8Array(view.buffer, view.byteOffset + whole * 4, view.byteLength - whole * 4);
    for (let j = 0; j < bytes.length; j += 1) h2 = Math.imul(h2 ^ bytes[j], 1597334677);
    this.h1 = h1;
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

const TAG = { null: 1, undefined: 2, false: 3, true: 4, number: 5, string: 6, bytes: 7, list: 8, object: 9 } as const;

/** The checksum of a snapshot (or any plain data with typed arrays); equal data gives the same text. */
export function snapshotDigest(data: unknown): string {
  const digest = new Digest();
  const numbers = new Float64Array(1);
  const numberWords = new Int32Array(numbers.buffer);
  // An explicit stack: the snapshot is shallow, but damaged data must not be able to exhaust the call stack.
  const stack: unknown[] = [data];
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
      digest.text(item);
    } else if (ArrayBuffer.isView(item)) {
      digest.word(TAG.bytes);
      digest.words(item);
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
  }
  return digest.value();
}
