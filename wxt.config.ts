import preact from '@preact/preset-vite';
import { parse } from 'valibot';
import { defineConfig } from 'wxt';
import about from './data/about.json';
import lexicon from './data/lexicon.json';
import model from './data/model.json';
import { bundledData } from './lib/dataset';
import { AboutSchema, LexiconSchema, ModelSchema } from './lib/schema';

// The E2E build is the shipped build plus two test affordances: a host permission for the local
// fixture server (Playwright cannot make the user gesture that grants activeTab) and the flag
// handlers exposed to `serviceWorker.evaluate`. It goes to its own folder so it is never zipped.
const e2e = process.env.BALLOT_GUARD_E2E === '1';

// Extension pages load only what the package ships; MV3 allows nothing looser for scripts anyway.
const csp = "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // A broken edit of the data fails the build, with the file, record and field, not the first flag.
    'build:before': () => {
      bundledData();
      parse(LexiconSchema, lexicon);
      parse(ModelSchema, model);
      parse(AboutSchema, about);
    },
  },
  outDir: e2e ? '.output-e2e' : '.output',
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.E2E': JSON.stringify(e2e) },
    // Vite's modulepreload polyfill fetches chunks itself; extension pages load them from the package anyway.
    build: { chunkSizeWarningLimit: 1024, modulePreload: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'flag-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFlag__',
      },
    },
    content_security_policy: { extension_pages: csp },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ballot-guard@civic-resilience.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
