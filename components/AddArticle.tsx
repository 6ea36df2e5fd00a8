/**
 * "Add": paste an article (or take the current tab's), see the claims it gives, untick some, save the rest.
 */
import { useRef, useState } from 'preact/hooks';
import { articleTextOfHtml } from '@/lib/reference/article-blocks';
import type { ArticleMeta } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { sendToPage } from '@/messaging/to-page';
import type { ActiveTab } from './active-tab';
import { ClaimChecklist } from './ClaimChecklist';
import { looksLikeHtml } from './detect-html';
import { plainError } from './errors';
import { countOf, type MessageKey, t } from './i18n';
import { Notice } from './Notice';
import { useRefresh } from './refresh';

export type ArticleFormat = 'auto' | 'text' | 'html';

const FORMATS: readonly { value: ArticleFormat; label: MessageKey }[] = [
  { value: 'auto', label: 'formatAuto' },
  { value: 'text', label: 'formatText' },
  { value: 'html', label: 'formatHtml' },
];

const META_FIELDS: readonly { name: keyof ArticleMeta; label: MessageKey; type: string }[] = [
  { name: 'title', label: 'fieldTitle', type: 'text' },
  { name: 'publisher', label: 'fieldPublisher', type: 'text' },
  { name: 'url', label: 'fieldUrl', type: 'url' },
  { name: 'publishedAt', label: 'fieldDate', type: 'date' },
];

const EMPTY_META: ArticleMeta = { title: '', publisher: '', url: '', publishedAt: '' };

/** Whether a URL field is acceptable: empty, or an http(s) address. */
export function isAcceptableUrl(url: string): boolean {
  if (!url.trim()) return true;
  try {
    return /^https?:$/.test(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

/** Parses pasted HTML with the page's own DOMParser: an inert document (no script runs, nothing loads). */
const parseHere = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The article as the background takes it, plain text: pasted HTML is read here, where a DOM exists, and its article
 * body (found by the engine's extractor, as on a live page) is sent as text paragraphs; the background has no DOM
 * parser to carry.
 */
export function articleText(content: string, html: boolean): string {
  return html ? articleTextOfHtml(content, parseHere) : content;
}

interface Preview {
  claims: string[];
  kept: boolean[];
}

export interface AddArticleProps {
  /** The tab under the popup; "Add this page" needs it (absent on the options page). */
  tab?: ActiveTab | null;
}

export function AddArticle({ tab }: AddArticleProps) {
  const { bump } = useRefresh();
  const [meta, setMeta] = useState<ArticleMeta>(EMPTY_META);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ArticleFormat>('auto');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);

  const isHtml = (content: string, chosen: ArticleFormat) =>
    chosen === 'html' || (chosen === 'auto' && looksLikeHtml(content));

  const showClaims = async (content: string, chosen: ArticleFormat) => {
    setError(null);
    setDone(null);
    if (!content.trim()) {
      setError(t('errorEmptyArticle'));
      return;
    }
    setBusy(true);
    try {
      const { claims } = await sendMessage('previewArticle', { text: articleText(content, isHtml(content, chosen)) });
      if (claims.length === 0) setError(t('errorNoClaimsFound'));
      else setPreview({ claims, kept: claims.map(() => true) });
    } catch (failure) {
      setError(plainError(failure, t('errorPreview')));
    } finally {
      setBusy(false);
    }
  };

  const addThisPage = async () => {
    if (!tab) return;
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const page = await sendToPage(tab.id, 'extractPage', undefined);
      setMeta({ ...EMPTY_META, ...page.meta });
      setText(page.text);
      setFormat('text');
      setBusy(false);
      await showClaims(page.text, 'text');
    } catch (failure) {
      setError(plainError(failure, t('errorExtractPage')));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!preview) return;
    setError(null);
    const claims = preview.claims.filter((_claim, index) => preview.kept[index]);
    if (!meta.title.trim()) {
      setError(t('errorNoTitle'));
      titleInput.current?.focus();
      return;
    }
    if (!isAcceptableUrl(meta.url)) {
      setError(t('errorBadUrl'));
      return;
    }
    if (claims.length === 0) {
      setError(t('errorNothingTicked'));
      return;
    }
    setBusy(true);
    try {
      const trimmed = { ...meta, title: meta.title.trim(), url: meta.url.trim() };
      const article = articleText(text, isHtml(text, format));
      const source = await sendMessage('addArticle', { meta: trimmed, text: article, claims });
      setDone(
        t('articleSaved', [
          source.title || trimmed.title,
          countOf(source.claimCount, 'claimCountOne', 'claimCountMany'),
        ]),
      );
      setMeta(EMPTY_META);
      setText('');
      setFormat('auto');
      setPreview(null);
      bump();
    } catch (failure) {
      setError(plainError(failure, t('errorAddArticle')));
    } finally {
      setBusy(false);
    }
  };

  const keptCount = preview ? preview.kept.filter(Boolean).length : 0;

  return (
    <form
      class="add-article"
      noValidate
      aria-label={t('tabAdd')}
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        if (preview) void save();
        else void showClaims(text, format);
      }}
    >
      {tab && !preview && (
        <button type="button" class="wide" disabled={busy} onClick={addThisPage}>
          {t('addThisPage')}
        </button>
      )}
      <div class="field-grid">
        {META_FIELDS.map((field) => (
          <label key={field.name} class="field">
            <span>{t(field.label)}</span>
            <input
              ref={field.name === 'title' ? titleInput : undefined}
              type={field.type}
              value={meta[field.name]}
              onInput={(event) => setMeta({ ...meta, [field.name]: (event.currentTarget as HTMLInputElement).value })}
            />
          </label>
        ))}
      </div>
      {preview ? (
        <ClaimChecklist
          claims={preview.claims}
          kept={preview.kept}
          onChange={(kept) => setPreview({ ...preview, kept })}
        />
      ) : (
        <>
          <fieldset class="format">
            <legend>{t('formatLegend')}</legend>
            {FORMATS.map((option) => (
              <label key={option.value} class="check">
                <input
                  type="radio"
                  name="article-format"
                  value={option.value}
                  checked={format === option.value}
                  onChange={() => setFormat(option.value)}
                />
                <span>{t(option.label)}</span>
              </label>
            ))}
          </fieldset>
          <label class="field">
            <span>{t('fieldArticle')}</span>
            <textarea
              class="article-text"
              rows={7}
              value={text}
              onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      <div class="actions">
        {preview && (
          <button type="button" disabled={busy} onClick={() => setPreview(null)}>
            {t('back')}
          </button>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {preview ? countOf(keptCount, 'saveClaimOne', 'saveClaimsMany') : t('showClaims')}
        </button>
      </div>
    </form>
  );
}
