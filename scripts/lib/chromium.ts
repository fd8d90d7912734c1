/**
 * Real Chromium with the built extension loaded, and a tiny static server on 127.0.0.1: shared by `npm start`, the
 * end-to-end tests and the benchmark. Never downloads a browser: it uses Debian's chromium (or CHROME_PATH), and
 * installs the Debian package itself when it is missing and it may (root with apt-get), else says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { GATE_KEY, TRACE_KEY } from '../../src/types/settings';
import { findBrowser } from './find-browser';

export { serveStatic, type StaticServer } from './static-server';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Finds Chromium (Debian's chromium), installing it when allowed; throws a message saying what to do otherwise. */
export function findChromium(): string {
  return findBrowser({ name: 'Chromium', envVar: 'CHROME_PATH', pkg: 'chromium', candidates: CANDIDATES });
}

/** Builds the Chrome extension unless PP_SKIP_BUILD=1 and a build is already there. */
export function ensureBuilt(): void {
  if (process.env.PP_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: process.env.PP_QUIET_BUILD === '1' ? 'ignore' : 'inherit' });
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile and the extension loaded. `args` come after CHROMIUM_FLAGS (and win over them).
 * `userDataDir` starts it on an existing profile instead, which close() then leaves in place for its owner.
 */
export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string; viewport?: { width: number; height: number }; args?: string[]; trace?: boolean; readyKeys?: string[]; userDataDir?: string } = {},
): Promise<Launched> {
  const executablePath = findChromium();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pp-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.args ?? [])],
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  // Wait until the background has installed the knowledge base and published the lever phrases; with `trace`, the
  // content script reports each paint on the console (see src/page/settings.ts).
  await worker.evaluate(
    async ([readyKeys, traceKey, trace]) => {
      const deadline = Date.now() + 15_000;
      const storage = chrome.storage.local;
      if (trace) await storage.set({ [traceKey]: true });
      while (Date.now() < deadline) {
        const got = await storage.get(readyKeys);
        if (readyKeys.some((k) => got[k])) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the extension did not finish installing its knowledge base');
    },
    [options.readyKeys ?? [GATE_KEY], TRACE_KEY, options.trace ?? false] as const,
  );
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The background's per-tab state for the tab showing `url` (no "tabs" permission needed). */
export async function tabStateFor(worker: Worker, url: string): Promise<(Record<string, unknown> & { tabId: number }) | undefined> {
  return worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId: number }>;
    return Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v?.url === u)?.[1] as never;
  }, url);
}
