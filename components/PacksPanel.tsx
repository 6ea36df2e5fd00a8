/**
 * "Packs": subscribe to a published reference set by pasting its URL, and see, turn off, refresh or remove each
 * subscription. Subscribing asks the browser for that one origin in the reader's click (the only moment a page may
 * ask for an optional permission), then the background downloads, checks and stores the pack.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPermission } from '@/lib/packs/schedule';
import { parsePackLink } from '@/lib/packs/url';
import type { PackSubscription } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { plainError } from './errors';
import { t } from './i18n';
import { Notice } from './Notice';
import { PackRow } from './PackRow';
import { useRefresh } from './refresh';
import { useRemote } from './use-remote';

type Outcome = { kind: 'success' | 'error'; text: string };

export function PacksPanel() {
  const { bump } = useRefresh();
  const packs = useRemote(() => sendMessage('listPacks'), [], t('errorLoadPacks'));
  const [url, setUrl] = useState('');
  const [subscribing, setSubscribing] = useState(false);
  /** The host whose permission the browser's prompt is asking for, while it is open. */
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PackSubscription | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fail = (failure: unknown, fallback: string) =>
    setOutcome({ kind: 'error', text: plainError(failure, fallback) });

  const subscribe = (event: Event) => {
    event.preventDefault();
    setOutcome(null);
    let target: string;
    try {
      target = parsePackLink(url).url;
    } catch (failure) {
      fail(failure, t('errorSubscribePack'));
      return;
    }
    // Before any await: the browser grants an optional permission only within the reader's gesture.
    const granted = browser.permissions.request({ origins: [originPermission(target)] });
    // The prompt takes the focus, and a popup that loses it closes: the background then subscribes on the grant.
    void sendMessage('awaitPackGrant', { url }).catch(() => undefined);
    setSubscribing(true);
    setAsking(new URL(target).hostname);
    granted
      .then((ok) => {
        setAsking(null);
        if (!ok) {
          void sendMessage('awaitPackGrant', { url, refused: true }).catch(() => undefined);
          throw new Error(t('packPermissionRefused', new URL(target).hostname));
        }
        return sendMessage('subscribePack', { url });
      })
      .then(
        (pack) => {
          setUrl('');
          setOutcome({ kind: 'success', text: t('packSubscribed', pack.title || pack.url) });
          bump();
        },
        (failure: unknown) => fail(failure, t('errorSubscribePack')),
      )
      .finally(() => {
        setAsking(null);
        setSubscribing(false);
      });
  };

  /** Runs a change of one pack, then shows the list again (the pack's own line says how a refresh went). */
  const change = (pack: PackSubscription, run: () => Promise<unknown>) => {
    setOutcome(null);
    setBusy(pack.id);
    run()
      .then(bump, (failure: unknown) => fail(failure, t('errorChangePack')))
      .finally(() => setBusy(null));
  };

  return (
    <section class="panel-section packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p id="packs-help" class="help">
        {t('packsHelp')}
      </p>
      <form class="pack-subscribe" onSubmit={subscribe}>
        <label class="field">
          <span>{t('packUrlLabel')}</span>
          <input
            type="url"
            value={url}
            required
            placeholder="https://"
            aria-describedby="packs-help"
            onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={subscribing || url.trim() === ''}>
          {subscribing ? t('packSubscribing') : t('packSubscribe')}
        </button>
      </form>
      {asking && (
        <p class="help" role="status">
          {t('packAskingPermission', asking)}
        </p>
      )}
      {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      {packs.error && <Notice kind="error">{packs.error}</Notice>}
      {packs.data?.length === 0 && <p class="help">{t('packsNone')}</p>}
      {packs.data && packs.data.length > 0 && (
        <ul class="pack-list">
          {packs.data.map((pack) => (
            <PackRow
              key={pack.id}
              pack={pack}
              busy={busy === pack.id}
              onToggle={(enabled) => change(pack, () => sendMessage('setPackEnabled', { id: pack.id, enabled }))}
              onRefresh={() => change(pack, () => sendMessage('refreshPack', { id: pack.id }))}
              onRemove={() => setRemoving(pack)}
            />
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={t('packRemoveTitle')}
          confirmLabel={t('packRemove')}
          onConfirm={() => {
            const pack = removing;
            setRemoving(null);
            change(pack, () => sendMessage('removePack', { id: pack.id }));
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('packRemoveBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
