/**
 * Downloading a pack: the one request ClaimLens makes for a subscription, and the only thing a pack's host
 * learns from it is the reader's address and when they refresh. So: no cookies or credentials, no referrer, no
 * page data, no identifier; the only request headers of ours are the validators of the last good version
 * (`If-None-Match`, `If-Modified-Since`), so an unchanged pack costs a 304 and nothing more. A size cap and a
 * time limit bound what a host can make the background read. `fetch` is passed in: the background, the CLI and
 * tests (with a fake) use the same code.
 */
import { LIMITS } from '../limits';
import { nextTask } from '../steps';
import { PackError } from './errors';
import { parsePackLink } from './url';

/** The validators of the last good version, as its host sent them. */
export interface PackValidators {
  etag?: string;
  lastModified?: string;
}

export type PackDownload =
  | { status: 'not-modified' }
  | { status: 'downloaded'; content: string; validators: PackValidators };

export interface DownloadOptions {
  fetch?: typeof fetch;
  /** Bytes of the pack at most (default LIMITS.fileChars). */
  maxBytes?: number;
  /** Milliseconds for the whole download, body included (default 60 s). */
  timeoutMs?: number;
}

/** Default time limit of a download: a 100 MB pack on a slow line, not a host that trickles forever. */
export const PACK_TIMEOUT_MS = 60_000;

/** The request options of every pack download: nothing about the reader goes with it. */
export const PACK_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  // Our own validators decide; the browser's HTTP cache would answer a 304 with an old body of its own.
  cache: 'no-store',
  redirect: 'follow',
};

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Bytes decoded at a time (a few milliseconds), with a pause after each. A read can give the whole body at once (a
 * host on the same machine): decoding a 100,000-claim pack's body in one call held the background's service worker
 * 0.45 s (a CPU profile in Chromium on a busy machine, 2026-12).
 */
const DECODED_PER_STEP = 1 << 20;

/**
 * Counts the bytes decoded since the last pause, and pauses once they reach DECODED_PER_STEP, over all the reads:
 * reads of a body already received can resolve at once, without a task boundary between them (Node's fetch does),
 * so a body in pieces under a megabyte was otherwise decoded in one task however large it was.
 */
class DecodePacer {
  private sincePause = 0;

  /** Call before decoding `bytes` more. */
  async before(bytes: number): Promise<void> {
    if (this.sincePause > 0 && this.sincePause + bytes > DECODED_PER_STEP) {
      await nextTask();
      this.sincePause = 0;
    }
    this.sincePause += bytes;
  }
}

/** The body as UTF-8 text, read up to maxBytes; a PackError past it (the rest is not read). */
async function cappedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooBig = () => new PackError(`The pack is larger than ${megabytes(maxBytes)}, the most ClaimLens downloads.`);
  if (declared > maxBytes) throw tooBig();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const pacer = new DecodePacer();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    // A piece may end inside a character: the decoder, streaming, keeps its first bytes for the next.
    for (let at = 0; at < value.byteLength; at += DECODED_PER_STEP) {
      const piece = value.subarray(at, at + DECODED_PER_STEP);
      await pacer.before(piece.byteLength);
      parts.push(decoder.decode(piece, { stream: true }));
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Downloads the pack at `url` unless it is unchanged since the validators given. Throws a PackError (one line)
 * for a refused URL, a redirect away from https, an HTTP error, a network failure, the size cap or the time limit.
 */
export async function downloadPack(
  url: string,
  validators: PackValidators = {},
  {
    fetch: fetchPack = globalThis.fetch,
    maxBytes = LIMITS.fileChars,
    timeoutMs = PACK_TIMEOUT_MS,
  }: DownloadOptions = {},
): Promise<PackDownload> {
  const target = parsePackLink(url).url;
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => new PackError(`The download took longer than ${Math.round(timeoutMs / 1000)} seconds.`);
  try {
    let response: Response;
    try {
      response = await fetchPack(target, { ...PACK_REQUEST, headers, signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw timedOut();
      throw new PackError(`The pack could not be downloaded (${(error as Error)?.message || 'network error'}).`);
    }
    // A redirect must not leave https (a host cannot downgrade the download to plain http elsewhere).
    if (response.url) {
      try {
        parsePackLink(response.url);
      } catch (error) {
        throw new PackError(`The pack's host redirected the download away from https: ${(error as Error).message}`);
      }
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : '';
      throw new PackError(`The pack's host answered ${response.status}${text}.`);
    }
    let content: string;
    try {
      content = await cappedText(response, maxBytes);
    } catch (error) {
      if (controller.signal.aborted) throw timedOut();
      if (error instanceof PackError) throw error;
      throw new PackError(`The download broke off (${(error as Error)?.message || 'network error'}).`);
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      status: 'downloaded',
      content,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } finally {
    clearTimeout(timer);
  }
}
