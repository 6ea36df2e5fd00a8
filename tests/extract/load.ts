import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const PAGES_DIR = join(__dirname, '../fixtures/pages');
export const EXTRACT_DIR = join(__dirname, '../fixtures/extract');

/** Parses HTML with linkedom, typed as a DOM Document (linkedom implements the parts the extractor uses). */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(dir: string, name: string): Document {
  return parse(readFileSync(join(dir, name), 'utf8'));
}

/** The .html pages below `dir`, as paths relative to it (sub-folders included). */
export function pageNames(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** Whitespace and quote normalisation as in shared/eval/score.py (the scorer's own definition). */
export { norm } from '../../bench/score-pages';

/** linkedom serialises the whole document with toString(); a browser would use outerHTML. */
export function serialise(doc: Document): string {
  return String(doc);
}
