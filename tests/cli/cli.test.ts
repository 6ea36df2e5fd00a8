import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (...args: string[]) => {
  const result = spawnSync(tsx, ['cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
    expect(report.page).toEqual({ title: '', url: '' });
    expect(report.claims).toHaveLength(1);
    const [claim] = report.claims;
    expect(claim.status).toBe('corroborated');
    expect(claim.matches[0]).toMatchObject({ stance: 'supports', source: { publisher: expect.any(String) } });
    expect(claim.matches[0].score).toBeGreaterThan(0);
    expect(claim.matches[0].score).toBeLessThanOrEqual(1);
  });

  it.each([
    [['check', '/no/such/page.html'], /cannot read \/no\/such\/page.html: no such file/],
    [['check'], /check needs exactly one PAGE/],
    [['check', 'README.md', '--format', 'xml'], /--format must be json or text/],
    [['check', 'README.md', '--reference', '/no/such/refs'], /cannot read \/no\/such\/refs/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('fails with one clear line and exit 2: %j', (args, message) => {
    const { code, stderr, stdout } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
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
