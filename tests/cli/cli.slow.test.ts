/**
 * The command-line tool as a user runs it: the built file (dist/cli/claimlens.mjs, built by the slow tier's global
 * setup when a source changed) in a process of its own, with its exit code, standard output and error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FILE } from '../../scripts/build-cli.mjs';

const run = (command: string, args: string[], cwd?: string) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const cli = (...args: string[]) => run(process.execPath, [CLI_FILE, ...args]);
/** Bad input: exit code 2, nothing on standard output, one line on stderr and no stack trace. */
const expectUsageError = (result: ReturnType<typeof cli>, message: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
};
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
const file = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('claimlens check', () => {
  it('prints the JSON report shape for a page restating a seed claim', () => {
    const page = file(
      'page.txt',
      'The National Intelligence Service confirmed its involvement in questioning the soldiers alongside Ukrainian authorities, lawmakers said.\n',
    );
    const { code, stdout } = cli('check', page, '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.page).toEqual({ title: '', url: '', publishedAt: '' });
    expect(report.claims).toHaveLength(1);
    const [claim] = report.claims;
    expect(claim.status).toBe('corroborated');
    expect(claim.matches[0]).toMatchObject({ stance: 'supports', source: { publisher: expect.any(String) } });
    expect(claim.matches[0].score).toBeGreaterThan(0);
    expect(claim.matches[0].score).toBeLessThanOrEqual(1);
  });

  it('reports a running total of another date as updated, with both dates and the newer side', () => {
    const article = (date: string, toll: string) =>
      `<html><head><title>Floods</title><meta property="article:published_time" content="${date}"></head><body><article>` +
      `<p>Floods in the Aldmere valley have killed ${toll} people, the regional government said.</p>` +
      '<p>Rescue teams from Port Sellin reached the valley by boat after the main road was washed away.</p>' +
      '</article></body></html>';
    const refs = mkdtempSync(join(scratch, 'refs-'));
    writeFileSync(join(refs, 'later.html'), article('2025-01-15', 'about 300'));
    const page = file('earlier.html', article('2024-12-19', 'about 100'));
    const json = JSON.parse(cli('check', page, '--format', 'json', '--reference', refs).stdout);
    expect(json.page.publishedAt).toBe('2024-12-19');
    const toll = json.claims.find((claim: { text: string }) => claim.text.includes('killed'));
    expect(toll.status).toBe('updated');
    expect(toll.matches[0]).toMatchObject({
      stance: 'updates',
      dates: { page: '2024-12-19', reference: '2025-01-15' },
      newer: 'reference',
    });
    const text = cli('check', page, '--reference', refs).stdout;
    expect(text).toContain('[UPDATED');
    expect(text).toContain('this page (2024-12-19) gives an earlier figure than the reference (2025-01-15)');
  });

  it.each([
    [['check', '/no/such/page.html'], /cannot read \/no\/such\/page.html: no such file/],
    [['check'], /check needs exactly one PAGE/],
    [['check', 'README.md', '--format', 'xml'], /--format must be json or text/],
    [['check', 'README.md', '--reference', '/no/such/refs'], /cannot read \/no\/such\/refs/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('fails with one clear line and exit 2: %j', (args, message) => {
    expectUsageError(cli(...args), message);
  });

  it('reads a page saved as UTF-16 as its UTF-8 twin', () => {
    const text =
      'The National Intelligence Service confirmed its involvement in questioning the soldiers alongside Ukrainian authorities, lawmakers said.\n';
    const utf16 = join(scratch, 'page-utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const twin = cli('check', file('page-utf8.txt', text), '--format', 'json');
    const read = cli('check', utf16, '--format', 'json');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).claims).toEqual(JSON.parse(twin.stdout).claims);
    expect(JSON.parse(read.stdout).claims).toHaveLength(1);
  });

  it('refuses a page with no article text', () => {
    const { code, stderr } = cli('check', file('empty.html', '<html><body><nav>Home</nav></body></html>'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no article text/);
  });

  it('names the bad record of a malformed JSON Lines reference file', () => {
    const refs = file('refs.jsonl', '{"id":"a","text":"One claim here."}\n{"id":"b","text":""}\n');
    const { code, stderr } = cli('check', file('p.txt', 'Some text about something.\n'), '--reference', refs);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 2 \(id "b"\): text must be a non-empty string/);
  });
});

describe('claimlens rank', () => {
  it('prints TREC run lines for each query', () => {
    const refs = file(
      'claims.jsonl',
      '{"id":"c1","text":"Vaccines cause autism in children."}\n{"id":"c2","text":"The moon landing was staged in a studio."}\n',
    );
    const queries = file('q.tsv', 'q1\tthey faked the moon landing in a studio\nq2\tdo vaccines cause autism\n');
    const { code, stdout } = cli('rank', '--reference', refs, '--queries', queries, '--top', '1');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines).toEqual([
      ['q1', '0', 'c2', '1', expect.any(String), 'claimlens'],
      ['q2', '0', 'c1', '1', expect.any(String), 'claimlens'],
    ]);
  });
});

describe('claimlens rank depth', () => {
  it('gives the first K lines of a deeper ranking for --top K', () => {
    const claims = Array.from(
      { length: 12 },
      (_, n) => `{"id":"r${n}","text":"The river ferry in town ${n} carried ${n + 3} hundred passengers a day."}`,
    );
    const refs = file('ferries.jsonl', `${claims.join('\n')}\n`);
    const queries = file('ferry-q.tsv', 'q1\tferry carried five hundred passengers\n');
    const ranked = (top: number) =>
      cli('rank', '--reference', refs, '--queries', queries, '--top', String(top)).stdout.trim().split('\n');
    const deep = ranked(12);
    expect(deep).toHaveLength(12);
    expect(ranked(3)).toEqual(deep.slice(0, 3));
  });
});

describe('claimlens compare', () => {
  it('prints one id<TAB>stance line per pair, in order', () => {
    const claim = 'A bakery in Leeds sold a loaf of bread for 500 pounds';
    const pairs = file(
      'pairs.tsv',
      [
        `p1\t${claim}\tLeeds bakery sells a 500-pound loaf of bread`,
        `p2\t${claim}\tThe 500-pound Leeds loaf is a hoax, bakery owner says it never happened`,
        '',
        `p3\t${claim}\tTrain services resumed after the storm passed over the coast`,
      ].join('\n'),
    );
    const { code, stdout, stderr } = cli('compare', '--pairs', pairs);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines.map(([id]) => id)).toEqual(['p1', 'p2', 'p3']);
    for (const [, stance] of lines) expect(['supports', 'contradicts', 'observing', 'unrelated']).toContain(stance);
    expect(lines[0][1]).toBe('supports');
    expect(lines[1][1]).toBe('contradicts');
    expect(lines[2][1]).toBe('unrelated');
  });

  it('skips a header line', () => {
    const pairs = file('header.tsv', 'id\treference\tsentence\nh1\tThe dam burst in May\tThe dam burst in May\n');
    expect(cli('compare', '--pairs', pairs).stdout).toMatch(/^h1\t\w+\n$/);
  });

  it.each([
    [['compare'], /compare needs --pairs FILE.tsv/],
    [['compare', '--pairs', '/no/such/pairs.tsv'], /cannot read \/no\/such\/pairs.tsv: no such file/],
    [['compare', '--pairs'], /option --pairs needs a value/],
    [['compare', '--top', '3'], /unknown option --top/],
  ])('fails with one clear line and exit 2: %j', (args, message) => {
    expectUsageError(cli(...args), message);
  });

  it.each([
    ['two fields', 'a1\tThe dam burst in May\n', /line 1 is not "id<TAB>reference claim<TAB>sentence" \(2 fields\)/],
    ['an empty sentence', 'a1\tThe dam burst\tThe dam held\na2\tThe dam burst\t \n', /line 2 has an empty field/],
    ['no pairs at all', '\n\n', /holds no pairs/],
  ])('refuses a file with %s, printing nothing else', (_, content, message) => {
    expectUsageError(cli('compare', '--pairs', file('bad.tsv', content)), message);
  });
});

describe('claimlens check FOLDER', () => {
  const restated =
    'The National Intelligence Service confirmed its involvement in questioning the soldiers alongside Ukrainian authorities, lawmakers said.\n';
  const folder = join(scratch, 'pages');
  mkdirSync(folder);
  writeFileSync(join(folder, 'b-restates.txt'), restated);
  writeFileSync(
    join(folder, 'a-story.html'),
    `<html><head><title>A story</title></head><body><p>${restated}</p></body></html>`,
  );
  writeFileSync(join(folder, 'c-unrelated.txt'), 'The ferry timetable changes in spring, the harbour office said.\n');
  writeFileSync(join(folder, 'notes.md'), 'Not a page: neither .html nor .txt.\n');
  mkdirSync(join(folder, 'inner'));
  writeFileSync(join(folder, 'inner', 'skipped.txt'), restated);

  it('writes one JSON Lines line per page, in name order, each the one-page report with its file name', () => {
    const { code, stdout, stderr } = cli('check', folder);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const reports = lines.map((line) => JSON.parse(line));
    expect(reports.map((report) => report.file)).toEqual(['a-story.html', 'b-restates.txt', 'c-unrelated.txt']);
    for (const [n, report] of reports.entries()) {
      const single = JSON.parse(cli('check', join(folder, report.file), '--format', 'json').stdout);
      expect(report).toEqual({ file: report.file, ...single });
      expect(lines[n]).toBe(JSON.stringify(report));
    }
    expect(reports[0].page.title).toBe('A story');
    expect(reports[1].claims[0].status).toBe('corroborated');
    expect(reports[2].claims).toEqual([]);
  });

  it('dates each page of a folder by its own publication date, as when it is checked alone', () => {
    const article = (date: string, toll: string) =>
      `<html><head><title>Storm</title><meta property="article:published_time" content="${date}"></head><body><article>` +
      `<p>The storm over the Keldan coast has killed ${toll} people, the coastguard said.</p></article></body></html>`;
    const refs = mkdtempSync(join(scratch, 'storm-refs-'));
    writeFileSync(join(refs, 'later.html'), article('2025-03-20', 'about 40'));
    const dated = mkdtempSync(join(scratch, 'storm-pages-'));
    writeFileSync(join(dated, 'earlier.html'), article('2025-03-11', 'about 12'));
    const [line] = cli('check', dated, '--reference', refs).stdout.trimEnd().split('\n');
    const report = JSON.parse(line);
    expect(report.claims[0].status).toBe('updated');
    expect(report.claims[0].matches[0]).toMatchObject({ newer: 'reference' });
    const single = JSON.parse(
      cli('check', join(dated, 'earlier.html'), '--format', 'json', '--reference', refs).stdout,
    );
    expect(report).toEqual({ file: 'earlier.html', ...single });
  });

  it('reports a page it cannot check on its own line, checks the others, and exits 2 with one line on stderr', () => {
    const mixed = join(scratch, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(mixed, 'good.txt'), restated);
    const { code, stdout, stderr } = cli('check', mixed);
    expect(code).toBe(2);
    const [empty, good] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(empty).toEqual({ file: 'empty.html', error: expect.stringMatching(/has no article text/) });
    expect(good.claims).toHaveLength(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/1 page\(s\) of .* could not be checked/)]);
  });

  it.each([
    [['check', folder, '--format', 'text'], /a folder's report is JSON Lines/],
    [['check', join(scratch, 'mixed', '..', 'no-such-folder')], /cannot read .*no-such-folder: no such file/],
  ])('fails with one clear line and exit 2: %j', (args, message) => {
    expectUsageError(cli(...args), message);
  });

  it('refuses a folder with no pages', () => {
    const bare = join(scratch, 'bare');
    mkdirSync(bare);
    expectUsageError(cli('check', bare), /holds no \.html or \.txt pages/);
  });
});

describe('the built tool', () => {
  it('finds the tagger tables from its own place, whatever the working folder', () => {
    const page = file('elsewhere.txt', 'The minister said the bridge would reopen in May after repairs.\n');
    const here = run(process.execPath, [CLI_FILE, 'check', page, '--format', 'json']);
    const elsewhere = run(process.execPath, [CLI_FILE, 'check', page, '--format', 'json'], tmpdir());
    expect(elsewhere.stderr).toBe('');
    expect(elsewhere.stdout).toBe(here.stdout);
  });

  it('prints what the TypeScript sources print (run with tsx), for a labelled page and its own reference folder', () => {
    const page = 'tests/fixtures/pages/other/dev2-01-rail.html';
    const refs = 'tests/fixtures/pages/other/refs';
    const args = ['check', page, '--format', 'json', '--reference', refs];
    const sources = run(join(process.cwd(), 'node_modules/.bin/tsx'), ['cli/main.ts', ...args]);
    const built = cli(...args);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout).claims.length).toBeGreaterThan(0);
    expect(built.stdout).toBe(sources.stdout);
  });

  it('is what `npm run cli --` runs, with the same output', () => {
    const args = ['check', 'tests/fixtures/pages/dev-01-wire-rewrite.html', '--format', 'json'];
    const viaNpm = run('npm', ['run', '--silent', 'cli', '--', ...args]);
    expect(viaNpm.stderr).toBe('');
    expect(viaNpm.stdout).toBe(cli(...args).stdout);
  });
});
