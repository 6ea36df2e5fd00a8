/**
 * Serves the fixture news pages from 127.0.0.1 on a free port, so the browsers see them as ordinary http pages
 * (content scripts do not run on file:// URLs). Node's http module only: no dependencies.
 *
 * Routes:
 *   /pages/NAME      tests/fixtures/pages/NAME (the labelled pages copied from the evaluation set)
 *   /e2e/NAME        tests/fixtures/e2e/NAME (pages written for the browser suites)
 *   /e2e/long-article.html?words=N   a generated article of about N words (default 10,000)
 * The strict-CSP page is served with `Content-Security-Policy: default-src 'none'; style-src 'self'`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { longArticleHtml } from './long-article';

/** The strict policy the CSP fixture page is served with. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

const FIXTURES = resolve('tests/fixtures');
const FOLDERS: Record<string, string> = { pages: join(FIXTURES, 'pages'), e2e: join(FIXTURES, 'e2e') };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file inside one of the fixture folders; null for anything else. */
function fixtureFile(pathname: string): string | null {
  const [, folder, ...rest] = pathname.split('/');
  const root = FOLDERS[folder ?? ''];
  if (!root || rest.length === 0) return null;
  const file = normalize(join(root, decodeURIComponent(rest.join('/'))));
  return file.startsWith(root + sep) ? file : null;
}

/** Starts the server on 127.0.0.1 and a port the system picks; resolves once it listens. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (url.pathname === '/e2e/long-article.html') {
      const words = Number(url.searchParams.get('words') ?? 10_000);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html']! });
      response.end(longArticleHtml(Number.isFinite(words) && words > 0 ? words : 10_000));
      return;
    }
    const file = fixtureFile(url.pathname);
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      if (url.pathname === '/e2e/strict-csp.html') headers['Content-Security-Policy'] = STRICT_CSP;
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  return listenOnLoopback(server);
}

/** Starts `server` on a free port of 127.0.0.1: its origin, and how to close it with its connections. */
export async function listenOnLoopback(server: Server): Promise<{ origin: string; close: () => Promise<void> }> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
