/** The human-readable report of `check --format text`. */
import type { ClaimStatus, PageAnnotation } from '../lib/types';

const COLOURS: Record<ClaimStatus, string> = {
  corroborated: '\x1b[32m',
  conflicting: '\x1b[31m',
  mixed: '\x1b[33m',
  related: '\x1b[90m',
};
const RESET = '\x1b[0m';

/** One paragraph per annotated sentence: status, the sentence, then each source with its stance. */
export function formatText(page: { title: string }, annotations: readonly PageAnnotation[], colour: boolean): string {
  const paint = (status: ClaimStatus, text: string) => (colour ? `${COLOURS[status]}${text}${RESET}` : text);
  const lines: string[] = [page.title ? `${page.title}\n` : ''];
  const decided = annotations.filter((annotation) => annotation.status !== 'related');
  if (decided.length === 0) lines.push('No known claims found on this page.');
  for (const annotation of annotations) {
    const label = `${annotation.status.toUpperCase()}${annotation.sourceCount ? ` (${annotation.sourceCount} source${annotation.sourceCount === 1 ? '' : 's'})` : ''}`;
    lines.push(`${paint(annotation.status, `[${label}]`)} ${annotation.text}`);
    for (const match of annotation.matches) {
      const source = [match.source.publisher || match.source.title, match.source.publishedAt]
        .filter(Boolean)
        .join(', ');
      lines.push(`    ${match.stance} · ${source}: ${match.referenceClaim}`);
      for (const difference of match.differences) {
        lines.push(`      ${difference.kind}: page "${difference.page}" vs reference "${difference.reference}"`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
