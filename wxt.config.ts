import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * Chromium refuses a content script that is not valid UTF-8 ("not UTF-8 encoded"), and bundled libraries carry raw
 * characters such as U+FFFF. Every non-ASCII character in emitted JavaScript is written as a \u escape instead, which
 * means the same thing in strings, regular expressions and identifiers.
 */
function asciiOnly(): Plugin {
  return {
    name: 'pressure-points:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') {
          chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        }
      }
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Pressure Points',
    description: 'Highlights the levers of trade disputes in the article you read: who holds them and which way they are pulled.',
    // storage: settings, per-tab results and the candidate word list; unlimitedStorage: saved annotations are
    // never evicted for lack of quota; activeTab: when the reader opens the popup, it may read the current tab's
    // address (to offer the site switch even where the extension is off), without access to every tab.
    permissions: ['storage', 'unlimitedStorage', 'activeTab'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next lever on the page and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous lever on the page and open its card',
      },
    },
    // Firefox only (Chrome warns about keys it does not know). A fixed add-on id keeps the same IndexedDB and storage
    // across installs and updates; 'none' declares that nothing is collected or transmitted, which AMO requires of new
    // add-ons. Firefox reads data_collection_permissions from version 140 (142 on Android), hence the minimum versions.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'pressure-points@example.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    plugins: [asciiOnly()],
  }),
});
