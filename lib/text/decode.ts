/**
 * Text of a file from its bytes, in the encoding its bytes show: UTF-8 (with or without a byte order mark),
 * UTF-16 or UTF-32 in either byte order, with a byte order mark or without one (then told by where the zero
 * bytes of ASCII characters fall). Editors on Windows save "Unicode" as UTF-16; read as UTF-8, such a file is
 * a NUL between every two characters, and a reader was told only that it was not valid JSON at line 1.
 * TextDecoder has no UTF-32, so it is decoded here.
 */

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** Bytes looked at to tell an encoding without a byte order mark. */
const SAMPLE = 4_096;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** The encoding its byte order mark names, with the mark's length, or undefined. */
function byBom(bytes: Uint8Array): { encoding: TextEncoding; bom: number } | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { encoding: 'UTF-32LE', bom: 4 };
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { encoding: 'UTF-32BE', bom: 4 };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'UTF-8', bom: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'UTF-16LE', bom: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'UTF-16BE', bom: 2 };
  return undefined;
}

/**
 * The encoding of text without a byte order mark, told by its zero bytes: text that is mostly ASCII has a
 * zero in each character's high bytes in UTF-16 and UTF-32, and none at all in UTF-8.
 */
function byZeros(bytes: Uint8Array): TextEncoding {
  const n = Math.min(bytes.length, SAMPLE) & ~3;
  if (n < 4) return 'UTF-8';
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 4] += 1;
  const quarter = n / 4;
  const mostly = (count: number) => count >= quarter * 0.6;
  const hardly = (count: number) => count <= quarter * 0.1;
  if (hardly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3])) return 'UTF-32LE';
  if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && hardly(zeros[3])) return 'UTF-32BE';
  if (hardly(zeros[0] + zeros[2]) && mostly((zeros[1] + zeros[3]) / 2)) return 'UTF-16LE';
  if (mostly((zeros[0] + zeros[2]) / 2) && hardly(zeros[1] + zeros[3])) return 'UTF-16BE';
  return 'UTF-8';
}

/** UTF-32 (TextDecoder does not read it); a code unit that is no character becomes U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    chunk.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
    if (chunk.length === 8_192) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** The file's text and the encoding it was read in (bytes that are not text in it become U+FFFD). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const marked = byBom(bytes);
  const encoding = marked?.encoding ?? byZeros(bytes);
  const body = bytes.subarray(marked?.bom ?? 0);
  if (encoding === 'UTF-32LE' || encoding === 'UTF-32BE') {
    return { text: decodeUtf32(body, encoding === 'UTF-32LE'), encoding };
  }
  return { text: new TextDecoder(encoding.toLowerCase(), { ignoreBOM: true }).decode(body), encoding };
}

/**
 * The encoding that text in UTF-16 or UTF-32 shows once it has been read as UTF-8 by mistake (its zero bytes
 * became NUL characters, its byte order mark U+FFFD), or undefined. A reference file holds no NUL otherwise.
 */
export function misreadAs(text: string): 'UTF-16' | 'UTF-32' | undefined {
  const sample = text.slice(0, SAMPLE);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls += 1;
  if (sample.length === 0 || nuls < sample.length * 0.25) return undefined;
  return nuls >= sample.length * 0.6 ? 'UTF-32' : 'UTF-16';
}
