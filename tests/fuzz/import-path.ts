/**
 * Fuzz area (a): the import path. Every input goes through `importReferences`, the function the background runs
 * for the popup's Import (parse, limits, one transaction, regroup), on a store that already holds seeds, the
 * reader's own claims, a "Not a match" mark and changed settings. A refusal must be a clear message with the
 * store exactly as before (a full export and every table compared); an accepted file must keep everything that
 * was there, add what it says it added, and leave each new source listable, deletable and restorable (Undo).
 */
import { LIMITS } from '../../lib/limits';
import * as store from '../../lib/store';
import type { ImportResult } from '../../messaging/protocol';
import { emptyLibrary } from '../helpers/store';
import type { Area, Kind, ResultProblem, Trial } from './harness';
import {
  bytesAsText,
  FIELD_STRINGS,
  fieldOf,
  type JsonPath,
  mutate,
  named,
  nestedJson,
  pathsOf,
  type Random,
  randomBytes,
  randomJson,
  SENTENCES,
  seededRandom,
  valueAt,
  WRONG_VALUES,
  withValueAt,
} from './inputs';
import { storeState, withoutPauses } from './store-state';

const NOW = new Date('2025-03-01T00:00:00Z');

export interface ImportContext {
  library: store.Library;
  /** An empty store that each accepted file's new sources are exported into and read back from. */
  spare: store.Library;
  /** A new tag for each case, so accepted files do not collide with earlier ones. */
  tag(): string;
}

/** A store as a reader's would be: seeds, own claims, a "Not a match" mark, changed settings. */
export async function importContext(): Promise<ImportContext> {
  const library = withoutPauses(await emptyLibrary());
  await store.installSeeds(library, NOW);
  await store.addClaims(library, { texts: SENTENCES.slice(0, 2) }, NOW);
  await store.markNotAMatch(
    library.db,
    { pageUrl: 'https://news.example/a', sentence: 'A page sentence.', claimIds: [`${store.MY_CLAIMS_ID}#0`] },
    NOW,
  );
  await store.setSettings(library.db, { sensitivity: 0.7, pausedSites: ['quiet.example'] });
  let serial = 0;
  return {
    library,
    spare: withoutPauses(await emptyLibrary()),
    tag: () => {
      serial += 1;
      return `f${serial}`;
    },
  };
}

interface Entry {
  id: string;
  sourceId?: string;
  text?: string;
  title?: string;
}

/** Sources and claims of an export, by id. */
function records(content: string): Map<string, Entry> {
  const file = JSON.parse(content) as { sources: (Entry & { claims: Entry[] })[] };
  const byId = new Map<string, Entry>();
  for (const { claims, ...source } of file.sources) {
    byId.set(`source ${source.id}`, { id: source.id, title: source.title });
    for (const claim of claims) byId.set(`claim ${claim.id}`, { id: claim.id, sourceId: source.id, text: claim.text });
  }
  return byId;
}

/** Records in the order of their keys (Undo may put a source back at the end of the list: not a loss). */
function sorted(byId: Map<string, Entry>): [string, Entry][] {
  return [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What is wrong after an accepted import: a record that was there and is gone or changed, counts that do not
 * add up, or a new source that cannot be listed, or deleted and put back exactly (the reader's Undo).
 */
async function checkImport(
  { library, spare }: ImportContext,
  before: string,
  result: ImportResult,
  undo: boolean,
): Promise<ResultProblem> {
  const after = store.exportReferences(library, undefined, NOW).content;
  const old = records(before);
  const now = records(after);
  for (const [key, record] of old) {
    if (JSON.stringify(now.get(key)) !== JSON.stringify(record)) return { lost: `${key} was lost or changed` };
  }
  const kinds = (map: Map<string, Entry>, kind: string) => [...map.keys()].filter((key) => key.startsWith(kind));
  const addedSources = kinds(now, 'source ').length - kinds(old, 'source ').length;
  const addedClaims = kinds(now, 'claim ').length - kinds(old, 'claim ').length;
  if (addedSources !== result.sourcesAdded || addedClaims !== result.claimsAdded) {
    return {
      wrong: `said ${result.sourcesAdded} sources / ${result.claimsAdded} claims added; the store gained ${addedSources} / ${addedClaims}`,
    };
  }
  const fresh = kinds(now, 'source ')
    .filter((key) => !old.has(key))
    .map((key) => (now.get(key) as Entry).id);
  let problem = await checkSources(library, fresh.slice(0, undo ? 3 : 1), now, undo);
  if (!problem && undo) problem = await roundTrip(library, spare, fresh);
  // Back to the store as it was, so the next case's full-state comparison stays small and fast.
  for (const id of fresh) await store.deleteSource(library, id);
  return problem;
}

/** An object with its keys in order (an export may list a record's fields in another order: not a change). */
function ordered<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))) as T;
}

/** An export's sources and claims without what a store works out for itself (same-fact groups), in id order. */
function comparable(content: string): string {
  const file = JSON.parse(content) as { sources: { id: string; claims: { groupId?: string }[] }[] };
  const sources = file.sources
    .map(({ claims, ...source }) => ({
      ...ordered(source),
      claims: claims.map(({ groupId: _group, ...claim }) => ordered(claim)),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(sources);
}

/**
 * The new sources, exported and imported into an empty store, come back exactly as they were stored (what a reader
 * moving to another browser gets). Leaves the spare store empty again.
 */
async function roundTrip(library: store.Library, spare: store.Library, ids: string[]): Promise<ResultProblem> {
  if (ids.length === 0) return undefined;
  const file = store.exportReferences(library, ids, NOW).content;
  try {
    await store.importReferences(spare, 'moved.json', file, NOW);
  } catch (error) {
    return { lost: `its export could not be imported again: ${(error as Error).message}` };
  }
  const again = store.exportReferences(spare, ids, NOW).content;
  for (const id of ids) await store.deleteSource(spare, id);
  return comparable(again) === comparable(file) ? undefined : { lost: 'its export, imported again, differs' };
}

/** Each source lists all its claims; with `undo`, deleting it and putting it back gives the same records. */
async function checkSources(
  library: store.Library,
  ids: string[],
  now: Map<string, Entry>,
  undo: boolean,
): Promise<ResultProblem> {
  for (const id of ids) {
    const claims = [...now.values()].filter((record) => record.sourceId === id).length;
    const listed = store.listClaims(library, { sourceId: id, limit: 1 }).total;
    if (listed !== claims) return { wrong: `source ${JSON.stringify(id)} lists ${listed} of its ${claims} claims` };
    if (!undo) continue;
    const removed = await store.deleteSource(library, id);
    await store.restore(library, removed);
    const restored = records(store.exportReferences(library, undefined, NOW).content);
    if (JSON.stringify(sorted(restored)) !== JSON.stringify(sorted(now))) {
      return { lost: `deleting source ${JSON.stringify(id)} and undoing lost data` };
    }
  }
  return undefined;
}

/**
 * What a case expects; `undo: false` skips the round trips of what it added (Delete → Undo, export → import into
 * an empty store), which are slow: for the many cases that only change a field's type.
 */
type Expect = Pick<Trial, 'names' | 'mustAccept' | 'mustRefuse'> & { undo?: boolean };

/** One file through the import path. */
function importTrial(
  context: ImportContext,
  label: string,
  fileName: string,
  content: string,
  expect: Expect = {},
): Trial {
  const { library } = context;
  const { undo = true, ...rest } = expect;
  return {
    label,
    ...rest,
    state: () => storeState(library),
    run: async () => {
      const before = store.exportReferences(library, undefined, NOW).content;
      const result = await store.importReferences(library, fileName, content, NOW);
      return checkImport(context, before, result, undo);
    },
  };
}

/** The three formats' valid files, with ids and URLs made unique by `tag`. */
function validFiles(tag: string) {
  const exportFile = {
    format: 'claimlens-reference',
    version: 1,
    exportedAt: '2025-02-01T00:00:00.000Z',
    sources: [
      {
        id: `${tag}-src`,
        title: 'Harbour report',
        publisher: 'Harbour Gazette',
        url: `https://gazette.example/${tag}`,
        publishedAt: '2025-01-20',
        addedAt: '2025-01-21T10:00:00.000Z',
        origin: 'import',
        enabled: true,
        claims: [
          { id: `${tag}-src#0`, text: SENTENCES[0], start: 0, end: SENTENCES[0].length },
          {
            id: `${tag}-src#1`,
            text: SENTENCES[2],
            start: 70,
            end: 70 + SENTENCES[2].length,
            review: { rating: 'False', appearances: ['https://rumour.example/1'] },
          },
        ],
      },
    ],
  };
  const jsonLine = { id: `${tag}-line`, text: SENTENCES[3], title: 'Museum notes', url: `https://m.example/${tag}` };
  const claimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://checks.example/${tag}`,
    claimReviewed: SENTENCES[1],
    datePublished: '2025-01-05',
    author: { '@type': 'Organization', name: 'Check Desk' },
    reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
    itemReviewed: { '@type': 'Claim', appearance: [{ url: 'https://rumour.example/2' }] },
  };
  return { exportFile, jsonLine, claimReview };
}

type Format = 'export' | 'json-lines' | 'claim-review';

/** A valid file of a format as text, from its record (as `validFiles` gives it, perhaps changed). */
function asFile(format: Format, value: unknown): { fileName: string; content: string } {
  if (format === 'json-lines') {
    const other = JSON.stringify({ id: 'fixed-other-line', text: SENTENCES[1] });
    return { fileName: 'claims.jsonl', content: `${other}\n${JSON.stringify(value)}\n` };
  }
  if (format === 'claim-review') {
    // As publishers write JSON-LD into a page: "<" escaped, so a "</script>" in a value does not end the script.
    const script = `<script type="application/ld+json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
    return { fileName: 'check.html', content: `<!doctype html><html><head>${script}</head><body></body></html>` };
  }
  return { fileName: 'references.json', content: JSON.stringify(value, null, 1) };
}

function recordOf(format: Format, tag: string): unknown {
  const files = validFiles(tag);
  return format === 'export' ? files.exportFile : format === 'json-lines' ? files.jsonLine : files.claimReview;
}

const FORMATS: Format[] = ['export', 'json-lines', 'claim-review'];

/**
 * Stored fields of each format: a value over every field limit there must be refused naming the field.
 * (Other fields are read loosely, e.g. a review's date, or not stored.)
 */
const STORED: Record<Format, ReadonlySet<string>> = {
  export: new Set(['id', 'title', 'publisher', 'url', 'publishedAt', 'addedAt', 'text', 'rating', 'appearances']),
  'json-lines': new Set(['id', 'text', 'title', 'url']),
  'claim-review': new Set(['claimReviewed', 'url', 'name', 'alternateName']),
};

/** The paths of a format's record that a case changes: every field (the export's fixed header too). */
function fieldPaths(format: Format): JsonPath[] {
  return pathsOf(recordOf(format, 'x')).filter((path) => path.length > 0);
}

/**
 * For each format and each field, `values` in turn: refused (naming the field, when `namesField`) or accepted
 * with the store intact.
 */
function* everyField(
  context: ImportContext,
  values: Record<string, unknown>,
  expect: (format: Format, path: JsonPath, value: unknown) => Expect,
  strings = false,
): Iterable<Trial> {
  for (const format of FORMATS) {
    const record = recordOf(format, 'x');
    for (const path of fieldPaths(format)) {
      if (strings && typeof valueAt(record, path) !== 'string') continue;
      // JSON-LD's own keywords ("@type", "@context") only decide whether a record is a ClaimReview at all: the
      // wrong-type kind tries them; text in them tells nothing more.
      if (strings && String(path[path.length - 1]).startsWith('@')) continue;
      for (const [valueName, value] of Object.entries(values)) {
        const tag = context.tag();
        const changed = withValueAt(recordOf(format, tag), path, value);
        const { fileName, content } = asFile(format, changed);
        yield importTrial(
          context,
          `${format} ${path.join('.')} = ${valueName}`,
          fileName,
          content,
          expect(format, path, value),
        );
      }
    }
  }
}

/**
 * A refusal of a wrong value in a record's field names that field (fields of the export's fixed header excepted;
 * a ClaimReview's nested field by its top-level name: "author", "itemReviewed.appearance").
 */
function namesRecordField(format: Format, path: JsonPath): RegExp | undefined {
  const field = format === 'claim-review' ? String(path[0]) : fieldOf(path);
  // A page whose markup is not a ClaimReview ("@type" changed) holds none: nothing more to name.
  if (!field || field.startsWith('@') || (format === 'export' && path.length < 3)) return undefined;
  return named(field);
}

function randomName(random: Random): string {
  return random.pick(['references.json', 'claims.jsonl', 'check.html', 'refs', 'REFS.JSON', 'a.ndjson', 'x.xhtml', '']);
}

/** The kinds of the import path. */
const importKinds: Kind<ImportContext>[] = [
  {
    name: 'random bytes',
    *trials(context) {
      const random = seededRandom(101);
      for (let n = 0; n < 40; n += 1) {
        const encoding = random.int(2) ? 'utf8' : 'latin1';
        const text = bytesAsText(randomBytes(random, 1 + random.int(3_000)), encoding);
        yield importTrial(context, `#${n} (${encoding})`, randomName(random), text);
      }
    },
  },
  {
    name: 'random bytes after a valid start',
    *trials(context) {
      const random = seededRandom(102);
      const starts = [
        '{"format": "claimlens-reference", "version": 1, "sources": [{"id": "a", "title": "T", "claims": [',
        '{"id": "b", "text": "',
        '<html><script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "',
        '{"@graph": [{"@type": "ClaimReview", ',
      ];
      for (let n = 0; n < 24; n += 1) {
        const text = random.pick(starts) + bytesAsText(randomBytes(random, 1 + random.int(500)), 'utf8');
        yield importTrial(context, `#${n}`, randomName(random), text);
      }
    },
  },
  {
    name: 'random JSON',
    *trials(context) {
      const random = seededRandom(103);
      for (let n = 0; n < 60; n += 1) {
        const value = randomJson(random, 6);
        const lines = random.int(3) === 0;
        const text = lines
          ? Array.from({ length: 1 + random.int(4) }, () => JSON.stringify(randomJson(random, 4))).join('\n')
          : JSON.stringify(value);
        yield importTrial(context, `#${n}${lines ? ' (lines)' : ''}`, randomName(random), text);
      }
    },
  },
  {
    name: 'valid files with random edits',
    *trials(context) {
      const random = seededRandom(104);
      for (let n = 0; n < 60; n += 1) {
        const format = random.pick(FORMATS);
        const { fileName, content } = asFile(format, recordOf(format, context.tag()));
        yield importTrial(context, `#${n} (${format})`, fileName, mutate(random, content));
      }
    },
  },
  {
    name: 'a wrong type in every field',
    trials: (context) =>
      everyField(context, WRONG_VALUES, (format, path) => ({ names: namesRecordField(format, path), undo: false })),
  },
  {
    name: 'every field missing',
    trials: (context) =>
      everyField(context, { missing: undefined }, (format, path) => ({
        names: namesRecordField(format, path),
        undo: false,
      })),
  },
  {
    name: 'hostile Unicode and text in every text field',
    trials: (context) =>
      everyField(context, FIELD_STRINGS, (format, path) => ({ names: namesRecordField(format, path) }), true),
  },
  {
    name: 'every field over its limit',
    trials: (context) =>
      everyField(
        context,
        { '100,001 characters': 'x'.repeat(100_001) },
        (format, path) => {
          const field = fieldOf(path) ?? '';
          const stored = STORED[format].has(field) && typeof path[path.length - 1] === 'string';
          const names = namesRecordField(format, path);
          return stored
            ? { names, mustRefuse: 'every stored field is limited to 10,000 characters or fewer' }
            : { names };
        },
        true,
      ),
  },
  {
    name: 'deep nesting',
    *trials(context) {
      const deep = (depth: number, kind: 'list' | 'object') => nestedJson(depth, kind);
      for (const depth of [LIMITS.jsonDepth - 2, LIMITS.jsonDepth + 1, 5_000, 200_000]) {
        const over = depth > LIMITS.jsonDepth;
        const names = over ? /levels deep/ : undefined;
        for (const kind of ['list', 'object'] as const) {
          yield importTrial(context, `${kind}s ${depth} deep`, 'deep.json', deep(depth, kind), { names });
          const tag = context.tag();
          const line = `{"id": "${tag}", "text": "${SENTENCES[0]}", "extra": ${deep(depth, kind)}}`;
          yield importTrial(context, `${kind}s ${depth} deep in a JSON line`, 'deep.jsonl', `${line}\n${line}`, {
            names,
          });
          const record = JSON.stringify(validFiles(context.tag()).exportFile).replace(
            '"exportedAt"',
            `"extra": ${deep(depth, kind)}, "exportedAt"`,
          );
          yield importTrial(context, `${kind}s ${depth} deep in an export`, 'refs.json', record, { names });
          const review = JSON.stringify({ ...validFiles(context.tag()).claimReview, extra: 0 }).replace(
            '"extra":0',
            `"extra": ${deep(depth, kind)}`,
          );
          const page = `<html><script type="application/ld+json">${review}</script></html>`;
          yield importTrial(context, `${kind}s ${depth} deep in page JSON-LD`, 'page.html', page);
        }
      }
    },
  },
  {
    name: 'huge runs',
    *trials(context) {
      const line = (tag: string) => JSON.stringify({ id: tag, text: SENTENCES[1] });
      const cases: [string, string, string][] = [
        [
          '200,000 spaces in one record',
          'claim.json',
          `{"id": "${context.tag()}",${' '.repeat(200_000)}\n"text": "x y"}`,
        ],
        [
          '200,000 blank lines between lines',
          'c.jsonl',
          `${line(context.tag())}${'\n'.repeat(200_000)}${line(context.tag())}`,
        ],
        [
          '200,000 spaces and newlines',
          'c.jsonl',
          `${line(context.tag())}\n${' \n'.repeat(100_000)}${line(context.tag())}`,
        ],
        [
          'a text padded with 200,000 spaces',
          'c.jsonl',
          JSON.stringify({ id: context.tag(), text: `${' '.repeat(200_000)}${SENTENCES[2]}` }),
        ],
        ['1,000,000 "{"', 'x.json', '{'.repeat(1_000_000)],
        ['1,000,000 quotes', 'x.json', '"'.repeat(1_000_000)],
        ['1,000,000 backslashes in a string', 'x.json', `{"id": "\\${'\\'.repeat(1_000_000)}"}`],
        ['1,000,000 commas in a list', 'x.json', `[${','.repeat(1_000_000)}]`],
        ['2,000,000 letters', 'x.txt', 'a'.repeat(2_000_000)],
        ['500,000 NUL', 'x.json', '\u0000'.repeat(500_000)],
        [
          '"Mr. " × 2,400 as a claim',
          'c.jsonl',
          JSON.stringify({ id: context.tag(), text: `${'Mr. '.repeat(2_400)}Smith left.` }),
        ],
      ];
      for (const [label, name, content] of cases) yield importTrial(context, label, name, content);
      // Sizes that once took minutes and gigabytes (issue 15): refused by the limits table, at once.
      const over = LIMITS.claimsPerImport + 1;
      const many = Array.from({ length: over }, (_, n) => `{"id": "many-${n}", "text": "Claim ${n} was made."}`);
      yield importTrial(context, `${over.toLocaleString('en-US')} claims in JSON Lines`, 'c.jsonl', many.join('\n'), {
        names: /claims|lines/,
        mustRefuse: `an import holds at most ${LIMITS.claimsPerImport.toLocaleString('en-US')} claims`,
      });
      const huge = JSON.stringify({ id: context.tag(), text: 'All quiet. '.repeat(1_000_000) });
      yield importTrial(context, 'a claim text of 11,000,000 characters', 'c.jsonl', huge, {
        names: /text/,
        mustRefuse: 'a claim is at most 10,000 characters',
      });
    },
  },
  {
    name: 'hostile HTML with JSON-LD',
    *trials(context) {
      const review = () => JSON.stringify(validFiles(context.tag()).claimReview);
      const good = () => `<script type="application/ld+json">${review()}</script>`;
      const cases: [string, string][] = [
        ['20,000 unclosed JSON-LD tags', `<html>${good()}${'<script type="application/ld+json">{'.repeat(20_000)}`],
        ['50,000 "<script" without ">"', `<html>${good()}${'<script'.repeat(50_000)}`],
        ['10,000 unclosed comments', `<html>${'<!--'.repeat(10_000)}${good()}`],
        [
          '"</script" inside a JSON string',
          `<html><script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "a</script>b"}</script>`,
        ],
        [
          'JSON-LD with bad JSON beside a good one',
          `<html><script type="application/ld+json">{nope</script>${good()}</html>`,
        ],
        ['only bad JSON-LD', '<html><script type="application/ld+json">{nope</script></html>'],
        ['no JSON-LD at all', `<!doctype html><html><body><p>${SENTENCES[0]}</p></body></html>`],
        ['200 reviews in one page', `<html>${Array.from({ length: 200 }, good).join('')}</html>`],
        ['upper-case tags and odd quoting', `<HTML><SCRIPT TYPE='application/LD+JSON' >${review()}</SCRIPT>`],
      ];
      for (const [label, content] of cases) yield importTrial(context, label, 'page.html', content);
    },
  },
  {
    name: 'odd files',
    *trials(context) {
      const tag = () => context.tag();
      const exportOf = (sources: unknown[]) =>
        JSON.stringify({ format: 'claimlens-reference', version: 1, exportedAt: '', sources });
      const source = (id: string, claims: unknown[], extra: object = {}) => ({ id, title: 'T', claims, ...extra });
      const claim = (id: string, text = SENTENCES[0], extra: object = {}) => ({ id, text, ...extra });
      const utf16 = (bytes: Buffer) => bytes.toString('utf8');
      const valid = JSON.stringify(validFiles(tag()).exportFile);
      const manyClaims = Array.from({ length: LIMITS.claimsPerSource + 1 }, (_, n) => claim(`m#${n}`, `Claim ${n}.`));
      const t1 = tag();
      const t2 = tag();
      const cases: [string, string, string, Expect?][] = [
        ['empty', 'a.json', ''],
        ['a byte order mark only', 'a.json', '\ufeff'],
        ['white space only', 'a.jsonl', ' \n\t\r\n '],
        [
          'UTF-16LE with BOM, read as UTF-8',
          'a.json',
          utf16(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')])),
        ],
        ['UTF-16BE with BOM, read as UTF-8', 'a.json', utf16(Buffer.from(`\ufeff${valid}`, 'utf16le').swap16())],
        ['JSON with comments', 'a.json', `// refs\n${valid}`],
        ['two JSON documents', 'a.json', `${valid}${valid}`],
        ['trailing comma', 'a.json', `${valid.slice(0, -1)},}`],
        ['CSV', 'a.csv', `id,text\n1,${SENTENCES[0]}\n`],
        ['XML', 'a.xml', `<?xml version="1.0"?><claims><claim id="1">${SENTENCES[0]}</claim></claims>`],
        ['prose', 'a.txt', SENTENCES.join(' ')],
        ['version 2 export', 'a.json', valid.replace('"version":1', '"version":2')],
        ['export of no sources', 'a.json', exportOf([])],
        [
          'a source with 20,001 claims',
          'a.json',
          exportOf([source(`${t1}`, manyClaims)]),
          { names: /claims/, mustRefuse: 'a source holds at most 20,000 claims' },
        ],
        [
          'two sources with one id',
          'a.json',
          exportOf([source(t2, [claim(`${t2}#0`)]), source(t2, [claim(`${t2}#1`)])]),
        ],
        [
          'two claims with one id',
          'a.json',
          exportOf([source(`${tag()}`, [claim('dup#0'), claim('dup#0', SENTENCES[1])])]),
        ],
        [
          'one claim id in two sources',
          'a.json',
          exportOf([source(`${tag()}`, [claim('shared#0')]), source(`${tag()}`, [claim('shared#0', SENTENCES[1])])]),
        ],
        ['a seed source id', 'a.json', exportOf([source('seed-ap-2025-01', [claim(`${tag()}#0`)])])],
        ['the "My claims" source id', 'a.json', exportOf([source(store.MY_CLAIMS_ID, [claim(`${tag()}#0`)])])],
        [
          'ids that are object keys',
          'a.json',
          exportOf(
            ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((id) => source(id, [claim(`${id}#0`)])),
          ),
        ],
        ['ids "#" and "a#0"', 'a.json', exportOf([source('#', [claim('a#0')])])],
        [
          'ids padded with spaces',
          'a.jsonl',
          `${JSON.stringify({ id: ` ${tag()} `, text: SENTENCES[0] })}\n${JSON.stringify({ id: 7, text: SENTENCES[1] })}`,
        ],
        [
          'ids 1 and "1"',
          'a.jsonl',
          `${JSON.stringify({ id: 1, text: SENTENCES[0] })}\n${JSON.stringify({ id: '1', text: SENTENCES[1] })}`,
        ],
        [
          'a date that is not a date',
          'a.json',
          exportOf([source(tag(), [claim(`${tag()}#0`)], { publishedAt: '31/02/99 <b>', addedAt: 'yesterday' })]),
        ],
        [
          'start after end',
          'a.json',
          exportOf([source(tag(), [claim(`${tag()}#0`, SENTENCES[0], { start: 90, end: 3 })])]),
        ],
        [
          'negative offsets',
          'a.json',
          exportOf([source(tag(), [claim(`${tag()}#0`, SENTENCES[0], { start: -5 })])]),
          { names: /start/ },
        ],
        [
          'offsets of 1e400',
          'a.json',
          exportOf([source(tag(), [claim(`${tag()}#0`)])]).replace('"id"', '"start": 1e400, "id"'),
          {},
        ],
        [
          'a claim text of 1,000,000 characters',
          'a.jsonl',
          JSON.stringify({ id: tag(), text: 'word '.repeat(200_000) }),
          { names: /text/, mustRefuse: 'a claim is at most 10,000 characters' },
        ],
        [
          'a title of 200,000 characters',
          'a.jsonl',
          JSON.stringify({ id: tag(), text: SENTENCES[0], title: 'T'.repeat(200_000) }),
          { names: /title/, mustRefuse: 'a title is at most 2,000 characters' },
        ],
        [
          'an id of 5,000 characters',
          'a.jsonl',
          JSON.stringify({ id: 'i'.repeat(5_000), text: SENTENCES[0] }),
          { names: /id/, mustRefuse: 'an id is at most 500 characters' },
        ],
        [
          'a ClaimReview in @graph with @type list',
          'a.json',
          JSON.stringify({ '@graph': [{ ...validFiles(tag()).claimReview, '@type': ['ClaimReview', 'Thing'] }] }),
        ],
        [
          'a ClaimReview without claimReviewed',
          'a.json',
          JSON.stringify({ '@type': 'ClaimReview', url: 'https://c.example' }),
          { names: /claimReviewed/ },
        ],
        [
          'a ClaimReview with odd appearances',
          'a.json',
          JSON.stringify({
            ...validFiles(tag()).claimReview,
            itemReviewed: { appearance: [1, null, { url: 5 }, 'https://a.example', [[]]] },
          }),
        ],
        [
          'prototype pollution: __proto__',
          'a.jsonl',
          `{"__proto__": {"polluted": true}, "id": "${tag()}", "text": "${SENTENCES[0]}"}`,
        ],
        [
          'prototype pollution: constructor.prototype',
          'a.json',
          `{"format": "claimlens-reference", "version": 1, "constructor": {"prototype": {"polluted": true}}, "sources": [{"id": "${tag()}", "title": "T", "__proto__": {"polluted": true}, "claims": [{"id": "${tag()}#0", "text": "${SENTENCES[3]}", "__proto__": {"x": 1}}]}]}`,
        ],
        [
          "the store's own export (nothing new)",
          'a.json',
          store.exportReferences(context.library, undefined, NOW).content,
        ],
      ];
      for (const [label, name, content, expect] of cases) yield importTrial(context, label, name, content, expect);
    },
  },
];

/** Area (a) of the fuzz suite. */
export const importArea: Area<ImportContext> = { name: 'Import path', context: importContext, kinds: importKinds };
