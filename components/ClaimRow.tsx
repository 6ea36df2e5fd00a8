/**
 * One reference claim in a list: its text, and Edit / Delete; in edit mode, a text box edited in place. A claim
 * from a pack says so instead: it is changed with its pack, in Packs.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ListedClaim } from '@/lib/store/claims';
import { t } from './i18n';

export interface ClaimEdit {
  id: string;
  draft: string;
  error: string | null;
}

export interface ClaimRowProps {
  claim: ListedClaim;
  /** Shown under the text in search results (claims from many sources). */
  sourceTitle?: string;
  /** The edit in progress on this row, if any. */
  edit: ClaimEdit | null;
  onStartEdit: () => void;
  onDraft: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: () => void;
}

export function ClaimRow({
  claim,
  sourceTitle,
  edit,
  onStartEdit,
  onDraft,
  onSave,
  onCancel,
  onDelete,
}: ClaimRowProps) {
  const editor = useRef<HTMLTextAreaElement>(null);
  const editing = edit !== null;
  useEffect(() => {
    if (editing) editor.current?.focus({ preventScroll: true });
  }, [editing]);
  if (edit) {
    return (
      <div class="claim-row editing">
        <textarea
          class="claim-editor"
          aria-label={t('claimText')}
          aria-invalid={edit.error ? true : undefined}
          value={edit.draft}
          rows={2}
          ref={editor}
          onInput={(event) => onDraft((event.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onCancel();
            } else if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              onSave();
            }
          }}
        />
        <div class="row-actions">
          <button type="button" class="small primary" onClick={onSave}>
            {t('save')}
          </button>
          <button type="button" class="small" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
        {edit.error && (
          <p class="row-error" role="alert">
            {edit.error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class="claim-row">
      <div class="row-body">
        <p class="claim-text" title={claim.text}>
          {claim.text}
        </p>
        {claim.fromPack !== undefined ? (
          <p class="row-meta">{t('claimFromPack', claim.fromPack || t('untitledSource'))}</p>
        ) : (
          sourceTitle !== undefined && <p class="row-meta">{sourceTitle}</p>
        )}
      </div>
      {claim.fromPack === undefined && (
        <div class="row-actions">
          <button type="button" class="small" aria-label={t('editClaimNamed', claim.text)} onClick={onStartEdit}>
            {t('edit')}
          </button>
          <button type="button" class="small danger" aria-label={t('deleteClaimNamed', claim.text)} onClick={onDelete}>
            {t('delete')}
          </button>
        </div>
      )}
    </div>
  );
}
