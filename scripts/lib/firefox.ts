/**
 * Real Firefox (Debian's firefox-esr) with the built Firefox add-on installed, driven by puppeteer-core over WebDriver
 * BiDi: the Firefox counterpart of chromium.ts, for the browser tests. Never downloads a browser: it uses
 * /usr/bin/firefox-esr (or FIREFOX_PATH), and installs the Debian package itself when it is missing and it may (root
 * with apt-get), else says how.
 *
 * Where Firefox differs, and what is done about it:
 * - The add-on is Manifest V2 (WXT builds .output/firefox-mv2): a background page instead of a service worker, and
 *   nothing to evaluate in from outside. Tests read the extension's storage and database from one of its own pages.
 * - Its pages live at moz-extension://<uuid>/, a uuid Firefox draws per profile: the
 *   `extensions.webextensions.uuids` pref fixes it, so tests can address popup.html and dashboard.html.
 * - WebDriver BiDi refuses to navigate to moz-extension:// addresses unless Firefox was started with
 *   --remote-allow-system-access; even then Puppeteer does not see such a navigation finish, so openExtensionPage()
 *   waits for the page itself.
 * - An add-on installed through BiDi is temporary, so it needs no signature; `xpinstall.signatures.required` is off
 *   all the same, as for any unsigned build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GATE_KEY } from '../../src/types/settings';
import { ROOT } from './chromium';
import { findBrowser } from './find-browser';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'pressure-points@example.org';
/** The fixed uuid of the add-on's origin in test profiles. */
export const ADDON_UUID = '6f1b0b5e-8d8e-4c77-9a3a-0e7d6c9b1a11';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** Finds Firefox (Debian's firefox-esr), installing it when allowed; throws a message saying what to do otherwise. */
export function findFirefox(): string {
  return findBrowser({ name: 'Firefox', envVar: 'FIREFOX_PATH', pkg: 'firefox-esr', candidates: CANDIDATES });
}

/** Builds the Firefox add-on unless PP_SKIP_BUILD=1 and a build is already there. */
export function ensureFirefoxBuilt(): void {
  if (process.env.PP_SKIP_BUILD === '1' && existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: process.env.PP_QUIET_BUILD === '1' ? 'ignore' : 'inherit' });
}

export function firefoxManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** A tab showing one of the add-on's pages: where tests call the extension's APIs and read its database. */
  extensionPage: Page;
  close(): Promise<void>;
}

/** Waits until `page` shows a document whose address starts with `url` and has loaded. */
async function waitForDocument(page: Page, url: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (state.startsWith('complete ') && state.slice('complete '.length).startsWith(url)) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms (last: ${state || 'no document'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens one of the add-on's pages (`popup.html?tab=3`, `dashboard.html`) in a new tab. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  // The navigation happens, but Puppeteer waits for it in vain (see the note at the top): wait for the page instead.
  page.goto(url, { timeout: 120_000 }).catch(() => undefined);
  await waitForDocument(page, url);
  return page;
}

/** Reloads an add-on page (popup, dashboard) and waits until it has loaded again. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    (window as unknown as { __ppStale: boolean }).__ppStale = true;
    location.reload();
  });
  const deadline = Date.now() + 15_000;
  while ((await page.evaluate(() => (window as unknown as { __ppStale?: boolean }).__ppStale === true).catch(() => true)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await waitForDocument(page, url.split('#')[0]);
}

/**
 * Starts Firefox with a fresh profile and the add-on installed, and waits until the add-on has installed its knowledge
 * base. Requests to anything but 127.0.0.1 go to a closed port, so saved pages that load remote scripts fail fast.
 */
export async function launchFirefoxWithExtension(options: { headless?: boolean; extensionDir?: string } = {}): Promise<LaunchedFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built Firefox add-on at ${extensionDir}: run "npx wxt build -b firefox" first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
    const extensionPage = await openExtensionPage(browser, 'popup.html?tab=-1');
    // The background publishes the lever phrases a page must contain once its knowledge base is installed.
    await extensionPage.waitForFunction(
      async (key: string) => Boolean((await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(key))[key]),
      { timeout: 20_000, polling: 100 },
      GATE_KEY,
    );
    return {
      browser,
      extensionPage,
      async close() {
        await browser.close().catch(() => undefined);
      },
    };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}
