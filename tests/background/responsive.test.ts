/**
 * The background answers other tabs while one request does long work (a large import, a long article): the
 * work runs in steps and other messages are answered between them. Asserted by order (what the store held
 * when an answer came, and whether the long request had ended), never by time.
 */
import { describe, expect, it } from 'vitest';
import { ReferenceService } from '../../background/service';
import { currentRevision, openStore } from '../../lib/store';
import { uniqueName } from '../helpers/store';
import { syntheticSentences } from '../helpers/synthetic';

const SEED_SENTENCE =
  "South Korea's spy agency has confirmed two North Korean soldiers captured by Ukrainian forces have not expressed interest in seeking asylum.";

interface Answer {
  /** The store's revision when the answer came (it moves when the long request's data is saved). */
  revision: number;
  sources: number;
  status: string | undefined;
}

/**
 * Sends a page check and a source list as messages arrive (each in a task of its own) until `long` ends, and
 * returns the answers that came before it ended.
 */
async function askWhile(service: ReferenceService, long: Promise<unknown>): Promise<Answer[]> {
  const { db } = await service.ready();
  let ended = false;
  void long.finally(() => {
    ended = true;
  });
  const answers: Answer[] = [];
  while (!ended) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [sources, check, revision] = await Promise.all([
      service.listSources(),
      service.checkText(SEED_SENTENCE),
      currentRevision(db),
    ]);
    if (!ended) answers.push({ revision, sources: sources.length, status: check?.status });
  }
  await long;
  return answers;
}

async function seededService() {
  const service = new ReferenceService({
    openDb: () => openStore(uniqueName('busy')),
    snapshotDelay: 60_000,
  });
  await service.installSeeds();
  return service;
}

describe('a busy background', () => {
  it('answers page checks and lists while a large file is imported, before and after its data is saved', async () => {
    const service = await seededService();
    const { db } = await service.ready();
    const before = await currentRevision(db);
    const content = syntheticSentences(3_000, 11)
      .map((text, n) => JSON.stringify({ id: `big-${n}`, text }))
      .join('\n');
    const importing = service.importReferences({ fileName: 'big.jsonl', content });
    const answers = await askWhile(service, importing);
    expect(await importing).toMatchObject({ sourcesAdded: 3_000, claimsAdded: 3_000 });
    // Every answer is a whole one: the seed sentence is found in the references.
    for (const answer of answers) expect(answer.status).toBe('corroborated');
    // Answered while the claims' features were computed (nothing saved yet) ...
    expect(answers.some((answer) => answer.revision === before && answer.sources === 2)).toBe(true);
    // ... and after the file was saved, while it was indexed and grouped.
    expect(answers.some((answer) => answer.revision > before && answer.sources > 2)).toBe(true);
  }, 60_000);

  it('answers while a long article is read, before it is saved', async () => {
    const service = await seededService();
    const { db } = await service.ready();
    const before = await currentRevision(db);
    const text = syntheticSentences(2_500, 13).join(' ');
    const meta = { title: 'Long', publisher: 'P', url: 'https://p.example/long', publishedAt: '' };
    const adding = service.addArticle({ meta, text });
    const answers = await askWhile(service, adding);
    expect((await adding).claimCount).toBeGreaterThan(2_000);
    expect(answers.some((answer) => answer.revision === before && answer.status === 'corroborated')).toBe(true);
  }, 60_000);

  it('answers other tabs while it checks a page with a million characters of text', async () => {
    const service = await seededService();
    const text = syntheticSentences(8_000, 17).join(' ').slice(0, 1_000_000);
    const checking = service.annotatePage({ url: 'https://news.example/huge', blocks: [{ id: 'b0', text }] });
    const answers = await askWhile(service, checking);
    expect((await checking).state).toBe('active');
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer.status).toBe('corroborated');
  }, 120_000);
});
