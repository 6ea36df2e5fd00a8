/** The human-readable report of `check --format text`. */
import { updatedThing } from '../lib/time/update';
import type { ClaimMatch, ClaimStatus, PageAnnotation } from '../lib/types';

const COLOURS: Record<ClaimStatus, string> = {
  corroborated: '\x1b[32m',
  conflicting: '\x1b[31m',
  mixed: '\x1b[33m',
  updated: '\x1b[36m',
  related: '\x1b[90m',
};
const RESET = '\x1b[0m';

/**
 * Control characters (C0 but tab, DEL, C1) and Unicode bidi controls: a page or a reference file could use them
 * to clear the reader's screen, set the terminal's title or reorder what it shows. Removed from every text the
 * report prints; the report's own colours are added after.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a page or a reference, safe to print on a terminal (see UNSAFE). */
export function printable(text: string): string {
  return text.replace(UNSAFE, '');
}

/** An update in words: which side is newer, with both dates, and whether a figure or an account changed. */
export function updateInWords({ time, differences }: Required<Pick<ClaimMatch, 'time' | 'differences'>>): string {
  const which = time.newer === 'page' ? 'a later' : 'an earlier';
  const dates = `this page (${printable(time.page)}) gives ${which} ${updatedThing(differences)} than the reference (${printable(time.reference)})`;
  return `update: ${dates}; the difference is one that time explains`;
}

/** One paragraph per annotated sentence: status, the sentence, then each source with its stance. */
export function formatText(page: { title: string }, annotations: readonly PageAnnotation[], colour: boolean): string {
  const paint = (status: ClaimStatus, text: string) => (colour ? `${COLOURS[status]}${text}${RESET}` : text);
  const lines: string[] = [page.title ? `${printable(page.title)}\n` : ''];
  const decided = annotations.filter((annotation) => annotation.status !== 'related');
  if (decided.length === 0) lines.push('No known claims found on this page.');
  for (const annotation of annotations) {
    const label = `${annotation.status.toUpperCase()}${annotation.sourceCount ? ` (${annotation.sourceCount} source${annotation.sourceCount === 1 ? '' : 's'})` : ''}`;
    lines.push(`${paint(annotation.status, `[${label}]`)} ${printable(annotation.text)}`);
    for (const match of annotation.matches) {
      const source = [match.source.publisher || match.source.title, match.source.publishedAt]
        .filter(Boolean)
        .map(printable)
        .join(', ');
      lines.push(`    ${match.stance} · ${source}: ${printable(match.referenceClaim)}`);
      if (match.time) lines.push(`      ${updateInWords({ time: match.time, differences: match.differences })}`);
      for (const difference of match.differences) {
        lines.push(
          `      ${difference.kind}: page "${printable(difference.page)}" vs reference "${printable(difference.reference)}"`,
        );
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
