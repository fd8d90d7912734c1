import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { mergeConfig, type Plugin } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { lazyModules } from './scripts/vite/lazy-modules';
import { seedKnowledge } from './scripts/vite/seed-knowledge';

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

/**
 * Vite leaves the whitespace of an ES-module library build (to keep its pure annotations for later bundlers); this
 * file goes to the browser as it is, so it is minified in full.
 */
function minifyModule(): Plugin {
  return {
    name: 'pressure-points:minify-module',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = (await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
      }
    },
  };
}

/**
 * V8's explicit compile hint for the page script (article-page.js): compile all of its functions with the file instead
 * of each on its first call. A painted page calls most of them, and compiling each lazily (a second, full parse of its
 * source, on the main thread) cost more than compiling them all at once: measured in Chromium 156 at load 4 to 10,
 * main-thread CPU on painted pages with the file's compilation counted, 2 to 7 ms less (the module is parsed on a
 * background thread as it streams in: 2.9 ms there before, 5.4 now, off the page's main thread). Also on the loader
 * every page evaluates (article-loader.js, a classic script, compiled on the main thread): an article page calls ~35 of
 * its functions, each compiled lazily on its first call (a second parse), which was 2.0 to 2.5 ms of compilation there;
 * compiled with the file, 1.3 to 1.8 ms. A page without an article, which calls only the few functions of the first
 * look, pays for it: its compilation 0.1 to 0.25 ms more (median 1.28 and 1.40 ms against 1.21 and 1.15 over the three
 * such pages of `npm run bench`, 7 loads each, Chromium 156 at load 7 to 11), its CPU 0.2 to 0.6 ms more within the
 * machine's noise; an article page saves about 1.1 ms of compilation (README, Speed: the trade, and why it was taken).
 * The comment must come first in the file, so it is added after minification. Other browsers ignore it.
 */
function compileEagerly(): Plugin {
  return {
    name: 'pressure-points:compile-eagerly',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/** Pages the content script runs on. */
const PAGES = ['http://*/*', 'https://*/*'];

/**
 * How the content script gets onto a page, and why this way. Every page evaluates article-loader.js, a few KB that
 * decide whether there is anything to paint (src/page/loader.ts). Only then is the rest, article-page.js, loaded,
 * with a dynamic import() from the loader. That file has to be web-accessible for import() to fetch it, and a
 * web-accessible file lets any site probe for the extension at chrome-extension://<id>/<file>. So in Chrome it is
 * accessible only through `use_dynamic_url`: a URL with a random id that changes every browser session, which
 * runtime.getURL gives the content script and nothing gives the page. Checked in Chromium 156: the static URL
 * cannot be fetched by a page; the import appears neither in the page's Resource Timing nor in its Long Animation
 * Frame entries; and the module runs in the content script's isolated world.
 * The alternative, the background injecting the rest with scripting.executeScript, exposes no file at all, but needs
 * the `scripting` permission plus host permissions for every http(s) site (content-script matches are not enough:
 * Chromium refuses with "Cannot access contents of the page"). Those host permissions would let the extension read
 * the address of every open tab and make requests to any site with the user's cookies, which README's permission
 * policy rules out, and every paint would wait for the service worker to be awake.
 * Firefox MV2 has no use_dynamic_url; there the file's address holds the random per-install moz-extension id.
 */
const contentScripts = {
  // Evaluated at document_start, it starts on the DOMContentLoaded event itself (entrypoints/article-loader.ts): the
  // article's text is there, and painting need not wait for the page's images. A document_end script runs in a task
  // of its own after that event, which Chromium 156 scheduled tens of milliseconds later (measured: 13 to 110 ms).
  content_scripts: [{ matches: PAGES, js: ['article-loader.js'], run_at: 'document_start' as const }],
  web_accessible_resources: [{ resources: ['article-page.js'], matches: PAGES, use_dynamic_url: true }],
};

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
    ...contentScripts,
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
    // PP_NO_MINIFY=1: readable function names in the benchmark's CPU breakdown (PP_BENCH_BREAKDOWN).
    ...(process.env.PP_NO_MINIFY === '1' && { build: { minify: false } }),
  }),
  hooks: {
    // The extension's pages (popup.html, dashboard.html) are built one page per build, not together. Built together,
    // every module two pages share becomes a chunk of its own, and a page then fetches several small files before its
    // first line runs; each file fetched is a round trip to the browser process (measured on the bench machine: a
    // module with one static import opened ~30 ms later than a module alone, one of 280 KB no later, its compiled
    // code being cached). Built apart, each page's first view is one file; what it loads later stays in chunks.
    'entrypoints:grouped': (_wxt, groups) => {
      const at = groups.findIndex((g) => Array.isArray(g) && g.length > 1 && g.every((e) => e.inputPath.endsWith('.html')));
      if (at >= 0) groups.splice(at, 1, ...(groups[at] as Entrypoint[]).map((e) => [e]));
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const only = entrypoints.length === 1 ? entrypoints[0] : undefined;
      // article-page.js is import()ed: it must be an ES module whose default export is the PageModule.
      if (only?.name === 'article-page' && config.build?.lib) {
        config.build.lib.formats = ['es'];
        if (process.env.PP_NO_MINIFY !== '1') config.plugins = [...(config.plugins ?? []), minifyModule()];
        config.plugins = [...(config.plugins ?? []), compileEagerly()];
      }
      if (only?.name === 'article-loader') config.plugins = [...(config.plugins ?? []), compileEagerly()];
      // The service worker evaluates compromise and the database code only when a request needs them
      // (src/background/on-demand.ts); the engine's `import nlp from 'compromise'` gets a stand-in that does so.
      if (only?.type === 'background') {
        const standIn = fileURLToPath(new URL('./src/background/compromise-on-demand.ts', import.meta.url));
        Object.assign(config, mergeConfig(config, { plugins: [lazyModules(), seedKnowledge()], resolve: { alias: [{ find: /^compromise$/, replacement: standIn }] } }));
      }
    },
  },
});
