/**
 * `claimlens pack …`: the publisher's side of packs (issue #16), with the same lib/packs code the extension
 * subscribes with, so what `pack verify` accepts is what a reader's ClaimLens accepts.
 *   pack build SOURCE... --title T --publisher P --out FILE [--version V] [--updated ISO-DATE]
 *   pack keygen --out KEYFILE
 *   pack sign FILE --key KEYFILE --out FILE
 *   pack verify FILE|URL [--key PUBLIC_KEY]
 * Bad input, and a signature that does not hold, print one line on stderr and exit with code 2.
 */
import { constants } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import {
  buildPackDocument,
  decidePin,
  downloadPack,
  generatePackKey,
  openPack,
  PackError,
  type PackMeta,
  parsePackLink,
  parsePublicKey,
  readPack,
  readPrivateKey,
  signPackDocument,
} from '../lib/packs';
import type { ReferenceArticle } from '../lib/reference/seeds';
import { addedTimestamp } from '../lib/text/dates';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { readInput } from './pages';
import { loadReferences } from './references';

export const PACK_USAGE = `  claimlens pack build SOURCE... --title T --publisher P --out FILE [--version V] [--updated DATE]
      (SOURCE: a folder of reference articles, an export .json, JSON Lines .jsonl, ClaimReview or a DataFeed)
  claimlens pack keygen --out KEYFILE      (writes a private key; prints the public key)
  claimlens pack sign FILE --key KEYFILE --out FILE
  claimlens pack verify FILE|URL [--key PUBLIC_KEY]   (exit 2 unless the signature holds)`;

/** A PackError from lib/packs is the user's input: the CLI's one line, exit 2. */
function asUsage(where: string, error: unknown): never {
  if (error instanceof PackError || error instanceof UsageError) throw new UsageError(`${where}: ${error.message}`);
  throw error;
}

function required(options: Map<string, string>, name: string, command: string): string {
  const value = options.get(name);
  if (value === undefined || value.trim() === '') throw new UsageError(`pack ${command} needs --${name}`);
  return value;
}

/** A reference article folder or file as articles: files go through the pack reader (it also reads DataFeeds). */
async function sourceArticles(path: string): Promise<ReferenceArticle[]> {
  let isFolder = false;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (isFolder || /\.(x?html?|txt)$/i.test(path)) {
    installTaggerFromDisk();
    return loadReferences(path);
  }
  try {
    return readPack(await readInput(path), path, new Date(0).toISOString()).articles;
  } catch (error) {
    return asUsage(path, error);
  }
}

/** The sources' articles in one list; an id used by two of them is refused (the pack would hold one twice). */
async function collect(paths: string[]): Promise<ReferenceArticle[]> {
  const articles: ReferenceArticle[] = [];
  const sourceFrom = new Map<string, string>();
  const claimFrom = new Map<string, string>();
  for (const path of paths) {
    for (const article of await sourceArticles(path)) {
      const earlier = sourceFrom.get(article.source.id);
      if (earlier !== undefined) {
        throw new UsageError(`${path}: source id "${article.source.id}" is already used in ${earlier}`);
      }
      sourceFrom.set(article.source.id, path);
      for (const claim of article.claims) {
        const first = claimFrom.get(claim.id);
        if (first !== undefined) throw new UsageError(`${path}: claim id "${claim.id}" is already used in ${first}`);
        claimFrom.set(claim.id, path);
      }
      articles.push(article);
    }
  }
  return articles;
}

/** Writes a pack file; with `exclusive` an existing file is not overwritten (a private key must not be lost). */
async function writeOut(path: string, content: string, exclusive = false): Promise<void> {
  try {
    if (!exclusive) {
      await writeFile(path, content);
      return;
    }
    const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await file.writeFile(content);
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(`${path} already exists (choose another --out; a key is never overwritten)`);
    throw new UsageError(`cannot write ${path} (${code ?? (error as Error).message})`);
  }
}

async function build(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['title', 'publisher', 'out', 'version', 'updated']);
  if (positional.length === 0) throw new UsageError('pack build needs at least one SOURCE');
  const out = required(options, 'out', 'build');
  const updated = options.get('updated');
  const updatedAt = updated === undefined ? new Date().toISOString() : addedTimestamp(updated);
  if (updatedAt === undefined) throw new UsageError(`--updated "${updated}" is not an ISO 8601 date`);
  const meta: PackMeta = {
    title: required(options, 'title', 'build').trim(),
    publisher: required(options, 'publisher', 'build').trim(),
    version: (options.get('version') ?? updatedAt.replace(/\.\d+Z$/, 'Z')).trim(),
    updatedAt,
  };
  // The pack's update time is when its sources were added, for every reader alike.
  const articles = (await collect(positional)).map(({ source, claims }) => ({
    source: { ...source, addedAt: updatedAt },
    claims,
  }));
  const claims = articles.reduce((sum, article) => sum + article.claims.length, 0);
  if (claims === 0) throw new UsageError('the sources hold no claims: nothing to put in a pack');
  const content = `${JSON.stringify(buildPackDocument(articles, meta), null, 1)}\n`;
  // Read back with the subscriber's own reader: a pack over a limit is refused here, not on readers' machines.
  try {
    readPack(content, out);
  } catch (error) {
    asUsage('the pack would be refused', error);
  }
  await writeOut(out, content);
  console.log(
    `wrote ${out}: "${meta.title}" version ${meta.version}, ${claims} claims from ${articles.length} sources (unsigned)`,
  );
}

async function keygen(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['out']);
  if (positional.length > 0) throw new UsageError(`pack keygen takes no SOURCE (got "${positional[0]}")`);
  const out = required(options, 'out', 'keygen');
  const { privateKey, publicKey } = await generatePackKey();
  await writeOut(out, `${JSON.stringify(privateKey)}\n`, true);
  console.log(publicKey);
}

async function sign(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['key', 'out']);
  if (positional.length !== 1) throw new UsageError('pack sign needs exactly one FILE');
  const [file] = positional;
  const keyFile = required(options, 'key', 'sign');
  const out = required(options, 'out', 'sign');
  let pack: ReturnType<typeof readPack>;
  try {
    pack = readPack(await readInput(file), file);
  } catch (error) {
    return asUsage(file, error);
  }
  const document = pack.document;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new UsageError(
      `${file}: a ${pack.kind} pack cannot carry a signature (it is not one JSON object); make it one with "pack build"`,
    );
  }
  let privateKey: ReturnType<typeof readPrivateKey>;
  try {
    privateKey = readPrivateKey(await readInput(keyFile));
  } catch (error) {
    return asUsage(keyFile, error);
  }
  const signed = await signPackDocument(document as Record<string, unknown>, privateKey);
  await writeOut(out, `${JSON.stringify(signed, null, 1)}\n`);
  console.log(`wrote ${out}: signed with key ${privateKey.x}`);
}

/** The pack's text from a file or an https URL (downloaded as a subscription downloads it). */
async function fetchOrRead(location: string): Promise<{ content: string; linkKey?: string }> {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return { content: await readInput(location) };
  try {
    const link = parsePackLink(location);
    const download = await downloadPack(link.url);
    if (download.status !== 'downloaded') throw new PackError('the host answered 304 to a request without validators');
    return { content: download.content, linkKey: link.publicKey };
  } catch (error) {
    return asUsage(location, error);
  }
}

async function verify(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['key']);
  if (positional.length !== 1) throw new UsageError('pack verify needs exactly one FILE or URL');
  const [location] = positional;
  let given: string | undefined;
  try {
    given = options.has('key') ? parsePublicKey(options.get('key') ?? '') : undefined;
  } catch (error) {
    asUsage('--key', error);
  }
  const { content, linkKey } = await fetchOrRead(location);
  if (given && linkKey && given !== linkKey) throw new UsageError('--key and the key in the URL differ');
  let pack: Awaited<ReturnType<typeof openPack>>;
  try {
    pack = await openPack(content, location);
  } catch (error) {
    return asUsage(location, error);
  }
  const { meta, articles, signature } = pack;
  const claims = articles.reduce((sum, article) => sum + article.claims.length, 0);
  const pinned = given ?? linkKey;
  const decision = decidePin(pinned ? { publicKey: pinned, keyFrom: 'url' } : {}, signature);
  const holds = decision.accept && signature.state === 'valid';
  const said =
    signature.state === 'valid'
      ? `${holds ? 'holds' : 'does not hold for the key given'} (Ed25519 key ${signature.publicKey})`
      : signature.state === 'unsigned'
        ? 'none (the pack is not signed)'
        : `does not hold: ${signature.reason}`;
  console.log(
    [
      `title: ${meta.title}`,
      `publisher: ${meta.publisher || '(not given)'}`,
      `version: ${meta.version || '(not given)'}`,
      `updated: ${meta.updatedAt || '(not given)'}`,
      `format: ${pack.kind}`,
      `claims: ${claims} (from ${articles.length} sources)`,
      `signature: ${said}`,
    ].join('\n'),
  );
  if (!holds) {
    throw new UsageError(
      decision.accept
        ? `${location}: the pack is not signed, so there is no signature to verify`
        : `${location}: ${decision.reason}`,
    );
  }
}

/** Runs `pack SUBCOMMAND ...`. */
export async function runPack(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'build') await build(rest);
  else if (command === 'keygen') await keygen(rest);
  else if (command === 'sign') await sign(rest);
  else if (command === 'verify') await verify(rest);
  else if (command === undefined) throw new UsageError('pack needs a command: build, keygen, sign or verify');
  else throw new UsageError(`unknown pack command "${command}" (commands: build, keygen, sign, verify)`);
}
