import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { OPEN_CARD_COMMAND } from './lib/commands';
import { SITE_MATCHES } from './lib/sites';
import { phraseDataVite } from './lib/checker/data/plugins';

// Manifest and build settings. Host access is limited to the three sites the
// extension reads drafts on; the checker runs locally, nothing is fetched.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The phrase data and the rules' messages: YAML sources compiled at build time (lib/checker/data/plugins.ts).
  vite: () => ({ plugins: [phraseDataVite(import.meta.dirname)] }),
  hooks: {
    // The privacy statement ships with the extension, so the options page can link to it offline.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'PRIVACY.md'), relativeDest: 'PRIVACY.md' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and checklist ticks. scripting: start the content script in tabs that were
    // already open when the extension was installed or updated. sidePanel: Chrome's side panel
    // (Firefox shows the same page as a sidebar, with no permission).
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'sidePanel'],
    // The same three sites the content script reads, no more: scripting needs them spelled out.
    host_permissions: SITE_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // A keyboard shortcut opens the card of the box being written in, with the focus in it
    // (the badge and the card are last in the page's tab order, after the site's Send button).
    commands: {
      [OPEN_CARD_COMMAND]: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenCard__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // A fixed id, so storage survives updates; and the extension declares it collects no data.
        gecko: { id: '{7d1c2f0e-5b7a-4c1e-9a5e-3f2b8c6d4a10}', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
