/**
 * The content script every page evaluates, kept small (no polyfill, no UI, no engine, no painter). It decides whether
 * there is anything to do: is the page an article (article.ts looks at the DOM only: no layout, no computed style)?
 * Most pages stop there, without touching the extension's API. An article's text goes to the background in one
 * message, which answers whether the site is switched on, whether a lever phrase is in it (gate.ts) and, if so, the
 * engine's mentions, with the settings painting needs: the loader reads no extension storage and compiles no gate.
 * Only when there are mentions does it load the rest of the content script (painter, card, watcher: see
 * `PageModule`), which takes over the page.
 *
 * It also follows the page: a single-page app's navigation and the per-site switch start it again.
 */
import { send } from '../messaging/client';
import { extensionApi } from '../messaging/extension-api';
import { clip, MAX_TITLE } from '../types/limits';
import type { ArticleReading, PageAnalysis, PageSettings } from '../messaging/protocol';
import { cutText, extractText, findArticleRoot, paragraphText, type ArticleText } from './article';
import { PageContext } from './context';
import { compileGate, type Gate } from '../engine/gate';
import { DISABLED_SITES_KEY, GATE_KEY, MAX_ARTICLE_CHARS } from '../types/settings';

export type { PageSettings };

/** What the loader hands to the rest of the content script when a page has something to paint. */
export interface PageRun {
  /** Over when the page navigates, the site is switched off or the extension goes away. */
  ctx: PageContext;
  doc: Document;
  root: Element;
  article: ArticleText;
  /** The background's answer for `article.text`: at least one mention. */
  analysis: PageAnalysis;
  settings: PageSettings;
  /** The page's title as the background may receive it (cut to the protocol's limits). */
  page: { title: string };
  /**
   * The lever phrases to look for in new text (current after knowledge-base edits), read from extension storage on
   * the first call; null: read everything (none published yet, or storage could not be read).
   */
  gate(): Promise<Gate | null>;
  /** performance.now() when the loader started on this page. */
  startedAt: number;
}

export interface PageSession {
  /** Removes everything painted or shown and stops watching; the page is as it was. */
  stop(): void;
}

/** The rest of the content script, loaded on demand (entrypoints/article-page.ts). */
export interface PageModule {
  startPage(run: PageRun): PageSession;
}

/** After a single-page app's navigation, the wait before the new view is read. */
const NAVIGATION_DELAY = 250;

/**
 * The page's title, cut to what a message may carry. Its address is not sent: the background takes it from the
 * browser (the message's sender), which a page cannot make up.
 */
export function pageIdentity(doc: Document): { title: string } {
  return { title: clip(doc.title, MAX_TITLE) };
}

/**
 * Calls `fn` once the document is parsed: at once when it already is, else on its DOMContentLoaded event (a script
 * evaluated at document_start registers first, so it runs before the page's own listeners). Not in a task of its own:
 * one queued from the event (scheduler.postTask, 'user-blocking') ran 10 to 140 ms later on the loaded machine, as
 * late as a document_end script, behind the page's first rendering. An event the page makes up (`dispatchEvent`) is
 * not trusted and is ignored: a page cannot make it start on half a document.
 */
export function whenParsed(doc: Document, fn: () => void): void {
  if (doc.readyState !== 'loading') return fn();
  const onParsed = (ev: Event) => {
    if (!ev.isTrusted) return;
    doc.removeEventListener('DOMContentLoaded', onParsed, true);
    fn();
  };
  doc.addEventListener('DOMContentLoaded', onParsed, true);
}

/** The paragraph text below which findArticleRoot finds no article (its default `minChars`). */
const ARTICLE_CHARS = 400;

/**
 * What every page runs once it is parsed: a first look at its paragraphs (paragraphText). Most pages hold too little
 * running text to be an article and stop there, having created nothing, touched no extension API and compiled no
 * more code than this (each function a page runs for the first time has to be compiled, which is most of what a page
 * without an article costs). They are looked at again once loaded (an article rendered by the page's scripts) and
 * after a single-page app's navigation; the first time there may be an article, the loader proper starts.
 */
export function bootLoader(loadPage: () => Promise<PageModule>, doc: Document = document): void {
  let started = false;
  // The extension's API is looked at only when there may be an article: is the extension still there (not reloaded
  // or removed under the page)?
  const over = () => started || !extensionApi()?.runtime?.id;
  const look = () => {
    if (started || paragraphText(doc, ARTICLE_CHARS) < ARTICLE_CHARS || over()) return;
    started = true;
    runLoader(loadPage, doc);
  };
  look();
  if (started) return;
  // Only the browser's own load event (the browser sends it once): one the page dispatches is ignored.
  if (doc.readyState !== 'complete') (doc.defaultView ?? window).addEventListener('load', (ev) => ev.isTrusted && look());
  watchAddress(doc, over, look);
}

interface Followed {
  site: string;
  disabled: boolean;
  gate?: Promise<Gate | null>;
}

/** Starts the loader on `doc`; `loadPage` imports the rest of the content script. */
export function runLoader(loadPage: () => Promise<PageModule>, doc: Document = document): void {
  const script = new PageContext();
  let run: PageContext | undefined;
  let session: PageSession | undefined;
  let pageModule: Promise<PageModule> | undefined;
  /** The background has heard of this page (it records the tab for the popup). */
  let told = false;
  /** Set once the page follows extension storage: the page's site (the background's name for it) and the gate. */
  let followed: Followed | undefined;

  const report = (isArticle: boolean) => {
    send('reportPage', { ...pageIdentity(doc), isArticle, placed: [], orphans: [] }).catch(() => undefined);
  };

  const stop = () => {
    run?.abort();
    run = undefined;
    session?.stop();
    session = undefined;
  };

  const start = async () => {
    stop();
    const startedAt = performance.now();
    const root = findArticleRoot(doc);
    const ctx = (run = new PageContext(script));
    if (!root) {
      // A page still loading may yet show its article (rendered by its scripts): one more look once it has loaded.
      // (The listener goes with this run's context, when the next run starts.)
      if (doc.readyState !== 'complete') ctx.listen(doc.defaultView ?? window, 'load', () => void start());
      // Without a word to the background, or a look at the extension's API. (After a single-page app's move away
      // from an article, the popup is told, so that it does not show the old page.)
      return told ? report(false) : undefined;
    }
    const article = cutText(extractText(root, MAX_ARTICLE_CHARS), MAX_ARTICLE_CHARS);
    const page = pageIdentity(doc);
    let reading: ArticleReading;
    try {
      reading = await send('readArticle', { ...page, text: article.text });
    } catch (err) {
      if (!ctx.isInvalid) console.warn('Pressure Points: could not analyse this page.', err);
      return;
    }
    told = true;
    if (ctx.isInvalid) return;
    const { analysis, settings } = reading;
    // Switched off: the page follows the switch, to start when it is switched on again.
    if (reading.stopped === 'disabled') return follow(reading.site, true);
    if (!analysis || analysis.mentions.length === 0) {
      if (analysis && settings.trace) console.debug(`pp:painted ${JSON.stringify({ ms: performance.now() - startedAt, mentions: 0, fragment: false })}`);
      return;
    }
    follow(reading.site, false);
    // The rest of the content script is loaded only now that there is something to paint: on a page where the engine
    // finds nothing, loading it while the engine read cost the page's main thread 1 to 5 ms (the module's fetch,
    // instantiation and evaluation, measured at load 7 to 10); where it paints, the first highlight comes about 10 ms
    // later for it (README, Speed).
    pageModule ??= loadPage().catch((err: unknown) => {
      pageModule = undefined;
      throw err;
    });
    let loaded: PageModule;
    try {
      loaded = await pageModule;
    } catch (err) {
      if (!ctx.isInvalid) console.warn('Pressure Points: could not load its page script.', err);
      return;
    }
    if (ctx.isInvalid) return;
    session = loaded.startPage({ ctx, doc, root, article, analysis, settings, page, gate, startedAt });
  };

  /** The gate for new text, read from storage on first use (only a page with something painted has new text read). */
  const gate = (): Promise<Gate | null> => {
    if (!followed) return Promise.resolve(null);
    return (followed.gate ??= extensionApi()
      .storage.local.get(GATE_KEY)
      .then((got) => compileGate(got[GATE_KEY]))
      .catch(() => null));
  };

  /**
   * From the first page that is switched off or painted on: the site switch stops or starts the page again, and a
   * knowledge-base edit replaces the gate for new text. A page where nothing is painted does not listen: its next
   * reading (after a navigation) asks the background again.
   */
  const follow = (site: string, disabled: boolean) => {
    if (followed) {
      followed.site = site;
      followed.disabled = disabled;
      return;
    }
    const state: Followed = (followed = { site, disabled });
    const api = extensionApi();
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area !== 'local' || script.isInvalid) return;
      if (GATE_KEY in changes && state.gate) state.gate = Promise.resolve(compileGate(changes[GATE_KEY].newValue));
      if (DISABLED_SITES_KEY in changes) {
        const was = state.disabled;
        const list = changes[DISABLED_SITES_KEY].newValue;
        state.disabled = Array.isArray(list) && list.includes(state.site);
        if (state.disabled && !was) {
          stop();
          report(false);
        } else if (!state.disabled && was) void start();
      }
    };
    api.storage.onChanged.addListener(onChanged);
    script.onInvalidated(() => api.storage.onChanged.removeListener(onChanged));
  };

  watchAddress(doc, () => script.isInvalid, () => script.isInvalid || void start(), stop);
  void start();
}

/**
 * Follows a single-page app's moves to another address (not a change of #fragment only) until `over()` says true:
 * calls `onMove` at each, and `onSettled` NAVIGATION_DELAY later, to give the app a moment to render its new view; one
 * at a time, so that however often a page changes its address, it is read at most once per NAVIGATION_DELAY. Uses the
 * Navigation API's `navigate` event where there is one; otherwise looks at the address once a second.
 */
function watchAddress(doc: Document, over: () => boolean, onSettled: () => void, onMove?: () => void): void {
  // Without a regular expression: compiling one on its first use cost every page 0.2 ms (CPU profile, Chromium 156).
  const key = (url: string) => {
    const hash = url.indexOf('#');
    return hash < 0 ? url : url.slice(0, hash);
  };
  let last = key(doc.location.href);
  let waiting = false;
  const check = (url: string) => {
    if (key(url) === last) return;
    last = key(url);
    onMove?.();
    if (waiting) return;
    waiting = true;
    setTimeout(() => {
      waiting = false;
      onSettled();
    }, NAVIGATION_DELAY);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    const onNavigateEvent = (ev: Event & { destination?: { url: string; sameDocument: boolean } }) => {
      if (over()) navigation.removeEventListener('navigate', onNavigateEvent as EventListener);
      else if (ev.destination?.sameDocument) check(ev.destination.url);
    };
    navigation.addEventListener('navigate', onNavigateEvent as EventListener);
  } else {
    const id = setInterval(() => (over() ? clearInterval(id) : check(doc.location.href)), 1000);
  }
}
