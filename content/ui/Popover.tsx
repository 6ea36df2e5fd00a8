/**
 * The popover: first the verdict's reason in one line (from the background), then the annotated sentence beside
 * each matching reference claim, with a "Not a match" button;
 * also used for the result of checking a selection and for short notices. Pure view: the content script
 * positions it, moves focus and closes it.
 */
import type { PageAnnotation } from '@/lib/types';
import { Comparison } from './Comparison';
import { type BadgeStatus, badgeName } from './labels';

/** What the popover shows. */
export type PopoverView =
  | { kind: 'annotation'; annotation: PageAnnotation }
  | { kind: 'check'; text: string; annotation: PageAnnotation | null }
  | { kind: 'notice'; message: string };

export interface PopoverProps {
  view: PopoverView;
  /** The close button's click (the caller decides whom to trust, as for `onNotAMatch`). */
  onClose: (event: MouseEvent) => void;
  /** Shown as the "Not a match" button when given. */
  onNotAMatch?: (event: MouseEvent) => void;
}

function summary(annotation: PageAnnotation): string {
  if (annotation.status === 'related') return 'Related reference claims (no verdict)';
  return badgeName(annotation.status as BadgeStatus, annotation.sourceCount);
}

function Body({ view }: { view: PopoverView }) {
  if (view.kind === 'notice') return <p role="status">{view.message}</p>;
  const annotation = view.annotation;
  if (!annotation) return <p>No reference claim matches the selected text.</p>;
  // The first line is the reason of one match; the others then say their own.
  const lead = annotation.reason;
  return (
    <>
      {lead && <p class="reason">{lead}</p>}
      <p class="summary">{summary(annotation)}</p>
      <ol class="matches">
        {annotation.matches.map((match, i) => (
          <Comparison sentence={annotation.text} match={match} showReason={!lead || i > 0} />
        ))}
      </ol>
    </>
  );
}

export function Popover({ view, onClose, onNotAMatch }: PopoverProps) {
  return (
    <div class="popover" role="dialog" aria-label="ClaimLens" tabIndex={-1}>
      <div class="bar">
        <span>ClaimLens</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <Body view={view} />
      {onNotAMatch && (
        <button type="button" class="not-a-match" onClick={onNotAMatch}>
          Not a match
        </button>
      )}
    </div>
  );
}
