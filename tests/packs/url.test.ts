import { describe, expect, it } from 'vitest';
import { PackError, parsePackLink } from '../../lib/packs';

const KEY = `${'q'.repeat(42)}A`;

describe('parsePackLink', () => {
  it('takes https URLs and drops the fragment from what is downloaded', () => {
    expect(parsePackLink(' https://packs.example/river.json ')).toEqual({ url: 'https://packs.example/river.json' });
    expect(parsePackLink(`https://packs.example/river.json?v=2#key=${KEY}`)).toEqual({
      url: 'https://packs.example/river.json?v=2',
      publicKey: KEY,
    });
  });

  it('takes plain http only for localhost', () => {
    expect(parsePackLink('http://127.0.0.1:8080/p.json').url).toBe('http://127.0.0.1:8080/p.json');
    expect(parsePackLink('http://localhost/p.json').url).toBe('http://localhost/p.json');
    expect(() => parsePackLink('http://packs.example/p.json')).toThrow(/must start with https/);
  });

  it.each([
    ['packs.example/p.json', /not a URL/],
    ['ftp://packs.example/p.json', /must start with https/],
    ['https://user:pw@packs.example/p.json', /user name or password/],
    ['https://packs.example/p.json#key=short', /43 base64url characters/],
    [`https://packs.example/${'a'.repeat(9000)}`, /at most 8000 characters/],
  ])('refuses %s in one line', (link, message) => {
    expect(() => parsePackLink(link)).toThrow(PackError);
    expect(() => parsePackLink(link)).toThrow(message);
  });
});
