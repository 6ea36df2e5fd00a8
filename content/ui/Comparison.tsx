/**
 * One reference claim beside the page's sentence: both texts with only the decisive words marked (the ranges
 * the background computed; the engine's named differences when they are missing), then the source.
 */
import { highlightPieces } from '@/lib/compare/highlight';
import { differenceRanges } from '@/lib/compare/locate';
import { showDate } from '@/lib/time/calendar';
import type { ClaimMatch } from '@/lib/types';
import { Highlighted } from './Highlighted';
import { STANCE_LABEL, safeLink } from './labels';

/** One match of the popover's sentence. */
export interface ComparisonProps {
  sentence: string;
  match: ClaimMatch;
  /** Show the match's own reason line (when the popover's first line is about another match). */
  showReason?: boolean;
}

export function Comparison({ sentence, match, showReason = false }: ComparisonProps) {
  const decisive = match.decisive ?? {
    page: differenceRanges(sentence, match.differences, 'page'),
    reference: differenceRanges(match.referenceClaim, match.differences, 'reference'),
  };
  const { source } = match;
  const link = safeLink(source.url);
  const title = source.title || source.publisher || 'Reference source';
  return (
    <li>
      {showReason && match.reason && <p class="why">{match.reason}</p>}
      <div class="pair">
        <figure>
          <figcaption>This page</figcaption>
          <blockquote>
            <Highlighted pieces={highlightPieces(sentence, decisive.page)} />
          </blockquote>
        </figure>
        <figure class={match.stance}>
          <figcaption>{STANCE_LABEL[match.stance]}</figcaption>
          <blockquote>
            <Highlighted pieces={highlightPieces(match.referenceClaim, decisive.reference)} />
          </blockquote>
        </figure>
      </div>
      <p class="source">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
        {source.publisher !== title && source.publisher && ` · ${source.publisher}`}
        {source.publishedAt && ` · ${showDate(source.publishedAt)}`}
      </p>
    </li>
  );
}
