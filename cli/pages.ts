/** Reads a saved page (.html or .txt, or standard input) into title, url and article text blocks. */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/article';
import { articleFromText } from '../lib/extract/plain-text';
import { decodeText } from '../lib/text/decode';
import type { TextBlock } from '../lib/types';
import { UsageError } from './errors';

export interface LoadedPage {
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  blocks: TextBlock[];
}

/**
 * Reads a file, or standard input for "-", in the encoding its bytes show (UTF-8, or UTF-16/UTF-32 as Windows
 * editors save "Unicode"); a missing or unreadable file is a UsageError.
 */
export async function readInput(path: string): Promise<string> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return decodeText(Buffer.concat(chunks)).text;
    }
    return decodeText(await readFile(path)).text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${path}: it is a folder, not a file`);
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The file names a page may have: HTML or plain text. */
export const PAGE_FILE = /\.(x?html?|txt)$/i;

function looksLikeHtml(path: string, content: string): boolean {
  return /\.x?html?$/i.test(path) || (path === '-' && /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(content));
}

/** Title, publisher, date and article paragraphs of an HTML page, by the same extractor the extension uses. */
export function pageFromHtml(html: string): LoadedPage {
  const { document } = parseHTML(html);
  const { blocks, ...meta } = extractArticle(document as unknown as Document);
  return { ...meta, blocks: blocks.map(({ id, text }) => ({ id, text })) };
}

/** Loads a page for checking; a page with no article text is a UsageError. */
export async function loadPage(path: string): Promise<LoadedPage> {
  const content = await readInput(path);
  const page: LoadedPage = looksLikeHtml(path, content)
    ? pageFromHtml(content)
    : { title: '', url: '', publisher: '', publishedAt: '', blocks: articleFromText(content).blocks };
  if (!page.blocks.some((block) => block.text.trim().length > 0)) {
    throw new UsageError(`${path === '-' ? 'standard input' : path} has no article text to check`);
  }
  return page;
}
