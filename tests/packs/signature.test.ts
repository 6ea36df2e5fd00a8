import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildPackDocument,
  checkPackSignature,
  generatePackKey,
  openPack,
  PackError,
  parsePublicKey,
  readPrivateKey,
  signedBytes,
  signPackDocument,
} from '../../lib/packs';
import { canonicalJson } from '../../lib/packs/canonical-json';
import { signedBytesSteps } from '../../lib/packs/signature';
import { ARTICLES, AT, DATA_FEED, PACK_META } from './fixtures';

const META = PACK_META;

async function signedPack() {
  const { privateKey, publicKey } = await generatePackKey();
  const document = await signPackDocument(buildPackDocument(ARTICLES, META), privateKey);
  return { privateKey, publicKey, document };
}

describe('signing and verifying a pack', () => {
  it('holds for the key that signed it, with the key written in the pack', async () => {
    const { publicKey, document } = await signedPack();
    expect(document.signature).toMatchObject({ algorithm: 'Ed25519', publicKey });
    expect(await checkPackSignature(document)).toEqual({ state: 'valid', publicKey });
  });

  it('still holds after the file is re-indented and its members reordered', async () => {
    const { publicKey, document } = await signedPack();
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    const pack = await openPack(JSON.stringify(reordered, null, 4), 'river.json', AT);
    expect(pack.signature).toEqual({ state: 'valid', publicKey });
    expect(pack.articles).toEqual(ARTICLES);
  });

  it('does not hold once a claim, a rating or the title is changed', async () => {
    const { document } = await signedPack();
    type Pack = {
      sources: { claims: { text: string; review: { rating: string } }[] }[];
      pack: { title: string };
      extra?: boolean;
    };
    const edits: ((d: Pack) => void)[] = [
      (d) => {
        d.sources[0].claims[0].text = 'The Marlow weir reopened to boats on 2 October.';
      },
      (d) => {
        d.sources[0].claims[1].review.rating = 'False';
      },
      (d) => {
        d.pack.title = 'Someone else';
      },
      (d) => {
        d.extra = true;
      },
    ];
    for (const edit of edits) {
      const copy = structuredClone(document);
      edit(copy as unknown as Pack);
      expect(await checkPackSignature(copy)).toMatchObject({
        state: 'invalid',
        reason: expect.stringMatching(/does not match/),
      });
    }
  });

  it('does not hold when the signature is swapped for another key, or another pack’s signature', async () => {
    const first = await signedPack();
    const second = await signedPack();
    const otherKey = {
      ...first.document,
      signature: { ...(first.document.signature as object), publicKey: second.publicKey },
    };
    expect(await checkPackSignature(otherKey)).toMatchObject({ state: 'invalid', publicKey: second.publicKey });
    const otherPack = await signPackDocument({ ...first.document, pack: { ...META, version: '4' } }, second.privateKey);
    const spliced = { ...first.document, signature: otherPack.signature };
    expect(await checkPackSignature(spliced)).toMatchObject({ state: 'invalid' });
  });

  it('signs over a context prefix, so a signature of the bare canonical JSON is refused', async () => {
    const { privateKey } = await generatePackKey();
    const unsigned = buildPackDocument(ARTICLES, META);
    const key = await crypto.subtle.importKey('jwk', { ...privateKey, ext: true }, { name: 'Ed25519' }, false, [
      'sign',
    ]);
    const bare = new TextEncoder().encode(canonicalJson(unsigned));
    expect(new TextDecoder().decode(signedBytes(unsigned))).toBe(
      `ClaimLens pack signature v1\n${canonicalJson(unsigned)}`,
    );
    const value = Buffer.from(await crypto.subtle.sign({ name: 'Ed25519' }, key, bare)).toString('base64url');
    const forged = { ...unsigned, signature: { algorithm: 'Ed25519', publicKey: privateKey.x, value } };
    expect((await checkPackSignature(forged)).state).toBe('invalid');
  });

  it('signs a DataFeed as well, replacing an earlier signature', async () => {
    const { privateKey, publicKey } = await generatePackKey();
    const old = await generatePackKey();
    const once = await signPackDocument(DATA_FEED, old.privateKey);
    const twice = await signPackDocument(once, privateKey);
    const pack = await openPack(JSON.stringify(twice), 'feed.json', AT);
    expect(pack.kind).toBe('data-feed');
    expect(pack.signature).toEqual({ state: 'valid', publicKey });
  });

  it('reports a pack without a signature as unsigned, and JSON Lines or a list as unsigned', async () => {
    expect(await checkPackSignature(buildPackDocument(ARTICLES, META))).toEqual({ state: 'unsigned' });
    expect(await checkPackSignature([1, 2])).toEqual({ state: 'unsigned' });
    expect(await checkPackSignature(undefined)).toEqual({ state: 'unsigned' });
  });

  it.each([
    [null, /signature must be an object/],
    [{ algorithm: 'RSA', publicKey: 'a'.repeat(43), value: 'b'.repeat(86) }, /signature\.algorithm must be "Ed25519"/],
    [{ algorithm: 'Ed25519', value: 'b'.repeat(86) }, /signature\.publicKey is missing/],
    [
      { algorithm: 'Ed25519', publicKey: 'a'.repeat(43), value: 'b/c='.repeat(20) },
      /signature\.value must be base64url/,
    ],
    [{ algorithm: 'Ed25519', publicKey: 'a'.repeat(40), value: 'b'.repeat(86) }, /32-byte Ed25519 key/],
  ])('reports a malformed signature %j as invalid with the reason', async (signature, reason) => {
    const check = await checkPackSignature({ ...buildPackDocument(ARTICLES, META), signature });
    expect(check.state).toBe('invalid');
    expect(check.state === 'invalid' && check.reason).toMatch(reason);
  });
});

describe('a large pack', () => {
  /** A pack of `count` sources whose texts hold accents, an emoji (a surrogate pair) and a lone surrogate. */
  function largeDocument(count: number): Record<string, unknown> {
    const articles = Array.from({ length: count }, (_, n) => ({
      ...ARTICLES[0],
      source: { ...ARTICLES[0].source, id: `s-${n}`, title: `Écluse ${n} 🚣 \ud800 "quoted"` },
    }));
    return buildPackDocument(articles, META);
  }

  it('is canonicalised and encoded in steps, to the same bytes', () => {
    const document = largeDocument(8_000);
    const steps = signedBytesSteps(document);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(1);
    expect(Buffer.from(next.value).equals(Buffer.from(signedBytes(document)))).toBe(true);
  });

  it('verifies a signed pack of thousands of sources, and refuses it changed', async () => {
    const { privateKey, publicKey } = await generatePackKey();
    const document = await signPackDocument(largeDocument(8_000), privateKey);
    expect(await checkPackSignature(document)).toEqual({ state: 'valid', publicKey });
    const sources = document.sources as { title: string }[];
    sources[7_000].title = 'Changed';
    expect((await checkPackSignature(document)).state).toBe('invalid');
  });
});

describe('a browser without Ed25519', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses a signed pack saying the browser cannot check it, not that the key is wrong', async () => {
    const { publicKey, document } = await signedPack();
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(
      new DOMException('Unrecognized algorithm name', 'NotSupportedError'),
    );
    expect(await checkPackSignature(document)).toEqual({
      state: 'invalid',
      publicKey,
      reason: 'this browser cannot check Ed25519 signatures (Chrome 137 or later and Firefox 129 or later can)',
    });
  });
});

describe('keys', () => {
  it('reads back the private key file it writes, and refuses other files in one line', async () => {
    const { privateKey } = await generatePackKey();
    expect(readPrivateKey(JSON.stringify(privateKey))).toEqual(privateKey);
    expect(() => readPrivateKey('not json')).toThrow(PackError);
    expect(() => readPrivateKey('{"kty":"RSA"}')).toThrow(/kty must be "OKP"/);
  });

  it('takes a public key of 32 bytes in base64url, and nothing else', async () => {
    const { publicKey } = await generatePackKey();
    expect(parsePublicKey(` ${publicKey}\n`)).toBe(publicKey);
    for (const bad of ['', 'abc', `${publicKey}AA`, publicKey.replace(/.$/, '+')]) {
      expect(() => parsePublicKey(bad)).toThrow(/43 base64url characters/);
    }
  });
});
