/**
 * Pack signatures: Ed25519 (RFC 8032) through WebCrypto, so neither the extension nor the CLI ships a crypto
 * library. Verifying needs Ed25519 in `crypto.subtle`: Chrome 137+, Firefox 129+, Safari 17+, Node 20+.
 *
 * The scheme, version 1 (README "Packs" says the same):
 * - A signed pack is a JSON document whose top level is an object (the ClaimLens export format, or a
 *   schema.org DataFeed) with one more member,
 *   `"signature": {"algorithm": "Ed25519", "publicKey": KEY, "value": SIG}`, where KEY is the 32-byte raw
 *   public key and SIG the 64-byte signature, both base64url without padding.
 * - The signed bytes are the UTF-8 of `ClaimLens pack signature v1\n` followed by the RFC 8785 canonical JSON
 *   (lib/packs/canonical-json.ts) of the document without its `signature` member.
 * So white space and member order can change in transit without breaking the signature, any value cannot, and a
 * signature made for something other than a pack (the prefix) never verifies as one.
 */
import * as v from 'valibot';
import { runStepsPausing, type Steps } from '../steps';
import { fromBase64url, toBase64url } from './base64url';
import { canonicalJson, canonicalJsonSteps } from './canonical-json';
import { PackError } from './errors';

const ED25519 = { name: 'Ed25519' } as const;
const CONTEXT = 'ClaimLens pack signature v1\n';

/** The member of a signed pack that holds its signature. */
export const SIGNATURE_FIELD = 'signature';

const Base64urlSchema = v.pipe(
  v.string('must be base64url text'),
  v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url text'),
);

const SignatureSchema = v.object(
  {
    algorithm: v.literal('Ed25519', 'must be "Ed25519"'),
    publicKey: v.pipe(Base64urlSchema, v.length(43, 'must be a 32-byte Ed25519 key (43 base64url characters)')),
    value: v.pipe(Base64urlSchema, v.length(86, 'must be a 64-byte Ed25519 signature (86 base64url characters)')),
  },
  'must be an object',
);

/** What a pack's signature says: none, one that holds for its key, or one that does not. */
export type SignatureCheck =
  | { state: 'unsigned' }
  | { state: 'valid'; publicKey: string }
  | { state: 'invalid'; publicKey?: string; reason: string };

/** An Ed25519 private key as a JSON Web Key (RFC 8037): what `pack keygen` writes and `pack sign` reads. */
export interface PackPrivateKey {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
}

const PrivateKeySchema = v.object({
  kty: v.literal('OKP', 'must be "OKP"'),
  crv: v.literal('Ed25519', 'must be "Ed25519"'),
  x: v.pipe(Base64urlSchema, v.length(43, 'must be 43 base64url characters')),
  d: v.pipe(Base64urlSchema, v.length(43, 'must be 43 base64url characters')),
});

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto?.subtle;
  if (!crypto)
    throw new PackError('This runtime has no WebCrypto (crypto.subtle), so pack signatures cannot be checked.');
  return crypto;
}

/** The bytes a signature covers: the context line and the canonical JSON of the pack without its signature. */
export function signedBytes(document: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const { [SIGNATURE_FIELD]: _signature, ...unsigned } = document;
  return new TextEncoder().encode(CONTEXT + canonicalJson(unsigned));
}

/**
 * signedBytes in steps (canonical JSON and UTF-8 a megabyte at a time), so a background checking the signature
 * of a pack of tens of megabytes answers other messages meanwhile. The same bytes: each piece ends between two
 * JSON tokens, so no surrogate pair is cut in two.
 */
export function* signedBytesSteps(document: Record<string, unknown>): Steps<Uint8Array<ArrayBuffer>> {
  const { [SIGNATURE_FIELD]: _signature, ...unsigned } = document;
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [encoder.encode(CONTEXT)];
  yield* canonicalJsonSteps(unsigned, (piece) => pieces.push(encoder.encode(piece)));
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

/** A public key as given on a command line or with a subscription URL: 43 base64url characters, else a PackError. */
export function parsePublicKey(text: string): string {
  const key = text.trim();
  const bytes = fromBase64url(key);
  if (bytes?.length !== 32) {
    throw new PackError('A pack public key is 43 base64url characters (a 32-byte Ed25519 key).');
  }
  return key;
}

/** A new key pair for a publisher; the private key is extractable only so that it can be saved to a file. */
export async function generatePackKey(): Promise<{ privateKey: PackPrivateKey; publicKey: string }> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const privateKey: PackPrivateKey = { kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '', d: jwk.d ?? '' };
  return { privateKey, publicKey: toBase64url(raw) };
}

/** A private key file's content, checked; a PackError names what is wrong. */
export function readPrivateKey(content: string): PackPrivateKey {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new PackError('The key file is not JSON (expected the Ed25519 private key that "pack keygen" writes).');
  }
  const parsed = v.safeParse(PrivateKeySchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new PackError(`The key file is not an Ed25519 private key: ${v.getDotPath(issue) ?? 'it'} ${issue.message}.`);
  }
  return parsed.output;
}

/**
 * The document with its signature by this key, as the last member (any earlier signature is replaced).
 * The document must be a JSON object: the signature is one of its members.
 */
export async function signPackDocument(
  document: Record<string, unknown>,
  privateKey: PackPrivateKey,
): Promise<Record<string, unknown>> {
  const key = await subtle().importKey('jwk', { ...privateKey, ext: true }, ED25519, false, ['sign']);
  const { [SIGNATURE_FIELD]: _old, ...unsigned } = document;
  const value = new Uint8Array(await subtle().sign(ED25519, key, signedBytes(unsigned)));
  return {
    ...unsigned,
    [SIGNATURE_FIELD]: { algorithm: 'Ed25519', publicKey: privateKey.x, value: toBase64url(value) },
  };
}

/**
 * Whether the parsed pack's signature holds. Never throws for a bad signature: the caller decides (key pinning,
 * lib/packs/pinning.ts); a malformed signature member is `invalid` with the reason.
 */
export async function checkPackSignature(document: unknown): Promise<SignatureCheck> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { state: 'unsigned' };
  const record = document as Record<string, unknown>;
  if (!(SIGNATURE_FIELD in record)) return { state: 'unsigned' };
  const parsed = v.safeParse(SignatureSchema, record[SIGNATURE_FIELD]);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    const missing = issue.received === 'undefined';
    return {
      state: 'invalid',
      reason: `its signature is malformed: ${SIGNATURE_FIELD}${path ? `.${path}` : ''} ${missing ? 'is missing' : issue.message}`,
    };
  }
  const { publicKey, value } = parsed.output;
  const keyBytes = fromBase64url(publicKey);
  const signature = fromBase64url(value);
  if (keyBytes?.length !== 32 || signature?.length !== 64) {
    return { state: 'invalid', publicKey, reason: 'its signature is malformed: not base64url of the right length' };
  }
  let key: CryptoKey;
  try {
    key = await subtle().importKey('raw', keyBytes, ED25519, false, ['verify']);
  } catch (error) {
    // 32 bytes are always an Ed25519 key: a browser that refuses them cannot check Ed25519 at all.
    const unsupported = error instanceof Error && error.name === 'NotSupportedError';
    const reason = unsupported
      ? 'this browser cannot check Ed25519 signatures (Chrome 137 or later and Firefox 129 or later can)'
      : 'its signature names a public key that is not an Ed25519 key';
    return { state: 'invalid', publicKey, reason };
  }
  const { value: bytes } = await runStepsPausing(signedBytesSteps(record));
  const holds = await subtle().verify(ED25519, key, signature, bytes);
  return holds
    ? { state: 'valid', publicKey }
    : { state: 'invalid', publicKey, reason: 'its signature does not match its content (changed after signing?)' };
}
