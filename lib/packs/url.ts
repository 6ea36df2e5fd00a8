/**
 * A subscription link: an `https://` URL (plain `http://` only for localhost, where a publisher tests), with an
 * optional publisher key in its fragment, `#key=KEY`. The fragment never leaves the browser, so the key reaches
 * the reader with the link and not the pack's host.
 */
import { LIMITS } from '../limits';
import { PackError } from './errors';
import { parsePublicKey } from './signature';

export interface PackLink {
  /** The pack's URL, without fragment: what is downloaded. */
  url: string;
  /** The key the pack must be signed with, when the link gives one. */
  publicKey?: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URL and key of a pasted subscription link; a PackError says in one line why it cannot be one. */
export function parsePackLink(text: string): PackLink {
  const input = text.trim();
  if (input.length > LIMITS.url) throw new PackError(`A pack URL is at most ${LIMITS.url} characters.`);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new PackError('That is not a URL (a pack URL starts with https://).');
  }
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new PackError('A pack URL must start with https:// (plain http:// only for localhost).');
  }
  if (url.username || url.password) throw new PackError('A pack URL must not carry a user name or password.');
  const fragment = new URLSearchParams(url.hash.slice(1));
  const key = fragment.get('key');
  url.hash = '';
  return key === null ? { url: url.href } : { url: url.href, publicKey: parsePublicKey(key) };
}
