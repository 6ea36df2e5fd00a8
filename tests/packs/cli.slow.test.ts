/**
 * The publisher's pack commands as a user runs them: the built command-line tool in a process of its own.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_FILE } from '../../scripts/build-cli.mjs';
import { DATA_FEED, REVIEWS } from './fixtures';

/** The built command-line tool (the slow tier's global setup builds it when a source changed). */
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI_FILE, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
/** The CLI without blocking this process (it downloads from a server running here). */
const cliAsync = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI_FILE, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};
/** Bad input: exit code 2, one line on stderr and no stack trace. */
const expectRefusal = (result: ReturnType<typeof cli>, message: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
};

const scratch = mkdtempSync(join(tmpdir(), 'claimlens-pack-'));
const file = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const articles = join(scratch, 'articles');
mkdirSync(articles);
writeFileSync(
  join(articles, 'pier.txt'),
  'Keswold opens a ferry pier\n\nThe Keswold council opened a new ferry pier on Tuesday. The pier cost 4 million crowns to build.\n',
);
const jsonl = file(
  'claims.jsonl',
  '{"id":"k1","text":"Orrin has three public libraries."}\n{"id":"k2","text":"The Orrin marathon drew 5,000 runners."}\n',
);
const reviews = file('reviews.json', JSON.stringify(REVIEWS.slice(0, 2)));
const feed = file('feed.json', JSON.stringify({ ...DATA_FEED, dataFeedElement: [REVIEWS[2]] }));

const info = (stdout: string) =>
  Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/: (.*)/s).slice(0, 2)),
  );

/** Each step runs the CLI a few times; on a busy machine one run takes seconds. */
const SLOW = { timeout: 90_000 };

describe('claimlens pack, publisher to reader', SLOW, () => {
  const pack = join(scratch, 'river.json');
  const key = join(scratch, 'key.json');
  const signed = join(scratch, 'river.signed.json');
  let publicKey = '';

  it('builds one pack from a folder, JSON Lines, ClaimReview and a DataFeed', () => {
    const built = cli(
      'pack',
      'build',
      articles,
      jsonl,
      reviews,
      feed,
      '--title',
      'River desk',
      '--publisher',
      'Thistledown Gazette',
      '--version',
      '12',
      '--updated',
      '2026-11-30T12:00:00Z',
      '--out',
      pack,
    );
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/wrote .*river\.json: "River desk" version 12, 8 claims from 6 sources/);
    const written = JSON.parse(readFileSync(pack, 'utf8'));
    expect(written.pack).toEqual({
      title: 'River desk',
      publisher: 'Thistledown Gazette',
      version: '12',
      updatedAt: '2026-11-30T12:00:00.000Z',
    });
    const ferry = written.sources.find((s: { url: string }) => s.url === 'https://checkers.example/review/3');
    expect(ferry).toMatchObject({
      publisher: 'Lantern Checks',
      publishedAt: '2026-09-13',
      addedAt: '2026-11-30T12:00:00.000Z',
    });
    expect(ferry.claims[0].review.rating).toBe('True');
  });

  it('makes a key, signs, and verifies with and without the key', () => {
    const made = cli('pack', 'keygen', '--out', key);
    expect(made.code).toBe(0);
    publicKey = made.stdout.trim();
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(key).mode & 0o077).toBe(0);
    expect(cli('pack', 'sign', pack, '--key', key, '--out', signed).code).toBe(0);
    for (const args of [[], ['--key', publicKey]]) {
      const verified = cli('pack', 'verify', signed, ...args);
      expect(verified.code).toBe(0);
      expect(info(verified.stdout)).toEqual({
        title: 'River desk',
        publisher: 'Thistledown Gazette',
        version: '12',
        updated: '2026-11-30T12:00:00.000Z',
        format: 'export',
        claims: '8 (from 6 sources)',
        signature: `holds (Ed25519 key ${publicKey})`,
      });
    }
  });

  it('exits 2 for an unsigned pack, a changed claim, and another key', () => {
    const unsigned = cli('pack', 'verify', pack);
    expect(info(unsigned.stdout).signature).toBe('none (the pack is not signed)');
    expectRefusal(unsigned, /the pack is not signed/);
    const tampered = file(
      'tampered.json',
      readFileSync(signed, 'utf8').replace('three public libraries', 'four public libraries'),
    );
    expectRefusal(cli('pack', 'verify', tampered), /signature does not match its content/);
    const other = cli('pack', 'keygen', '--out', join(scratch, 'other.json')).stdout.trim();
    const wrongKey = cli('pack', 'verify', signed, '--key', other);
    expect(info(wrongKey.stdout).signature).toMatch(/does not hold for the key given/);
    expectRefusal(wrongKey, /signed by another key/);
  });

  it('verifies a pack at a URL, with the key given in its fragment', async () => {
    const body = readFileSync(signed);
    const server = createServer((request, response) => {
      if (request.url !== '/river.json') response.writeHead(404).end();
      else response.writeHead(200, { 'Content-Type': 'application/json', ETag: '"12"' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const good = await cliAsync('pack', 'verify', `http://127.0.0.1:${port}/river.json#key=${publicKey}`);
      expect(good.code).toBe(0);
      expect(info(good.stdout).claims).toBe('8 (from 6 sources)');
      const other = 'A'.repeat(43);
      expectRefusal(
        await cliAsync('pack', 'verify', `http://127.0.0.1:${port}/river.json#key=${other}`),
        /another key/,
      );
      expectRefusal(await cliAsync('pack', 'verify', `http://127.0.0.1:${port}/gone.json`), /host answered 404/);
    } finally {
      server.close();
    }
  });
});

describe('claimlens pack refuses bad input in one line with exit 2', SLOW, () => {
  it.each([
    [['pack'], /pack needs a command/],
    [['pack', 'frob'], /unknown pack command "frob"/],
    [['pack', 'build', jsonl, '--publisher', 'P', '--out', join(scratch, 'x.json')], /pack build needs --title/],
    [['pack', 'build', '--title', 'T', '--publisher', 'P', '--out', join(scratch, 'x.json')], /at least one SOURCE/],
    [
      ['pack', 'build', '/no/such/dir', '--title', 'T', '--publisher', 'P', '--out', join(scratch, 'x.json')],
      /cannot read \/no\/such\/dir/,
    ],
    [
      ['pack', 'build', jsonl, jsonl, '--title', 'T', '--publisher', 'P', '--out', join(scratch, 'x.json')],
      /source id "k1" is already used/,
    ],
    [
      [
        'pack',
        'build',
        jsonl,
        '--title',
        'T',
        '--publisher',
        'P',
        '--updated',
        'soon',
        '--out',
        join(scratch, 'x.json'),
      ],
      /--updated "soon" is not an ISO 8601 date/,
    ],
    [
      ['pack', 'verify', file('cut.json', '{"format":"claimlens-reference","version":1,"sources":[{"id":')],
      /truncated/,
    ],
    [['pack', 'verify', file('empty.json', '')], /The pack is empty/],
    [['pack', 'verify', jsonl, '--key', 'short'], /43 base64url characters/],
    [['pack', 'verify', 'http://packs.example/p.json'], /must start with https/],
    [
      ['pack', 'sign', jsonl, '--key', file('k.json', '{}'), '--out', join(scratch, 'y.json')],
      /json-lines pack cannot carry a signature/,
    ],
    [
      ['pack', 'sign', reviews, '--key', file('bad-key.json', '{"kty":"RSA"}'), '--out', join(scratch, 'y.json')],
      /claim-review pack cannot carry a signature/,
    ],
    [
      ['pack', 'sign', feed, '--key', file('bad-key2.json', '{"kty":"RSA"}'), '--out', join(scratch, 'y.json')],
      /not an Ed25519 private key: kty/,
    ],
  ])('%j', (args, message) => {
    expectRefusal(cli(...args), message);
  });
});
