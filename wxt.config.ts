import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'ClaimLens',
    default_locale: 'en',
    description:
      'Marks known claims on news pages and shows whether your reference sources corroborate or contradict them. Nothing leaves your browser.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.example',
        // @ts-expect-error newer Firefox key, not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
