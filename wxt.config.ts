import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { taggerDataText } from './lib/nlp/tagger-data-node';
import { TAGGER_DATA_PATH } from './lib/nlp/wink-model';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The part-of-speech tagger's tables (3 MB), a packaged file the background fetches (background/tagger.ts)
    // rather than part of its script: Firefox's add-on linter refuses JavaScript files of 5 MB or more.
    'build:publicAssets': (_wxt, files) => {
      files.push({ contents: taggerDataText(), relativeDest: TAGGER_DATA_PATH });
    },
    // The content script and its parts (entrypoints/page-*.ts, see content/parts.ts) need no polyfill:
    // they use runtime.id, getURL and messaging through `chrome`, present in Chrome and Firefox. Their
    // `wxt/browser` is WXT's plain `browser ?? chrome`, which keeps about 10 KB out of the code pages load.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      const pageCode = (type: string) => type === 'content-script' || type === 'unlisted-script';
      if (!entrypoints.every((entry) => pageCode(entry.type)) || !alias || Array.isArray(alias)) return;
      delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: 'ClaimLens',
    default_locale: 'en',
    description:
      'Marks known claims on news pages and shows whether your reference sources corroborate or contradict them. Nothing leaves your browser.',
    // `scripting` (Chrome's Manifest V3; Firefox's V2 has tabs.executeScript) injects the annotator part into a
    // page without it when the reader asks for something there: only after a click on the toolbar button or a
    // context-menu entry, which grants `activeTab` for that tab (messaging/to-page.ts).
    permissions: ['storage', 'contextMenus', 'activeTab', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // The every-page part of the content script. Declared here rather than as a WXT content script, whose
    // wrapper reads the extension API before main() runs: page-gate.js reads none until the page has an article.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['page-gate.js'],
        // No stylesheet: a page could tell ClaimLens is installed by what it does to an element the page makes
        // (content/shadow.ts styles ClaimLens's hosts inline instead).
        run_at: 'document_idle' as const,
      },
    ],
    // The content script's parts, loaded with import() from page-gate.js (content/parts.ts). In Chrome
    // they are reachable only at the per-session URL runtime.getURL gives, so a page cannot probe the
    // extension's fixed id to learn that ClaimLens is installed (Firefox's extension URLs are random already).
    web_accessible_resources: [
      {
        resources: ['page-annotator.js', 'page-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.example',
        // A newer Firefox key, not yet in WXT's manifest types.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
