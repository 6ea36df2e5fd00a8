import { describe, expect, it } from 'vitest';
import { parseReferenceFile } from '../../lib/reference/parse-file';
import { decodeText, misreadAs } from '../../lib/text/decode';

/** Text with characters beyond ASCII and beyond the Basic Multilingual Plane. */
const TEXT = '{"id": "c1", "text": "Zürich’s mayor said 3 bridges — and 🌉 — were closed."}\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? `\uFEFF${text}` : text)].map((char) => char.codePointAt(0)!);
  const bytes = new Uint8Array(points.length * 4);
  const view = new DataView(bytes.buffer);
  points.forEach((point, i) => {
    view.setUint32(i * 4, point, littleEndian);
  });
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(TEXT)],
    ['UTF-8', utf8(`\uFEFF${TEXT}`)],
    ['UTF-16LE', utf16(TEXT, true, true)],
    ['UTF-16BE', utf16(TEXT, false, true)],
    ['UTF-16LE', utf16(TEXT, true, false)],
    ['UTF-16BE', utf16(TEXT, false, false)],
    ['UTF-32LE', utf32(TEXT, true, true)],
    ['UTF-32BE', utf32(TEXT, false, true)],
    ['UTF-32LE', utf32(TEXT, true, false)],
    ['UTF-32BE', utf32(TEXT, false, false)],
  ])('reads %s (%#), byte order mark left out', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('keeps UTF-8 text that is not ASCII as UTF-8, and marks bytes that are no text', () => {
    expect(decodeText(utf8('Ærø — 東京')).text).toBe('Ærø — 東京');
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62])).text).toBe('a\uFFFDb');
    expect(decodeText(new Uint8Array([])).text).toBe('');
  });

  it('a UTF-16 reference file imports as its UTF-8 twin does', () => {
    const decoded = decodeText(utf16(TEXT, true, true)).text;
    expect(parseReferenceFile('c.jsonl', decoded, 'x')).toEqual(parseReferenceFile('c.jsonl', TEXT, 'x'));
  });
});

describe('a UTF-16 or UTF-32 file read as UTF-8 by mistake', () => {
  const misread = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

  it('is told apart, and refused naming the encoding and what to do', () => {
    expect(misreadAs(misread(utf16(TEXT, true, true)))).toBe('UTF-16');
    expect(misreadAs(misread(utf16(TEXT, false, false)))).toBe('UTF-16');
    expect(misreadAs(misread(utf32(TEXT, true, true)))).toBe('UTF-32');
    expect(misreadAs(TEXT)).toBeUndefined();
    expect(() => parseReferenceFile('refs.json', misread(utf16(TEXT, true, true)))).toThrow(
      'The file is UTF-16 text that was read as UTF-8 (a NUL between its characters). Save it as UTF-8, or ' +
        'import it from the ClaimLens popup, which reads UTF-16 and UTF-32.',
    );
  });
});
