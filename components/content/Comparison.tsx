/**
 * One reference claim beside the page's sentence: both texts with the differing words marked (the word diff
 * the background computed, and more strongly the numbers, negations, dates and names the engine named as
 * differences), then the source.
 */
import { highlightPieces, occurrences } from '@/lib/compare/highlight';
import type { ClaimMatch } from '@/lib/types';
import { Highlighted } from './Highlighted';
import { DIFFERENCE_LABEL, STANCE_LABEL, safeLink } from './labels';

export function Comparison({ sentence, match }: { sentence: string; match: ClaimMatch }) {
  const diff = match.wordDiff ?? { page: [], reference: [] };
  const pageKeys = match.differences.flatMap((d) => occurrences(sentence, d.page));
  const referenceKeys = match.differences.flatMap((d) => occurrences(match.referenceClaim, d.reference));
  const { source } = match;
  const link = safeLink(source.url);
  const title = source.title || source.publisher || 'Reference source';
  return (
    <li>
      <div class="pair">
        <figure>
          <figcaption>This page</figcaption>
          <blockquote>
            <Highlighted pieces={highlightPieces(sentence, diff.page, pageKeys)} />
          </blockquote>
        </figure>
        <figure class={match.stance}>
          <figcaption>{STANCE_LABEL[match.stance]}</figcaption>
          <blockquote>
            <Highlighted pieces={highlightPieces(match.referenceClaim, diff.reference, referenceKeys)} />
          </blockquote>
        </figure>
      </div>
      {match.differences.length > 0 && (
        <ul>
          {match.differences.map((d) => (
            <li>
              <b>{DIFFERENCE_LABEL[d.kind]}:</b> this page “{d.page}”, reference “{d.reference}”
            </li>
          ))}
        </ul>
      )}
      <p class="source">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
        {source.publisher !== title && source.publisher && ` · ${source.publisher}`}
        {source.publishedAt && ` · ${source.publishedAt}`}
      </p>
    </li>
  );
}
