/**
 * One Firefox with the built add-on per test file, and a static server for the test pages: the Firefox counterpart of
 * useExtension() in helpers.ts. What is read from pages and from the extension comes from probes.ts, shared with the
 * Chromium suite; only launching and reaching the add-on differ (scripts/lib/firefox.ts says how).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage, launchFirefoxWithExtension, type LaunchedFirefox } from '../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation, TabState } from '../../src/messaging/protocol';
import { DISABLED_SITES_KEY, WRAPPER_MODE_KEY } from '../../src/page/settings';
import { PAGES_DIR, SITE } from './helpers';
import { annotationsIn, removeExtensionStorage, setExtensionStorage, waitForTabReport, waitInPage } from './probes';

export interface FirefoxHarness {
  readonly browser: Browser;
  /** A tab on one of the add-on's own pages, for its APIs and its database. */
  readonly extensionPage: Page;
  url(path: string): string;
  newPage(): Promise<Page>;
  /** Waits for the content script's report on `url` newer than `since` (and satisfying `until`). */
  report(url: string, since?: number, until?: (s: TabState) => boolean, timeout?: number): Promise<TabState>;
  /** Opens popup.html?tab=<id> in its own tab and waits until it has rendered. */
  openPopup(tabId: number): Promise<Page>;
  /** Opens the dashboard on its Annotations tab (it opens on the Timeline otherwise). */
  openDashboard(): Promise<Page>;
  setStorage(items: Record<string, unknown>): Promise<void>;
  setSiteEnabled(on: boolean): Promise<void>;
  resetSettings(): Promise<void>;
  annotations(): Promise<Annotation[]>;
}

/** Waits until an add-on page (popup, dashboard) has finished rendering. */
export function waitForApp(page: Page): Promise<unknown> {
  return waitInPage(page, () => document.querySelector('#app[aria-busy="false"]') !== null, undefined, { what: 'the page to render (#app[aria-busy="false"])' });
}

export function useFirefox(options: { dirs?: string[] } = {}): FirefoxHarness {
  let launched: LaunchedFirefox | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveStatic(options.dirs ?? [PAGES_DIR]);
    launched = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  const need = () => {
    if (!launched || !server) throw new Error('Firefox is not running: useFirefox() must be called at the top of a describe block.');
    return { launched, server };
  };

  const harness: FirefoxHarness = {
    get browser() {
      return need().launched.browser;
    },
    get extensionPage() {
      return need().launched.extensionPage;
    },
    url: (path) => `${need().server.origin}/${path.replace(/^\//, '')}`,
    newPage: () => need().launched.browser.newPage(),
    report: (url, since = 0, until, timeout) => waitForTabReport(need().launched.extensionPage, url, since, until, timeout),
    async openPopup(tabId) {
      const popup = await openExtensionPage(need().launched.browser, `popup.html?tab=${tabId}`);
      await waitForApp(popup);
      return popup;
    },
    async openDashboard() {
      const page = await openExtensionPage(need().launched.browser, 'dashboard.html#annotations');
      await waitForApp(page);
      return page;
    },
    setStorage: (items) => setExtensionStorage(need().launched.extensionPage, items),
    setSiteEnabled: (on) => harness.setStorage({ [DISABLED_SITES_KEY]: on ? [] : [SITE] }),
    resetSettings: () => removeExtensionStorage(need().launched.extensionPage, [DISABLED_SITES_KEY, WRAPPER_MODE_KEY]),
    annotations: () => annotationsIn(need().launched.extensionPage),
  };
  return harness;
}
