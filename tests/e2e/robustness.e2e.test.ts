/**
 * Real saved web pages (the shared corpus, pages/readability): the content script must never throw, never change the
 * page's text, never paint page chrome, and never stop the page from loading or scrolling.
 *
 * One browser and one tab, every page in turn, twice: first with the site switched off (the page as it is), then
 * with it on. Requests that leave the local server are aborted, so remote resources fail fast.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/chromium';
import { hasArticleExpression } from '../../scripts/lib/page-baselines';
import { rangesInForbiddenPlaces, readHighlights, sideCount, useExtension, waitForPaints } from './helpers';

const CORPUS = process.env.PP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const PAGES = join(CORPUS, 'pages', 'readability');
const hasArticle = hasArticleExpression();
const files = existsSync(PAGES) ? readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort() : [];
if (files.length === 0) console.warn(`robustness.e2e: no corpus pages at ${PAGES} (set PP_CORPUS); these tests are skipped.`);

/** Most time one page may take, in each pass. */
const PAGE_CAP = 15_000;

interface Baseline {
  text: string | null;
  loaded: boolean;
  scrolls: boolean | null;
}

/** Whether the page scrolls when it is taller than the window; null when it is not. */
async function scrollWorks(page: Page): Promise<boolean | null> {
  const tall = await page.evaluate(() => document.scrollingElement !== null && document.scrollingElement.scrollHeight > innerHeight + 50);
  if (!tall) return null;
  await page.evaluate(() => window.scrollTo(0, 200));
  return page.waitForFunction(() => scrollY > 0, undefined, { timeout: 2_000, polling: 50 }).then(
    () => true,
    () => false,
  );
}

/** Loads one page within the cap; returns false when it did not load (the page may still be partly there). */
async function load(page: Page, url: string): Promise<boolean> {
  return page.goto(url, { timeout: PAGE_CAP, waitUntil: 'load' }).then(
    () => true,
    () => false,
  );
}

const bodyText = (page: Page) => page.evaluate(() => document.body?.innerText ?? null).catch(() => null);
const loadFlag = (page: Page) => page.evaluate(() => (window as unknown as { __loaded?: boolean }).__loaded === true).catch(() => false);

(files.length > 0 ? describe : describe.skip)('real pages from the corpus', () => {
  const h = useExtension({ dirs: [PAGES], routes: {} });
  const baseline = new Map<string, Baseline>();
  /** Pages the extension painted in the second pass, with their highlights per side. */
  const painted = new Map<string, Record<string, string[]>>();
  let page: Page;
  /** Errors from the extension, as "page: message", collected from the second pass on. */
  const errors: string[] = [];
  let current = '';

  async function freshPage(): Promise<Page> {
    const p = await h.newPage();
    await p.addInitScript(() => window.addEventListener('load', () => ((window as unknown as { __loaded: boolean }).__loaded = true)));
    // Extension files are not remote: they pass (the content script imports one, at an address with a per-session
    // id rather than the extension's; other extensions' files, which some saved pages link to, fail on their own).
    await p.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(h.origin) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
    });
    p.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    return p;
  }

  it(`loads all ${files.length} pages with the site switched off`, async () => {
    const started = Date.now();
    await h.setSiteEnabled(false);
    page = await freshPage();
    for (const file of files) {
      await load(page, h.url(file));
      baseline.set(file, { text: await bodyText(page), loaded: await loadFlag(page), scrolls: await scrollWorks(page) });
    }
    // With the site off the content script paints nothing at all.
    expect(await readHighlights(page)).toEqual({});
    console.log(`robustness: baseline pass over ${files.length} pages took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 6 * 60_000);

  it('runs on every page without errors, text changes, painted page chrome, or a broken page', async () => {
    const started = Date.now();
    await h.setSiteEnabled(true);
    // Ours only: some saved pages link to other extensions' files (chrome-extension://<another id>/...).
    const ours = `chrome-extension://${h.launched.extensionId}/`;
    page.on('pageerror', (err) => {
      if (`${err.stack ?? ''}`.includes(ours)) errors.push(`${current}: ${err.message}`);
    });
    page.on('console', (msg) => {
      // The content script's paint trace (switched on by the test harness) is no error.
      if (msg.type() === 'debug' && msg.text().startsWith('pp:painted ')) return;
      // The page script is imported from a chrome-extension:// address with a per-session id, not the extension's.
      const location = msg.location().url;
      const fromUs = (location.startsWith(ours) || /^chrome-extension:\/\/[0-9a-f-]{36}\//.test(location)) && !msg.text().startsWith('Failed to load resource');
      if (msg.text().includes('Pressure Points') || fromUs) errors.push(`${current}: console.${msg.type()} ${msg.text()}`);
    });
    h.launched.worker.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`background (${current}): ${msg.text()}`);
    });

    let tabId: number | undefined;
    const textChanged: string[] = [];
    const noReport: string[] = [];
    const inChrome: string[] = [];
    const brokeScroll: string[] = [];
    const brokeLoad: string[] = [];
    let withHighlights = 0;
    let totalHighlights = 0;
    let identical = 0;

    // The tab is found as the active one: a page without an article never reports it.
    await page.bringToFront();
    for (const file of files) {
      current = file;
      const deadline = Date.now() + PAGE_CAP;
      const since = Date.now();
      await load(page, h.url(file));
      const url = page.url();
      if (!url.startsWith(h.origin)) {
        noReport.push(`${file} (left for ${url})`);
        continue;
      }
      // Done when the content script has reported; on an article with levers, when it has painted too. Where it finds
      // no article it says nothing at all: then it is done when a moment has passed without a report.
      try {
        tabId ??= await h.launched.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
        if (tabId === undefined) throw new Error('no active tab');
        if (await page.evaluate(hasArticle).catch(() => true)) {
          const state = await h.waitForReport(tabId, url, since, undefined, Math.max(1_000, deadline - Date.now()));
          if (state.isArticle && state.tally.total > 0) await waitForPaints(page, 1, Math.max(1_000, deadline - Date.now()));
        } else {
          await page.waitForTimeout(300);
          const state = await h.tabState(tabId);
          if (state?.url === url && state.updatedAt >= since) noReport.push(`${file}: reported on a page without an article`);
        }
      } catch (err) {
        noReport.push(`${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }

      const base = baseline.get(file)!;
      const text = await bodyText(page);
      if (text === base.text) identical++;
      else textChanged.push(file);

      const highlights = await readHighlights(page).catch(() => ({}));
      const n = sideCount(highlights);
      totalHighlights += n;
      if (n > 0) {
        withHighlights++;
        painted.set(file, highlights);
      }
      inChrome.push(...(await rangesInForbiddenPlaces(page, 'nav, header, footer, form').catch(() => [])).map((r) => `${file}: ${r}`));

      if (base.loaded && !(await loadFlag(page))) brokeLoad.push(file);
      if (base.scrolls === true && (await scrollWorks(page)) !== true) brokeScroll.push(file);
    }

    // A page whose text differs from the baseline may change by itself (clocks, random teasers): load it once more
    // with the site off; only a page that is stable without the extension and different with it counts against us.
    const stillChanged: string[] = [];
    const unstable: string[] = [];
    if (textChanged.length > 0) {
      await h.setSiteEnabled(false);
      for (const file of textChanged) {
        await load(page, h.url(file));
        if ((await bodyText(page)) === baseline.get(file)!.text) stillChanged.push(file);
        else unstable.push(file);
      }
      await h.setSiteEnabled(true);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      [
        `robustness: ${files.length} pages in ${seconds} s with the extension on`,
        `  pages with highlights: ${withHighlights}, total highlights: ${totalHighlights}`,
        `  innerText identical to the page without the extension: ${identical}/${files.length}` +
          (unstable.length ? ` (${unstable.length} change by themselves: ${unstable.join(', ')})` : ''),
        `  errors: ${errors.length}`,
        ...errors.map((e) => `    ${e}`),
      ].join('\n'),
    );
    expect({ errors, noReport, textChanged: stillChanged, inChrome, brokeLoad, brokeScroll }).toEqual({
      errors: [],
      noReport: [],
      textChanged: [],
      inChrome: [],
      brokeLoad: [],
      brokeScroll: [],
    });
    // The corpus has news pages about sanctions and chips: an extension that paints nothing anywhere is broken too.
    expect(withHighlights).toBeGreaterThan(0);
  }, 8 * 60_000);

  it('paints the same words with <pp-mark> wrappers without changing the text of those pages', async () => {
    expect(painted.size).toBeGreaterThan(0);
    await h.setStorage({ 'pp:wrapper-mode': true });
    const problems: string[] = [];
    for (const [file, highlights] of painted) {
      current = `${file} (wrappers)`;
      const since = Date.now();
      await load(page, h.url(file));
      const url = page.url();
      try {
        const state = await h.waitForReport(await h.tabId(url), url, since, undefined, PAGE_CAP);
        if (state.tally.total > 0) await waitForPaints(page, 1, PAGE_CAP);
      } catch (err) {
        problems.push(`${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        continue;
      }
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('pp-mark')].map((m) => ({
          side: (m as HTMLElement).dataset.side || 'none',
          text: m.textContent ?? '',
          inChrome: m.closest('nav, header, footer, form') !== null,
        })),
      );
      // A mention spanning two text nodes becomes two marks; compare the joined text per side.
      const joined = (texts: string[]) => texts.join('').replace(/\s+/g, '');
      for (const [layer, texts] of Object.entries(highlights)) {
        const side = layer.replace(/^pp-/, '');
        const got = joined(marks.filter((m) => m.side === side).map((m) => m.text));
        if (got !== joined(texts)) problems.push(`${file}: ${layer} wrapped "${got}", highlighted "${joined(texts)}"`);
      }
      if (marks.some((m) => m.inChrome)) problems.push(`${file}: a <pp-mark> in nav/header/footer/form`);
      const base = baseline.get(file)!;
      if ((await bodyText(page)) !== base.text) {
        // Same check as with highlights: is the page stable without the extension?
        await h.setSiteEnabled(false);
        await load(page, h.url(file));
        const stable = (await bodyText(page)) === base.text;
        await h.setSiteEnabled(true);
        if (stable) problems.push(`${file}: innerText changed by the wrappers`);
      }
    }
    await h.setStorage({ 'pp:wrapper-mode': false });
    expect({ problems, errors }).toEqual({ problems: [], errors: [] });
    await page.close();
  }, 2 * 60_000);
});
