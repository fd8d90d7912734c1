/**
 * Shared set-up for the end-to-end tests: one Chromium with the built extension per test file, a static server for
 * tests/e2e/pages, and small helpers that read what the extension did (highlights, per-tab state, popup).
 * Everything waits on a condition with a timeout; nothing sleeps for a fixed time.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, ROOT, serveStatic, type Launched, type StaticServer } from '../../scripts/lib/chromium';
import type { TabState } from '../../src/messaging/protocol';
import type { Annotation } from '../../src/types/annotation';
import { DISABLED_SITES_KEY, WRAPPER_MODE_KEY } from '../../src/types/settings';
import { annotationsIn as annotationsFrom, CARD_TAG, CardProbe, readHighlights, type Highlights, type InCard } from './probes';

export const PAGES_DIR = join(ROOT, 'tests', 'e2e', 'pages');
/** The test server runs on 127.0.0.1, which is the "site" of the per-site switch. */
export const SITE = '127.0.0.1';
export { FORBIDDEN_ANCESTORS, highlightCentre, innerText, rangesInForbiddenPlaces, readHighlights, sideCount, type Highlights } from './probes';

export interface Harness {
  readonly launched: Launched;
  readonly server: StaticServer;
  readonly origin: string;
  /** Address of a page on the test server. */
  url(path: string): string;
  /** A new tab in the extension's browser. */
  newPage(): Promise<Page>;
  /** The id of the tab whose content script last reported on `url` (waits for that report). */
  tabId(url: string): Promise<number>;
  /** The background's record for a tab (`tab:<id>` in chrome.storage.session). */
  tabState(tabId: number): Promise<TabState | null>;
  /**
   * Waits until the tab state for `url` is newer than `since` and satisfies `until`, then returns it. Every run of
   * the content script ends in a report, article or not; on an article the background also writes the state once
   * before that (after the analysis), with no orphans yet, so callers that care about orphans pass `until`.
   */
  waitForReport(tabId: number, url: string, since: number, until?: (state: TabState) => boolean, timeout?: number): Promise<TabState>;
  /** Opens popup.html?tab=<id> in its own tab and waits until it has rendered. */
  openPopup(tabId: number): Promise<Page>;
  /** Sends a keyboard command (`next-mention`, `previous-mention`) to a tab, as the background does. */
  sendCommand(tabId: number, command: 'next-mention' | 'previous-mention'): Promise<void>;
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** Turns highlighting on or off for the test server's site, the way the popup's switch does. */
  setSiteEnabled(on: boolean): Promise<void>;
  /** Back to defaults: site on, Highlight API painting. */
  resetSettings(): Promise<void>;
  /** Every annotation in the extension's database. */
  annotations(): Promise<Annotation[]>;
}

/**
 * Registers beforeAll/afterAll for one browser and one server per test file. The returned object is usable inside
 * tests (after beforeAll has run).
 */
export function useExtension(options: { dirs?: string[]; routes?: Record<string, string> } = {}): Harness {
  let launched: Launched | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveStatic(options.dirs ?? [PAGES_DIR], options.routes ?? { '/spa/': join(PAGES_DIR, 'spa.html') });
    launched = await launchWithExtension({ trace: true });
    // Record the content script's paints (console lines only DevTools sees, never the page), per page and document:
    // a reload starts the list again, a single-page app's navigation does not.
    launched.context.on('page', (page) =>
      page.on('domcontentloaded', () => {
        paints.set(page, []);
        rescans.set(page, []);
      }),
    );
    launched.context.on('console', (msg) => {
      const text = msg.text();
      const page = msg.page();
      if (!page) return;
      if (text.startsWith(PAINTED)) paints.set(page, [...(paints.get(page) ?? []), JSON.parse(text.slice(PAINTED.length))]);
      if (text.startsWith(RESCAN)) rescans.set(page, [...(rescans.get(page) ?? []), { at: Date.now(), ...JSON.parse(text.slice(RESCAN.length)) }]);
    });
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  const need = () => {
    if (!launched || !server) throw new Error('The browser is not running: useExtension() must be called at the top of a describe block.');
    return { launched, server };
  };

  const harness: Harness = {
    get launched() {
      return need().launched;
    },
    get server() {
      return need().server;
    },
    get origin() {
      return need().server.origin;
    },
    url: (path) => `${need().server.origin}/${path.replace(/^\//, '')}`,
    newPage: () => need().launched.context.newPage(),

    async tabId(url) {
      // The extension has no "tabs" permission, so chrome.tabs.query() does not show tab addresses; the tab is found
      // through the state the background keeps for every tab whose content script reported on a page.
      const { worker } = need().launched;
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const id = await worker.evaluate(async (u) => {
          const all = Object.values(await chrome.storage.session.get(null)) as { tabId: number; url: string; updatedAt: number }[];
          const mine = all.filter((s) => s && s.url === u).sort((a, b) => b.updatedAt - a.updatedAt);
          return mine[0]?.tabId;
        }, url);
        if (id !== undefined) return id;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`No tab has reported on ${url}`);
    },

    tabState: (tabId) =>
      need().launched.worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null, `tab:${tabId}`),

    async waitForReport(tabId, url, since, until = () => true, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      let last: TabState | null = null;
      while (Date.now() < deadline) {
        last = await harness.tabState(tabId);
        if (last && last.url === url && last.updatedAt >= since && until(last)) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`The content script did not report on ${url} within ${timeout} ms (last state: ${JSON.stringify(last)})`);
    },

    async openPopup(tabId) {
      const popup = await need().launched.context.newPage();
      await popup.goto(`chrome-extension://${need().launched.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('#app[aria-busy="false"]', { timeout: 10_000 });
      return popup;
    },

    async sendCommand(tabId, command) {
      await need().launched.worker.evaluate(([id, c]) => chrome.tabs.sendMessage(id as number, { pp: 'command', command: c }), [tabId, command] as const);
    },

    setStorage: (items) => need().launched.worker.evaluate((i) => chrome.storage.local.set(i), items),

    setSiteEnabled: (on) => harness.setStorage({ [DISABLED_SITES_KEY]: on ? [] : [SITE] }),

    resetSettings: () => need().launched.worker.evaluate((keys) => chrome.storage.local.remove(keys), [DISABLED_SITES_KEY, WRAPPER_MODE_KEY]),

    annotations: () => annotationsIn(need().launched.worker),
  };
  return harness;
}

// ---- in the page ---------------------------------------------------------------------------------------------------

/**
 * The card's closed shadow root, reached through the DevTools protocol: the host is found in the document, described
 * with `pierce` (which shows closed roots too), and `fn` is called on the root's object. Only DevTools can do this;
 * the page's own scripts see `host.shadowRoot === null`.
 */
export function cardIn(page: Page): InCard {
  return async (fn, arg) => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: CARD_TAG });
      if (!nodeId) return null;
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const call = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: arg === undefined ? [] : [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (call.exceptionDetails) throw new Error(`In the card: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`);
      return (call.result.value ?? null) as never;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
}

/** The page's card, read and driven with trusted input. */
export function cardOf(page: Page): CardProbe {
  return new CardProbe(page, cardIn(page));
}

/** Every annotation in a profile's database, read from its background worker. */
export function annotationsIn(worker: Worker): Promise<Annotation[]> {
  return annotationsFrom(worker);
}

/** A new page on one of the test pages, once the extension has painted it. */
export async function openPainted(h: Harness, name: string): Promise<Page> {
  const page = await h.newPage();
  await page.goto(h.url(name));
  await waitForPaints(page);
  return page;
}

/** Waits until a highlight named `layer` holds a range whose text is `text` (or any pp- range when omitted). */
export async function waitForHighlight(page: Page, layer?: string, text?: string, timeout = 15_000): Promise<Highlights> {
  await page.waitForFunction(
    ([l, t]) =>
      [...CSS.highlights].some(([name, h]) => (l ? name === l : name.startsWith('pp-')) && [...h].some((r) => t === null || (r as Range).toString() === t)),
    [layer ?? null, text ?? null] as const,
    // Polled on a timer, not on animation frames, which stop in a background tab (e.g. behind the popup).
    { timeout, polling: 100 },
  );
  return readHighlights(page);
}

/** Waits until no `pp-` highlight holds a range. */
export async function waitForNoHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights].every(([name, h]) => !name.startsWith('pp-') || h.size === 0), undefined, { timeout, polling: 100 });
}

/** One paint of the content script: milliseconds since it started on the page, mentions painted in all, new text only. */
export interface Paint {
  ms: number;
  mentions: number;
  fragment: boolean;
}

const PAINTED = 'pp:painted ';
const paints = new WeakMap<Page, Paint[]>();
const RESCAN = 'pp:rescan ';
const rescans = new WeakMap<Page, { at: number; characters: number }[]>();

/** The content script's looks at new content on the page's current document: when (Node's clock), and what it read. */
export function rescansOf(page: Page): { at: number; characters: number }[] {
  return rescans.get(page) ?? [];
}

/** The paints of the page's current document so far. */
export function paintsOf(page: Page): Paint[] {
  return paints.get(page) ?? [];
}

/** Waits until the content script has painted at least `n` times on the page. */
export async function waitForPaints(page: Page, n = 1, timeout = 15_000): Promise<Paint[]> {
  const deadline = Date.now() + timeout;
  while (paintsOf(page).length < n) {
    if (Date.now() > deadline) throw new Error(`waitForPaints: ${paintsOf(page).length} of ${n} paints after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return [...paintsOf(page)];
}
