/**
 * "References": the sources, a source's claims, a search across all claims; delete with undo, edit in place.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReferenceClaim } from '@/lib/types';
import type { Removed, SourceSummary } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { ClaimList } from './ClaimList';
import { plainError } from './errors';
import { t } from './i18n';
import { Notice } from './Notice';
import { useRefresh } from './refresh';
import { SkeletonRows } from './SkeletonRows';
import { SourceList } from './SourceList';
import { UndoBar } from './UndoBar';
import { useRemote } from './use-remote';

/** Wait after the last keystroke before searching, in ms. */
export const SEARCH_DELAY_MS = 200;

interface PendingUndo {
  /** Distinguishes two deletes with the same message, so each gets its full time. */
  id: number;
  message: string;
  removed: Removed;
}

export interface ReferencesProps {
  /** Viewport height for the lists before layout (taller on the options page). */
  listHeight?: number;
}

export function References({ listHeight }: ReferencesProps) {
  const { bump } = useRefresh();
  const sources = useRemote(() => sendMessage('listSources'), [], t('errorLoadSources'));
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const undoCount = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const titles = useMemo(
    () => new Map((sources.data ?? []).map((source) => [source.id, source.title || t('untitledSource')])),
    [sources.data],
  );
  const openSource = sources.data?.find((source) => source.id === openId) ?? null;

  /** Runs a change, reports failure in plain words, and refreshes every view after it. */
  const change = async (action: () => Promise<void>, fallback: string) => {
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (failure) {
      setError(plainError(failure, fallback));
    }
    bump();
  };

  const toggle = (source: SourceSummary, enabled: boolean) =>
    change(async () => {
      if (sources.data) {
        sources.replace(sources.data.map((item) => (item.id === source.id ? { ...item, enabled } : item)));
      }
      await sendMessage('setSourceEnabled', { id: source.id, enabled });
    }, t('errorToggleSource'));

  const deleteSource = (source: SourceSummary) =>
    change(async () => {
      const removed = await sendMessage('deleteSource', { id: source.id });
      if (openId === source.id) setOpenId(null);
      setUndo({ id: ++undoCount.current, message: t('sourceDeleted', source.title || t('untitledSource')), removed });
    }, t('errorDeleteSource'));

  const deleteClaim = (claim: ReferenceClaim) =>
    change(async () => {
      const removed = await sendMessage('deleteClaim', { id: claim.id });
      setUndo({ id: ++undoCount.current, message: t('claimDeleted'), removed });
    }, t('errorDeleteClaim'));

  const editClaim = async (claim: ReferenceClaim, text: string) => {
    await sendMessage('editClaim', { id: claim.id, text });
    bump();
  };

  const restore = (pending: PendingUndo) =>
    change(async () => {
      setUndo(null);
      await sendMessage('restore', pending.removed);
      setNotice(t('restored'));
    }, t('errorRestore'));

  let body: ComponentChildren;
  if (query) {
    body = (
      <ClaimList
        key={`search:${query}`}
        query={query}
        sourceTitles={titles}
        label={t('searchResults')}
        emptyText={t('noSearchResults', query)}
        onEdit={editClaim}
        onDelete={deleteClaim}
        fallbackHeight={listHeight}
      />
    );
  } else if (openSource) {
    body = (
      <>
        <div class="source-heading">
          <button type="button" class="link-button" onClick={() => setOpenId(null)}>
            {t('backToSources')}
          </button>
          <h2 class="source-heading-title">{openSource.title || t('untitledSource')}</h2>
        </div>
        <ClaimList
          key={`source:${openSource.id}`}
          sourceId={openSource.id}
          label={t('claimsOf', openSource.title || t('untitledSource'))}
          emptyText={t('noClaimsInSource')}
          onEdit={editClaim}
          onDelete={deleteClaim}
          fallbackHeight={listHeight}
        />
      </>
    );
  } else if (sources.data) {
    body = (
      <SourceList
        sources={sources.data}
        onOpen={(source) => setOpenId(source.id)}
        onToggle={toggle}
        onDelete={deleteSource}
        fallbackHeight={listHeight}
      />
    );
  } else if (sources.error) {
    body = null;
  } else {
    body = <SkeletonRows rows={5} rowClass="source-row" />;
  }

  return (
    <section class="references" aria-label={t('tabReferences')}>
      <label class="search">
        <span class="visually-hidden">{t('searchClaims')}</span>
        <input
          type="search"
          placeholder={t('searchClaimsPlaceholder')}
          value={typed}
          onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {sources.error && <Notice kind="error">{sources.error}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {notice && <Notice kind="success">{notice}</Notice>}
      {body}
      {undo && (
        <UndoBar key={undo.id} message={undo.message} onUndo={() => restore(undo)} onExpire={() => setUndo(null)} />
      )}
    </section>
  );
}
