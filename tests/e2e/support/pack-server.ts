/**
 * A pack's host for the browser suites: node's http on 127.0.0.1 and a port the system picks, started by the test.
 * It serves one pack with an ETag (answering 304 to a request that names it), can switch to another version, go
 * down (every connection dropped) or serve a pack whose signature does not hold; it keeps each request's headers so
 * a suite can check what the browser sent.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildPackDocument, generatePackKey, signPackDocument } from '../../../lib/packs';
import type { ReferenceArticle } from '../../../lib/reference/seeds';

export const PACK_PATH = '/packs/river.json';

/** The pack's one claim, said with a cost in crowns: the fixture page (e2e/pack-article.html) says 3.2 million. */
export function weirClaim(millions: string): string {
  return `The Marlow weir reopened to boats on 1 October after repairs that cost the river authority ${millions} million crowns.`;
}

function articles(millions: string): ReferenceArticle[] {
  return [
    {
      source: {
        id: 'marlow-weir',
        title: 'Marlow weir repairs finished',
        publisher: 'Thistledown River Authority',
        url: 'https://river-authority.example/notices/marlow-weir',
        publishedAt: '2026-10-02',
        addedAt: '2026-10-02T00:00:00.000Z',
        origin: 'import',
        enabled: true,
      },
      claims: [{ id: 'marlow-weir#0', sourceId: 'marlow-weir', text: weirClaim(millions), start: 0, end: 0 }],
    },
  ];
}

export interface PackServer {
  /** e.g. http://127.0.0.1:41234/packs/river.json */
  url: string;
  /** The public key the served versions are signed with (base64url). */
  publicKey: string;
  /** Serves the version whose claim gives `millions`, signed, under a new ETag. */
  serve(millions: string, version: string): Promise<void>;
  /** Serves the current version with its last claim changed after signing (the signature does not hold). */
  tamper(millions: string): void;
  /** Drops every connection (a host that is down) until `up()`. */
  down(): void;
  up(): void;
  /** The headers and the status of every request for the pack, in order. */
  requests: { headers: IncomingHttpHeaders; status: number }[];
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const key = await generatePackKey();
  let body = '';
  let etag = '';
  let isDown = false;
  const requests: PackServer['requests'] = [];
  const server = createServer((request, response) => {
    if (isDown) {
      request.socket.destroy();
      return;
    }
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== PACK_PATH) {
      response.writeHead(404).end();
      return;
    }
    const unchanged = request.headers['if-none-match'] === etag;
    requests.push({ headers: request.headers, status: unchanged ? 304 : 200 });
    // No Access-Control-Allow-Origin: only the host permission lets the extension read the pack.
    if (unchanged) response.writeHead(304, { ETag: etag }).end();
    else response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  let versions = 0;
  const meta = (version: string) => ({
    title: 'Thistledown river notes',
    publisher: 'Thistledown River Authority',
    version,
    updatedAt: '2026-10-02T00:00:00.000Z',
  });
  return {
    url: `http://127.0.0.1:${port}${PACK_PATH}`,
    publicKey: key.publicKey,
    async serve(millions, version) {
      body = JSON.stringify(
        await signPackDocument(buildPackDocument(articles(millions), meta(version)), key.privateKey),
      );
      etag = `"v${++versions}"`;
    },
    tamper(millions) {
      const document = JSON.parse(body) as { sources: { claims: { text: string }[] }[] };
      document.sources[0].claims[0].text = weirClaim(millions);
      body = JSON.stringify(document);
      etag = `"v${++versions}"`;
    },
    down: () => {
      isDown = true;
    },
    up: () => {
      isDown = false;
    },
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
