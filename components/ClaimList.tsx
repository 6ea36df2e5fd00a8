/**
 * The claims of one source, or the claims matching a search, fetched page by page as they scroll into view
 * and shown in a windowed list: 10,000 claims cost a few dozen DOM rows and one page of data at a time.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ListedClaim } from '@/lib/store/claims';
import type { ReferenceClaim } from '@/lib/types';
import { sendMessage } from '@/messaging/protocol';
import { type ClaimEdit, ClaimRow } from './ClaimRow';
import { plainError } from './errors';
import { t } from './i18n';
import { Notice } from './Notice';
import { useRefresh } from './refresh';
import { SkeletonRows } from './SkeletonRows';
import { VirtualList } from './VirtualList';

/** Claims fetched per request. */
export const CLAIM_PAGE_SIZE = 100;
/** Height of a claim row in px (the CSS gives .claim-row the same). */
export const CLAIM_ROW_HEIGHT = 72;

export interface ClaimListProps {
  sourceId?: string;
  query?: string;
  /** Source titles by id, shown under each claim in search results. */
  sourceTitles?: ReadonlyMap<string, string>;
  label: string;
  emptyText: string;
  /** Saves an edit; rejects with plain words. */
  onEdit: (claim: ReferenceClaim, text: string) => Promise<void>;
  onDelete: (claim: ReferenceClaim) => void;
  fallbackHeight?: number;
}

interface Loaded {
  total: number | undefined;
  pages: ReadonlyMap<number, ListedClaim[]>;
}

export function ClaimList({
  sourceId,
  query,
  sourceTitles,
  label,
  emptyText,
  onEdit,
  onDelete,
  fallbackHeight,
}: ClaimListProps) {
  const { tick } = useRefresh();
  const [loaded, setLoaded] = useState<Loaded>({ total: undefined, pages: new Map() });
  const [error, setError] = useState<string | null>(null);
  const [edit, setEdit] = useState<ClaimEdit | null>(null);
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const range = useRef({ first: 0, last: 0 });
  const loadedPages = useRef(loaded.pages);
  loadedPages.current = loaded.pages;

  const fetchPages = useCallback(
    async (pageNumbers: number[], replace: boolean) => {
      const asked = generation.current;
      for (const page of pageNumbers) inFlight.current.add(page);
      try {
        const answers = await Promise.all(
          pageNumbers.map((page) =>
            sendMessage('listClaims', { sourceId, query, offset: page * CLAIM_PAGE_SIZE, limit: CLAIM_PAGE_SIZE }),
          ),
        );
        if (asked !== generation.current) return;
        setLoaded((previous) => {
          const pages = new Map(replace ? [] : previous.pages);
          for (const [i, answer] of answers.entries()) pages.set(pageNumbers[i], answer.claims);
          return { total: answers[answers.length - 1]?.total ?? previous.total, pages };
        });
        setError(null);
      } catch (failure) {
        if (asked === generation.current) setError(plainError(failure, t('errorLoadClaims')));
      } finally {
        if (asked === generation.current) for (const page of pageNumbers) inFlight.current.delete(page);
      }
    },
    [sourceId, query],
  );

  // A new source or search: start over from the first page.
  useEffect(() => {
    generation.current += 1;
    inFlight.current.clear();
    range.current = { first: 0, last: 0 };
    setLoaded({ total: undefined, pages: new Map() });
    setEdit(null);
    void fetchPages([0], true);
  }, [fetchPages]);

  // Live updates: re-fetch the pages in view and forget the rest (they are fetched again when shown).
  const firstTick = useRef(tick);
  useEffect(() => {
    if (tick === firstTick.current) return;
    const { first, last } = range.current;
    const pages: number[] = [];
    for (let page = Math.floor(first / CLAIM_PAGE_SIZE); page <= Math.floor(last / CLAIM_PAGE_SIZE); page++) {
      pages.push(page);
    }
    void fetchPages(pages, true);
  }, [tick]);

  const onRangeChange = useCallback(
    (first: number, last: number) => {
      range.current = { first, last };
      const missing: number[] = [];
      for (let page = Math.floor(first / CLAIM_PAGE_SIZE); page <= Math.floor(last / CLAIM_PAGE_SIZE); page++) {
        if (!inFlight.current.has(page)) missing.push(page);
      }
      const needed = missing.filter((page) => !loadedPages.current.has(page));
      if (needed.length > 0) void fetchPages(needed, false);
    },
    [fetchPages],
  );

  const save = async (claim: ReferenceClaim, draft: string) => {
    const text = draft.trim();
    if (!text) {
      setEdit({ id: claim.id, draft, error: t('errorEmptyClaim') });
      return;
    }
    if (text === claim.text) {
      setEdit(null);
      return;
    }
    try {
      await onEdit(claim, text);
      setLoaded((previous) => ({
        total: previous.total,
        pages: new Map(
          [...previous.pages].map(([page, claims]) => [
            page,
            claims.map((item) => (item.id === claim.id ? { ...item, text } : item)),
          ]),
        ),
      }));
      setEdit(null);
    } catch (failure) {
      setEdit({ id: claim.id, draft, error: plainError(failure, t('errorEditClaim')) });
    }
  };

  if (loaded.total === undefined) {
    return error ? <Notice kind="error">{error}</Notice> : <SkeletonRows rows={5} rowClass="claim-row" />;
  }
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      {loaded.total === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <VirtualList
          count={loaded.total}
          rowHeight={CLAIM_ROW_HEIGHT}
          label={label}
          fallbackHeight={fallbackHeight}
          onRangeChange={onRangeChange}
          renderRow={(index) => {
            const claim = loaded.pages.get(Math.floor(index / CLAIM_PAGE_SIZE))?.[index % CLAIM_PAGE_SIZE];
            if (!claim) {
              return (
                <div class="claim-row skeleton-row" aria-hidden="true">
                  <span class="skeleton-line" />
                </div>
              );
            }
            const rowEdit = edit?.id === claim.id ? edit : null;
            return (
              <ClaimRow
                claim={claim}
                sourceTitle={sourceTitles ? (sourceTitles.get(claim.sourceId) ?? '') : undefined}
                edit={rowEdit}
                onStartEdit={() => setEdit({ id: claim.id, draft: claim.text, error: null })}
                onDraft={(draft) => setEdit({ id: claim.id, draft, error: null })}
                onSave={() => save(claim, rowEdit?.draft ?? claim.text)}
                onCancel={() => setEdit(null)}
                onDelete={() => onDelete(claim)}
              />
            );
          }}
        />
      )}
    </>
  );
}
