import { describe, expect, it, vi } from 'vitest';
import { downloadPack, PackError } from '../../lib/packs';

const URL_ = 'https://packs.example/river.json';

/** A fake fetch answering with this response; records what was asked. */
function host(answer: (init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer(init ?? {});
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A body that yields these chunks, then (when `hang`) never ends unless aborted. */
function streamed(chunks: string[], hang = false, signal?: AbortSignal) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (!hang) controller.close();
      signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackError);
  return (error as Error).message;
}

/** What `work` gives, and how many turns a zero-delay timer got while it ran (other tasks let in between its steps). */
async function ticksWhile<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const ticking = setInterval(() => {
    ticks += 1;
  }, 0);
  try {
    return { result: await work(), ticks };
  } finally {
    clearInterval(ticking);
  }
}
describe('downloadPack', () => {
  it('sends no credentials, no referrer, bypasses the HTTP cache and keeps the validators', async () => {
    const { fetch, calls } = host(
      () =>
        new Response('{"x":1}', {
          status: 200,
          headers: { ETag: '"v7"', 'Last-Modified': 'Mon, 30 Nov 2026 10:00:00 GMT' },
        }),
    );
    const result = await downloadPack(
      `${URL_}#key=ignored-by-the-host`.replace('#key=ignored-by-the-host', ''),
      {},
      { fetch },
    );
    expect(result).toEqual({
      status: 'downloaded',
      content: '{"x":1}',
      validators: { etag: '"v7"', lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(URL_);
    expect(calls[0].init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      method: 'GET',
    });
    expect(calls[0].init.headers).toEqual({});
  });

  it('never sends the fragment (where a subscription link carries its key)', async () => {
    const { fetch, calls } = host(() => new Response('{}'));
    await downloadPack(`${URL_}#key=${'A'.repeat(43)}`, {}, { fetch });
    expect(calls[0].url).toBe(URL_);
  });

  it('asks conditionally with the last validators, and a 304 is "not modified"', async () => {
    const { fetch, calls } = host(() => new Response(null, { status: 304 }));
    const validators = { etag: '"v7"', lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' };
    expect(await downloadPack(URL_, validators, { fetch })).toEqual({ status: 'not-modified' });
    expect(calls[0].init.headers).toEqual({
      'If-None-Match': '"v7"',
      'If-Modified-Since': 'Mon, 30 Nov 2026 10:00:00 GMT',
    });
  });

  it('refuses a pack over the size cap, declared or streamed, without reading the rest', async () => {
    const declared = host(() => new Response('x'.repeat(10), { headers: { 'Content-Length': '5000' } }));
    expect(await refusal(downloadPack(URL_, {}, { fetch: declared.fetch, maxBytes: 1000 }))).toMatch(/larger than/);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(400));
      },
    });
    const streaming = host(() => new Response(endless));
    expect(await refusal(downloadPack(URL_, {}, { fetch: streaming.fetch, maxBytes: 1000 }))).toMatch(/larger than/);
    expect(pulled).toBeLessThan(10);
  });

  it('gives up on a host that does not answer, or trickles, within the time limit', async () => {
    const silent = host(
      (init) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    expect(await refusal(downloadPack(URL_, {}, { fetch: silent.fetch, timeoutMs: 50 }))).toMatch(/took longer than/);
    const trickle = host((init) => new Response(streamed(['{"a":'], true, init.signal ?? undefined)));
    expect(await refusal(downloadPack(URL_, {}, { fetch: trickle.fetch, timeoutMs: 50 }))).toMatch(/took longer than/);
  });

  it('says what the host answered, and what broke', async () => {
    const missing = host(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await refusal(downloadPack(URL_, {}, { fetch: missing.fetch }))).toBe(
      "The pack's host answered 404 Not Found.",
    );
    const down = host(() => Promise.reject(new TypeError('fetch failed')));
    expect(await refusal(downloadPack(URL_, {}, { fetch: down.fetch }))).toBe(
      'The pack could not be downloaded (fetch failed).',
    );
  });

  it('reads a body that comes in one large piece a megabyte at a time, characters cut between pieces included', async () => {
    // One read of 3 MB: pieces end inside a 4-byte, a 2-byte and a 3-byte character (at 1, 2 and 3 MB).
    const megabyte = 1 << 20;
    const text = `${'a'.repeat(megabyte - 2)}😀${'b'.repeat(megabyte - 5)}é${'c'.repeat(megabyte - 2)}€ and the end`;
    const { fetch } = host(() => new Response(streamed([text]), { status: 200 }));
    const { result, ticks } = await ticksWhile(() => downloadPack(URL_, {}, { fetch }));
    expect(result).toMatchObject({ status: 'downloaded', content: text });
    // Other tasks ran between the pieces (a timer's turns), not only once the whole body was decoded.
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('reads a body already received in many small pieces a megabyte at a time, not all in one task', async () => {
    // A host on the same machine: the whole body is queued before the first read, each read resolves at once, so
    // the reads alone never give way to other tasks (3 MB in pieces of 64 KB, each well under a megabyte).
    const piece = 'x'.repeat(1 << 16);
    const pieces = Array.from({ length: 48 }, (_, n) => `${piece.slice(1)}${n % 10}`);
    const { fetch } = host(() => new Response(streamed(pieces), { status: 200 }));
    const { result, ticks } = await ticksWhile(() => downloadPack(URL_, {}, { fetch }));
    expect(result).toMatchObject({ status: 'downloaded', content: pieces.join('') });
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('refuses a redirect away from https, and a URL that is not https', async () => {
    const redirected = host(() => {
      const response = new Response('{}');
      Object.defineProperty(response, 'url', { value: 'http://elsewhere.example/river.json' });
      return response;
    });
    expect(await refusal(downloadPack(URL_, {}, { fetch: redirected.fetch }))).toMatch(
      /redirected the download away from https/,
    );
    const never = host(() => new Response('{}'));
    expect(await refusal(downloadPack('http://packs.example/p.json', {}, { fetch: never.fetch }))).toMatch(/https/);
    expect(never.calls).toHaveLength(0);
  });
});
