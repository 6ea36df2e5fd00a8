/**
 * Fuzz area (b): the message boundary. Every message the background answers goes through its handlers (sender
 * check, schema, service) as `registerBackground` wires them: from every kind of sender, and with malformed,
 * mistyped, oversized and hostile payloads. A refusal must be a clear message, naming the field when a field is
 * wrong, with the store exactly as before; only the extension's pages, and its content scripts for their four
 * messages, are ever answered; an accepted delete must be undone exactly by the Undo it returns.
 */
import { createHandlers, type Handlers } from '../../background/handlers';
import type { PackOptions } from '../../background/packs';
import type { MessageSender } from '../../background/sender';
import { ReferenceService } from '../../background/service';
import { LIMITS } from '../../lib/limits';
import { buildPackDocument } from '../../lib/packs';
import * as store from '../../lib/store';
import type { PackSubscription, Removed } from '../../messaging/protocol';
import { type BackgroundMessage, requestSchemas } from '../../messaging/validate';
import { uniqueName } from '../helpers/store';
import type { Area, Kind, ResultProblem, Trial } from './harness';
import * as input from './inputs';
import { storeState, withoutPauses } from './store-state';

const NOW = new Date('2025-03-01T00:00:00Z');
const SELF = { id: 'claimlens-id', origin: 'chrome-extension://claimlens-id/' };
const PAGE = 'https://news.example/story';
const MINE = store.MY_CLAIMS_ID;

type Role = 'extension page' | 'content script' | 'stranger';

/** Every kind of sender, and what it is (written out here, not taken from the code under test). */
const SENDERS: Record<string, { sender: MessageSender | undefined; role: Role }> = {
  popup: { sender: { id: SELF.id, url: `${SELF.origin}popup.html` }, role: 'extension page' },
  'options page in a tab': {
    sender: { id: SELF.id, url: `${SELF.origin}options.html`, tab: { id: 5, url: `${SELF.origin}options.html` } },
    role: 'extension page',
  },
  'content script': {
    sender: { id: SELF.id, url: PAGE, tab: { id: 12, url: PAGE }, frameId: 0 },
    role: 'content script',
  },
  'content script in a frame': {
    sender: { id: SELF.id, url: 'https://ads.example/frame', tab: { id: 12, url: PAGE }, frameId: 7 },
    role: 'content script',
  },
  'content script on a file': {
    sender: {
      id: SELF.id,
      url: 'file:///home/reader/page.html',
      tab: { id: 14, url: 'file:///home/reader/page.html' },
    },
    role: 'content script',
  },
  'another extension': { sender: { id: 'other-id', url: 'chrome-extension://other-id/page.html' }, role: 'stranger' },
  "another extension's content script": {
    sender: { id: 'other-id', url: PAGE, tab: { id: 12, url: PAGE }, frameId: 0 },
    role: 'stranger',
  },
  'a web page': {
    sender: { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 3 } },
    role: 'stranger',
  },
  'a page giving the extension origin': {
    sender: { url: `${SELF.origin}popup.html`, tab: { id: 3, url: `${SELF.origin}popup.html` } },
    role: 'stranger',
  },
  'a look-alike origin': {
    sender: { id: 'claimlens-id.evil', url: 'chrome-extension://claimlens-id.evil/popup.html' },
    role: 'stranger',
  },
  'no sender': { sender: undefined, role: 'stranger' },
  'an empty sender': { sender: {}, role: 'stranger' },
  'an id alone': { sender: { id: SELF.id }, role: 'stranger' },
};

/** The messages a content script may send: annotate, report badges, check a selection, "Not a match". */
const FROM_CONTENT = new Set<BackgroundMessage>(['annotatePage', 'reportBadges', 'checkText', 'markNotAMatch']);

export interface MessageContext {
  service: ReferenceService;
  handlers: Handlers;
  library: store.Library;
}

/** The reader's own claims and marks, on top of the seeds. */
async function populate(context: MessageContext): Promise<void> {
  const popup = SENDERS.popup.sender;
  await context.handlers.addClaims({ texts: input.SENTENCES.slice(0, 3) }, popup);
  await context.handlers.markNotAMatch({ pageUrl: PAGE, sentence: 'A page sentence.', claimIds: [`${MINE}#0`] }, popup);
  await context.service.packs.subscribe(PACK_URL);
}

/** The reader's pack (id `fuzz-pack`), and a fake host that serves the same small pack at every URL. */
const PACK_URL = 'https://packs.example/fuzz.json';
const PACK = buildPackDocument(
  [
    {
      source: {
        id: 'harbour',
        title: 'Harbour notes',
        publisher: 'Fuzz Harbour Board',
        url: 'https://harbour.example/notes',
        publishedAt: '2025-01-05',
        addedAt: NOW.toISOString(),
        origin: 'import',
        enabled: true,
      },
      claims: [
        {
          id: 'harbour#0',
          sourceId: 'harbour',
          text: 'The harbour board counted 212 fishing boats at the spring census.',
          start: 0,
          end: 0,
        },
      ],
    },
  ],
  { title: 'Fuzz pack', publisher: 'Fuzz Harbour Board', version: '1', updatedAt: '' },
);
const PACKS: PackOptions = {
  download: async () => ({ status: 'downloaded', content: JSON.stringify(PACK), validators: { etag: '"1"' } }),
  newId: (taken) => (taken.has('fuzz-pack') ? 'fuzz-new' : 'fuzz-pack'),
};

/** A background on a fresh store holding seeds, the reader's claims, a mark and changed settings. */
export async function messageContext(): Promise<MessageContext> {
  const service = new ReferenceService({
    openDb: () => store.openStore(uniqueName('fuzz-messages')),
    snapshotDelay: 3_600_000,
    now: () => NOW,
    packs: PACKS,
  });
  const handlers = createHandlers(service, SELF);
  const library = withoutPauses(await service.ready());
  await service.installSeeds();
  const context = { service, handlers, library };
  await populate(context);
  await service.setSettings({ sensitivity: 0.6, pausedSites: ['quiet.example'] });
  return context;
}

/** A valid request of each message, as `sender` would send it ("Not a match" names the sender's own page). */
function validRequest(type: BackgroundMessage, sender: MessageSender | undefined): unknown {
  const requests: Record<BackgroundMessage, unknown> = {
    annotatePage: {
      url: PAGE,
      blocks: [{ id: 'b0', text: `${input.SENTENCES[0]} ${input.SENTENCES[2]}` }],
      append: false,
    },
    reportBadges: { url: PAGE, annotations: 2, badged: [0, 1] },
    checkText: { text: input.SENTENCES[1] },
    listSources: undefined,
    listClaims: { sourceId: MINE, query: 'ferry', offset: 0, limit: 10 },
    previewArticle: { text: input.SENTENCES.join(' '), html: false },
    addArticle: {
      meta: {
        title: 'Valley news',
        publisher: 'Valley Post',
        url: 'https://valley.example/1',
        publishedAt: '2025-01-09',
      },
      text: `${input.SENTENCES[2]}\n\n${input.SENTENCES[3]}`,
      claims: [input.SENTENCES[2]],
    },
    addClaims: { sourceId: MINE, texts: [input.SENTENCES[3]] },
    editClaim: { id: `${MINE}#0`, text: input.SENTENCES[0].replace('340', '350') },
    deleteClaim: { id: `${MINE}#1` },
    deleteSource: { id: MINE },
    restore: { sources: [], claims: [] },
    setSourceEnabled: { id: MINE, enabled: true },
    importReferences: {
      fileName: 'claims.jsonl',
      content: JSON.stringify({ id: 'fuzz-line', text: input.SENTENCES[3] }),
    },
    exportReferences: { sourceIds: [MINE] },
    resetSeeds: { clearFeedback: false },
    markNotAMatch: {
      pageUrl: sender?.url && !sender.url.startsWith(SELF.origin) ? sender.url : PAGE,
      sentence: 'A page sentence.',
      claimIds: [`${MINE}#0`],
    },
    getSettings: undefined,
    setSettings: { enabled: true, sensitivity: 0.6, pausedSites: ['quiet.example'] },
    pageSummary: { tabId: 12 },
    listPacks: undefined,
    subscribePack: { url: 'https://packs.example/another.json' },
    awaitPackGrant: { url: 'https://packs.example/another.json' },
    refreshPack: { id: 'fuzz-pack' },
    setPackEnabled: { id: 'fuzz-pack', enabled: true },
    removePack: { id: 'fuzz-pack' },
  };
  return requests[type];
}

/** Every message the background answers (its schema table covers the protocol's background messages). */
const TYPES = Object.keys(requestSchemas) as BackgroundMessage[];

/**
 * Every source and claim by id, with what the reader gave (a source's title, publisher, URL and date; a claim's
 * text, source and review), for "was anything lost" comparisons.
 */
function records(library: store.Library): Map<string, string> {
  const byId = new Map<string, string>();
  for (const { id, title, publisher, url, publishedAt } of store.listSources(library)) {
    byId.set(`source ${id}`, JSON.stringify([title, publisher, url, publishedAt]));
  }
  for (const { id, text, sourceId, review } of library.index.allClaims({ features: false })) {
    byId.set(`claim ${id}`, JSON.stringify([text, sourceId, review]));
  }
  return byId;
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

/**
 * After an accepted message: a delete is undone with the Undo it returned and must give back exactly what was
 * there; any other write must keep every record (an edit, its claim's id); a reset to the seeds is by design.
 * Then what the message added is deleted, so every case starts from the same store.
 */
async function afterAccepted(
  context: MessageContext,
  type: BackgroundMessage,
  before: Map<string, string>,
  answer: unknown,
): Promise<ResultProblem> {
  const popup = SENDERS.popup.sender;
  if (type === 'deleteClaim' || type === 'deleteSource') {
    await context.handlers.restore(answer as Removed, popup);
    if (!same(before, records(context.library))) return { lost: `${type} then Undo did not give back every record` };
    return undefined;
  }
  if (type === 'resetSeeds') {
    await populate(context);
    return undefined;
  }
  if (type === 'subscribePack') {
    await context.handlers.removePack({ id: (answer as PackSubscription).id }, popup);
    if (!same(before, records(context.library))) return { lost: 'subscribing then removing the pack changed records' };
    return undefined;
  }
  if (type === 'removePack') {
    await context.service.packs.subscribe(PACK_URL);
    if (!same(before, records(context.library))) return { lost: 'removing then subscribing the pack changed records' };
    return undefined;
  }
  const after = records(context.library);
  for (const [key, text] of before) {
    if (!after.has(key) || (type !== 'editClaim' && after.get(key) !== text)) return { lost: `${type} lost ${key}` };
  }
  // What the message added is deleted and put back with the Undo the delete returns (a record the limits let
  // in must also come back out), then deleted for good.
  const added = [...after.keys()].filter((key) => !before.has(key)).sort((a, b) => (a < b ? 1 : -1));
  for (const key of added) {
    const id = key.slice(key.indexOf(' ') + 1);
    const source = key.startsWith('source ');
    if (!source && !context.library.index.claim(id)) continue; // Went with its source.
    const remove = () => (source ? context.handlers.deleteSource : context.handlers.deleteClaim)({ id }, popup);
    const present = records(context.library);
    await context.handlers.restore(await remove(), popup);
    if (!same(present, records(context.library))) return { lost: `deleting ${key} and undoing lost data` };
    await remove();
  }
  return undefined;
}

/** One message from one sender. */
function messageTrial(
  context: MessageContext,
  label: string,
  type: BackgroundMessage,
  data: unknown,
  sender: MessageSender | undefined,
  expect: Pick<Trial, 'names' | 'mustAccept' | 'mustRefuse' | 'refusal'> = {},
): Trial {
  return {
    label,
    ...expect,
    state: () => storeState(context.library),
    run: async () => {
      const before = records(context.library);
      const answer = await (context.handlers[type] as (data: unknown, sender: unknown) => Promise<unknown>)(
        data,
        sender,
      );
      return afterAccepted(context, type, before, answer);
    },
  };
}

/** What a sender's refusal must say. */
function senderRefusal(type: BackgroundMessage, role: Role): (message: string) => string | undefined {
  const expected =
    role === 'stranger'
      ? 'ClaimLens only answers its own pages and content scripts.'
      : `ClaimLens does not accept "${type}" from a web page.`;
  return (message) => (message === expected ? undefined : `expected "${expected}"`);
}

/** Senders that may send a message, for the payload kinds: the popup, and a content script for its four. */
function allowedSenders(type: BackgroundMessage): [string, MessageSender | undefined][] {
  const senders: [string, MessageSender | undefined][] = [['popup', SENDERS.popup.sender]];
  if (FROM_CONTENT.has(type)) senders.push(['content script', SENDERS['content script'].sender]);
  return senders;
}

/** Every field path of a message's valid request (the whole request is tried separately). */
function fieldPaths(type: BackgroundMessage): input.JsonPath[] {
  return input.pathsOf(validRequest(type, SENDERS.popup.sender));
}

/** The JSON kind of a value: its type, telling lists and null apart from objects. */
function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
}

/** For each message, allowed sender and field, each of `values`: refused naming the field, or accepted. */
function* everyField(
  context: MessageContext,
  values: Record<string, unknown>,
  options: {
    strings?: boolean;
    expect?: (type: BackgroundMessage, path: input.JsonPath) => Pick<Trial, 'mustRefuse'>;
  } = {},
): Iterable<Trial> {
  for (const type of TYPES) {
    for (const [senderName, sender] of allowedSenders(type)) {
      const valid = validRequest(type, sender);
      for (const path of fieldPaths(type)) {
        const current = input.valueAt(valid, path);
        if (options.strings && typeof current !== 'string') continue;
        for (const [valueName, value] of Object.entries(values)) {
          const data = input.withValueAt(valid, path, value);
          // A value of the right type may be refused for what it says ("That claim is no longer in your
          // references"); one of the wrong type, or a missing one, must be refused naming the field.
          // (Removing a list's only item leaves an empty list: not a missing field.)
          const item = typeof path[path.length - 1] === 'number';
          const typed = kindOf(value) === kindOf(current) || (value === undefined && item);
          const names = typed ? undefined : input.named(input.fieldOf(path) ?? type);
          yield messageTrial(context, `${type} ${path.join('.')} = ${valueName} (${senderName})`, type, data, sender, {
            names,
            ...options.expect?.(type, path),
          });
        }
      }
    }
  }
}

/** Odd numbers a structured clone can carry (Firefox's messages are not JSON): each in every number field. */
const ODD_NUMBERS: Record<string, unknown> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
  '2^53 + 2': 2 ** 53 + 2,
  'minus one': -1,
  'a number as text': '3',
};

/** A JavaScript object nested `depth` deep (what a structured clone could deliver). */
function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let n = 0; n < depth; n += 1) value = { a: value };
  return value;
}

/** The largest number of items any list of the limits table may hold, plus one. */
const OVER_EVERY_LIST =
  Math.max(LIMITS.storeSources, LIMITS.storeClaims, LIMITS.sourcesPerImport, LIMITS.claimsPerImport) + 1;

const messageKinds: Kind<MessageContext>[] = [
  {
    name: 'every message from every sender',
    *trials(context) {
      for (const type of TYPES) {
        for (const [senderName, { sender, role }] of Object.entries(SENDERS)) {
          const allowed = role === 'extension page' || (role === 'content script' && FROM_CONTENT.has(type));
          yield messageTrial(context, `${type} from ${senderName}`, type, validRequest(type, sender), sender, {
            ...(allowed
              ? { mustAccept: `${senderName} may send ${type}` }
              : { mustRefuse: `${senderName} may not send ${type}`, refusal: senderRefusal(type, role) }),
          });
        }
      }
    },
  },
  {
    name: 'malformed whole requests',
    *trials(context) {
      const random = input.seededRandom(201);
      const wholes: Record<string, unknown> = {
        ...input.WRONG_VALUES,
        'a JSON text': JSON.stringify(validRequest('addClaims', undefined)),
        'nested 100,000 deep': deepObject(100_000),
        'a list nested 10,000 deep': JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      };
      for (const type of TYPES) {
        for (const [senderName, sender] of allowedSenders(type)) {
          for (const [name, data] of Object.entries(wholes)) {
            yield messageTrial(context, `${type} = ${name} (${senderName})`, type, data, sender, {
              names: new RegExp(`"${type}" request`),
            });
          }
          for (let n = 0; n < 2; n += 1) {
            yield messageTrial(
              context,
              `${type} = random JSON #${n} (${senderName})`,
              type,
              input.randomJson(random, 5),
              sender,
              {
                names: new RegExp(`"${type}" request`),
              },
            );
          }
        }
      }
    },
  },
  {
    name: 'a wrong type in every field',
    trials: (context) => everyField(context, input.WRONG_VALUES),
  },
  {
    name: 'every field missing',
    trials: (context) => everyField(context, { missing: undefined }),
  },
  {
    name: 'odd numbers in every field',
    *trials(context) {
      for (const type of TYPES) {
        for (const [senderName, sender] of allowedSenders(type)) {
          const valid = validRequest(type, sender);
          for (const path of fieldPaths(type).filter((p) => typeof input.valueAt(valid, p) === 'number')) {
            for (const [name, value] of Object.entries(ODD_NUMBERS)) {
              const data = input.withValueAt(valid, path, value);
              const label = `${type} ${path.join('.')} = ${name} (${senderName})`;
              yield messageTrial(context, label, type, data, sender, {
                names: input.named(input.fieldOf(path) ?? type),
              });
            }
          }
        }
      }
    },
  },
  {
    name: 'hostile Unicode and text in every text field',
    trials: (context) => everyField(context, input.FIELD_STRINGS, { strings: true }),
  },
  {
    name: 'every text field oversized',
    trials: (context) =>
      everyField(
        context,
        { '1,000,001 characters': 'x'.repeat(1_000_001) },
        {
          strings: true,
          expect: (type, path) =>
            type === 'importReferences' && path[0] === 'content'
              ? {}
              : { mustRefuse: 'no text field but a file may hold a million characters' },
        },
      ),
  },
  {
    name: 'every list oversized',
    *trials(context) {
      for (const type of TYPES) {
        for (const [senderName, sender] of allowedSenders(type)) {
          const valid = validRequest(type, sender);
          for (const path of fieldPaths(type).filter((p) => Array.isArray(input.valueAt(valid, p)))) {
            const list = input.valueAt(valid, path) as unknown[];
            const item = list.length > 0 ? list[0] : 'x';
            const data = input.withValueAt(valid, path, new Array(OVER_EVERY_LIST).fill(item));
            yield messageTrial(
              context,
              `${type} ${path.join('.')} of ${OVER_EVERY_LIST} items (${senderName})`,
              type,
              data,
              sender,
              {
                names: input.named(input.fieldOf(path) ?? type),
                mustRefuse: 'no list of a request may be longer than the longest list of the limits table',
              },
            );
          }
        }
      }
    },
  },
  {
    name: 'large requests within the limits',
    *trials(context) {
      const content = SENDERS['content script'].sender;
      const popup = SENDERS.popup.sender;
      const prose = `${input.SENTENCES.join(' ')} `.repeat(4_000);
      const block = (text: string) => ({ url: PAGE, blocks: [{ id: 'b0', text }] });
      const many = Array.from({ length: LIMITS.claimsPerMark }, (_, n) => `${MINE}#${n}`);
      const cases: [string, BackgroundMessage, unknown, MessageSender | undefined][] = [
        ['annotatePage: 100,000 characters of prose', 'annotatePage', block(prose.slice(0, 100_000)), content],
        ['annotatePage: "Mr. " × 50,000', 'annotatePage', block('Mr. '.repeat(50_000)), content],
        [
          'annotatePage: 20,000 blocks',
          'annotatePage',
          {
            url: PAGE,
            blocks: Array.from({ length: LIMITS.pageBlocks }, (_, n) => ({ id: `b${n}`, text: 'A quiet day.' })),
          },
          content,
        ],
        ['checkText: 100,000 characters', 'checkText', { text: prose.slice(0, LIMITS.selection) }, content],
        [
          'markNotAMatch: 1,000 claim ids',
          'markNotAMatch',
          {
            pageUrl: PAGE,
            sentence: prose.slice(0, LIMITS.selection),
            claimIds: many,
          },
          content,
        ],
        [
          'previewArticle: 1,000,000 characters',
          'previewArticle',
          { text: prose.slice(0, LIMITS.articleChars) },
          popup,
        ],
        [
          'previewArticle: one 1,000,000-letter word',
          'previewArticle',
          { text: 'x'.repeat(LIMITS.articleChars) },
          popup,
        ],
        [
          'reportBadges: 100,000 indexes',
          'reportBadges',
          {
            url: PAGE,
            annotations: LIMITS.pageBadges,
            badged: Array.from({ length: LIMITS.pageBadges }, (_, n) => n),
          },
          content,
        ],
      ];
      for (const [label, type, data, sender] of cases) {
        yield messageTrial(context, label, type, data, sender, { mustAccept: 'it is within every limit' });
      }
    },
  },
  {
    name: 'extra, prototype and deep fields',
    *trials(context) {
      for (const type of TYPES) {
        for (const [senderName, sender] of allowedSenders(type)) {
          const valid = validRequest(type, sender);
          if (typeof valid !== 'object' || valid === null) continue;
          const text = JSON.stringify(valid).slice(1, -1);
          const extras: Record<string, unknown> = {
            '__proto__ key': JSON.parse(`{"__proto__": {"polluted": true, "id": "x"}, ${text}}`),
            'constructor.prototype key': JSON.parse(`{"constructor": {"prototype": {"polluted": true}}, ${text}}`),
            'an extra field': { ...valid, extra: 'x'.repeat(10_000) },
            'an extra field nested 100,000 deep': { ...valid, extra: deepObject(100_000) },
          };
          for (const [name, data] of Object.entries(extras)) {
            yield messageTrial(context, `${type} with ${name} (${senderName})`, type, data, sender);
          }
        }
      }
    },
  },
];

/** Area (b) of the fuzz suite. */
export const messageArea: Area<MessageContext> = {
  name: 'Message boundary',
  context: messageContext,
  kinds: messageKinds,
};
