/**
 * Header, tabs and the chosen tab's panel, inside the app's refresh clock.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddArticle } from './AddArticle';
import { type ActiveTab, getActiveTab } from './active-tab';
import { plainError } from './errors';
import { Header } from './Header';
import { ImportExport } from './ImportExport';
import { type MessageKey, t } from './i18n';
import { Notice } from './Notice';
import { References } from './References';
import { SettingsPanel } from './SettingsPanel';
import { Tabs } from './Tabs';
import { ThisPage } from './ThisPage';
import { useSettings } from './use-settings';

export type Surface = 'popup' | 'options';
export type PanelId = 'page' | 'references' | 'add' | 'io' | 'settings';

const PANELS: readonly { id: PanelId; label: MessageKey; popupOnly?: boolean }[] = [
  { id: 'page', label: 'tabThisPage', popupOnly: true },
  { id: 'references', label: 'tabReferences' },
  { id: 'add', label: 'tabAdd' },
  { id: 'io', label: 'tabImportExport' },
  { id: 'settings', label: 'tabSettings' },
];

export interface AppShellProps {
  surface: Surface;
  onClose: () => void;
}

export function AppShell({ surface, onClose }: AppShellProps) {
  const panels = PANELS.filter((panel) => surface === 'popup' || !panel.popupOnly);
  const [selected, setSelected] = useState<PanelId>(panels[0].id);
  const [tab, setTab] = useState<ActiveTab | null | undefined>(surface === 'popup' ? undefined : null);
  const [openError, setOpenError] = useState<string | null>(null);
  const { settings, error: settingsError, change } = useSettings();

  useEffect(() => {
    if (surface !== 'popup') return;
    getActiveTab().then(setTab, () => setTab(null));
  }, [surface]);

  const openOptions = () => {
    setOpenError(null);
    browser.runtime.openOptionsPage().then(onClose, (failure: unknown) => {
      setOpenError(plainError(failure, t('errorOpenOptions')));
    });
  };

  return (
    <div class={`app app-${surface}`}>
      <Header settings={settings} hostname={tab?.hostname ?? ''} />
      {/* The page's one `main` landmark: with the header (a banner), every part of the page is in a landmark. */}
      <main class="app-main">
        <Tabs
          label={t('appName')}
          tabs={panels.map((panel) => ({ id: panel.id, label: t(panel.label) }))}
          selected={selected}
          onSelect={(id) => setSelected(id as PanelId)}
        >
          {selected === 'page' && <ThisPage tab={tab} onClose={onClose} />}
          {selected === 'references' && <References listHeight={surface === 'options' ? 560 : 330} />}
          {selected === 'add' && <AddArticle tab={surface === 'popup' ? tab : null} />}
          {selected === 'io' && <ImportExport />}
          {selected === 'settings' && (
            <>
              {settingsError && <Notice kind="error">{settingsError}</Notice>}
              {openError && <Notice kind="error">{openError}</Notice>}
              <SettingsPanel
                settings={settings}
                hostname={tab?.hostname ?? ''}
                onChange={change}
                onOpenOptions={surface === 'popup' ? openOptions : undefined}
              />
            </>
          )}
        </Tabs>
      </main>
    </div>
  );
}
