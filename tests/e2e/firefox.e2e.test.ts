/**
 * The add-on in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi): what a reader does, end to end, in one
 * browser session. The fixture article gets highlights per side; a click opens the card; Save stores the mention; the
 * popup tallies the tab; the dashboard lists what was saved; the site switch turns painting off and on; a real page
 * from the corpus keeps its text.
 *
 * Where Firefox differs from Chromium, the test says so:
 * - Manifest V2 with a background page (Chromium: MV3 and a service worker), `browser_action` for the popup.
 * - storage.session holds the per-tab state, as in Chromium (Firefox has it since 115; the add-on needs 140). The
 *   background keeps it in memory where the API is missing.
 * - The CSS Custom Highlight API paints (Firefox has it since 140), so the page's DOM is untouched; `<pp-mark>`
 *   wrappers remain the fallback and are tested here too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxManifest } from '../../scripts/lib/firefox';
import { ROOT } from '../../scripts/lib/chromium';
import { DISABLED_SITES_KEY } from '../../src/types/settings';
import { PAGES_DIR, SITE } from './helpers';
import { cardOfFirefox, useFirefox } from './firefox-harness';
import {
  elementCentre,
  highlightCentre,
  inPage,
  innerText,
  paintedPerSide,
  popupSides,
  rangesInForbiddenPlaces,
  readHighlights,
  sideCount,
  waitForHighlightIn,
  waitInPage,
  type Highlights,
} from './probes';

const CORPUS = process.env.PP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const CORPUS_PAGES = join(CORPUS, 'pages', 'readability');
/** Saved news pages from the corpus that name levers (sanctions, semiconductors); see ../shared/corpus/README.md. */
const CORPUS_FILES = ['nytimes-1.html', 'yahoo-2.html', 'blogger.html'].filter((f) => existsSync(join(CORPUS_PAGES, f)));
if (CORPUS_FILES.length === 0) console.warn(`firefox.e2e: SKIPPED the corpus page check: no pages at ${CORPUS_PAGES} (set PP_CORPUS).`);
const NOTE = 'Magnets held at the border';

describe('the add-on in Firefox', () => {
  const h = useFirefox({ dirs: [PAGES_DIR, ...(existsSync(CORPUS_PAGES) ? [CORPUS_PAGES] : [])] });
  let page: Page;
  let painted: Highlights;
  let tabId: number;
  const articleUrl = () => h.url('article.html');

  beforeAll(async () => {
    await h.resetSettings();
  });

  it('is the Manifest V2 build, with a background page and a browser_action popup (Chromium: MV3, a service worker)', () => {
    const manifest = firefoxManifest() as {
      manifest_version: number;
      background: { scripts?: string[]; service_worker?: string };
      browser_action?: { default_popup: string };
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_action?.default_popup).toBe('popup.html');
    expect(manifest.browser_specific_settings.gecko.id).toBe('pressure-points@example.org');
  });

  it('highlights the levers of the fixture article in the colour of their side, without touching the DOM', async () => {
    page = await h.newPage();
    const since = Date.now();
    await page.goto(articleUrl());
    painted = await waitForHighlightIn(page, 'pp-china', 'export controls');
    const state = await h.report(articleUrl(), since, (s) => s.mentions > 0);
    tabId = state.tabId;
    // Every mention the background found is painted, each in its side's highlight.
    await waitInPage(
      page,
      (n) => [...CSS.highlights].filter(([name]) => name.startsWith('pp-') && name !== 'pp-focus' && name !== 'pp-saved').reduce((k, [, hl]) => k + hl.size, 0) === n,
      state.mentions,
      { what: `${state.mentions} highlighted mentions` },
    );
    painted = await readHighlights(page);
    expect(sideCount(painted)).toBe(state.mentions);
    expect(Object.keys(paintedPerSide(painted))).toEqual(expect.arrayContaining(['china', 'us', 'netherlands']));
    expect(painted['pp-us']).toContain('tariffs');
    expect(painted['pp-netherlands']).toContain('export restrictions');
    // Firefox 140+ has the Highlight API: no wrapper elements in the page, and nothing painted in page chrome.
    expect(await inPage(page, () => ({ api: 'highlights' in CSS, marks: document.querySelectorAll('pp-mark').length }), undefined)).toEqual({ api: true, marks: 0 });
    expect(await rangesInForbiddenPlaces(page)).toEqual([]);
    // The page's own script ran and the text is whole.
    expect(await inPage(page, () => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan === true, undefined)).toBe(true);
    expect(await innerText(page)).toContain("China's export controls on rare earths hit carmakers in Europe.");
  });

  it("ignores the page's own synthetic clicks on a highlight", async () => {
    await highlightCentre(page, 'pp-china', 'export controls');
    const focus = await inPage(page, () => {
      const range = [...(CSS.highlights.get('pp-china') ?? [])].find((r) => (r as Range).toString() === 'export controls') as Range;
      const box = range.getClientRects()[0];
      const init = { bubbles: true, composed: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, button: 0 };
      const target = document.elementFromPoint(init.clientX, init.clientY) as HTMLElement;
      for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, init));
      target.click();
      // A card marks its mention in pp-focus synchronously as it opens.
      return (CSS.highlights.get('pp-focus')?.size ?? 0) + document.querySelectorAll('pressure-points-card').length;
    }, undefined);
    expect(focus).toBe(0);
  });

  it('opens the card on a click on a highlight', async () => {
    const { x, y } = await highlightCentre(page, 'pp-china', 'export controls');
    await page.mouse.click(x, y);
    const card = await cardOfFirefox(h.browser, page).waitOpen();
    expect(card).toMatchObject({ title: 'Export controls and bans', side: 'China', marked: 'export controls' });
    expect(card?.sentence).toContain("China's export controls on rare earths hit carmakers in Europe.");
    expect((await readHighlights(page))['pp-focus']).toEqual(['export controls']);
  });

  it('saves the mention with a note, marks it saved, and keeps it in the database', async () => {
    const card = cardOfFirefox(h.browser, page);
    // The page's own scripts cannot reach into the card: its shadow root is closed.
    expect(await inPage(page, () => document.querySelector('pressure-points-card')?.shadowRoot ?? null, undefined)).toBeNull();
    await card.type('textarea', NOTE);
    await card.save();
    await waitForHighlightIn(page, 'pp-saved', 'export controls');
    const saved = await h.annotations();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ url: articleUrl(), site: SITE, lever: 'export-controls', side: 'china', note: NOTE, quote: { exact: 'export controls' } });
    await page.keyboard.press('Escape');
    await card.waitClosed();

    // Back on the page after a reload, the saved quote is found again.
    const since = Date.now();
    await page.reload();
    await waitForHighlightIn(page, 'pp-saved', 'export controls');
    const state = await h.report(articleUrl(), since, (s) => s.saved === 1);
    expect(state.orphans).toEqual([]);
    painted = await readHighlights(page);
  });

  it("shows the tab's pressure points per side in the popup, as painted", async () => {
    const popup = await h.openPopup(tabId);
    const sides = await popupSides(popup);
    expect(Object.fromEntries(Object.entries(sides).map(([id, s]) => [id, s.count]))).toEqual(paintedPerSide(painted));
    expect(sides.china.name).toBe('China');
    expect(sides.us.name).toBe('United States');
    expect(await inPage(popup, () => document.querySelector('.page-title')?.textContent, undefined)).toBe(await page.title());
    await popup.close();
  });

  it('lists the saved annotation in the dashboard', async () => {
    const dashboard = await h.openDashboard();
    const rows = await waitInPage(
      dashboard,
      () => {
        const items = [...document.querySelectorAll('li.annotation')].map((li) => ({ quote: li.querySelector('blockquote mark')?.textContent ?? '', text: li.textContent ?? '' }));
        return items.length > 0 ? items : null;
      },
      undefined,
      { what: 'the list of saved annotations' },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].quote).toBe('export controls');
    expect(rows[0].text).toContain(NOTE);
    await dashboard.close();
  });

  it("turns highlighting off and on for the page's site with the popup's switch", async () => {
    const popup = await h.openPopup(tabId);
    const isOn = () => inPage(popup, () => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked, undefined);
    expect(await isOn()).toBe(true);
    expect(await inPage(popup, () => document.querySelector('label.switch')?.textContent, undefined)).toBe(`Highlight on ${SITE}`);

    const toggle = await elementCentre(popup, '[data-testid="site-switch"]');
    await popup.mouse.click(toggle.x, toggle.y);
    await waitInPage(page, () => [...CSS.highlights].every(([name, h]) => !name.startsWith('pp-') || h.size === 0), undefined, { what: 'the highlights to go' });
    const disabled = await inPage(h.extensionPage, async (key) => (await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(key))[key], DISABLED_SITES_KEY);
    expect(disabled).toEqual([SITE]);
    expect(await isOn()).toBe(false);

    await popup.mouse.click(toggle.x, toggle.y);
    await waitForHighlightIn(page, 'pp-china', 'export controls');
    await waitInPage(page, (n) => [...CSS.highlights].filter(([name]) => name.startsWith('pp-') && name !== 'pp-focus' && name !== 'pp-saved').reduce((k, [, h]) => k + h.size, 0) >= n, sideCount(painted), {
      what: 'every highlight back',
    });
    expect(await readHighlights(page)).toEqual(painted);
    await popup.close();
  });

  it('paints with <pp-mark> wrappers when told to (the fallback for browsers without the Highlight API)', async () => {
    await h.setStorage({ 'pp:wrapper-mode': true });
    const before = await innerText(page);
    await page.reload();
    const marks = await waitInPage(
      page,
      () => {
        const found = [...document.querySelectorAll('pp-mark')].map((m) => `${(m as HTMLElement).dataset.side || 'none'}:${m.textContent}`);
        return found.length > 0 ? found : null;
      },
      undefined,
      { what: '<pp-mark> wrappers' },
    );
    expect(marks).toContain('china:export controls');
    expect(marks).toContain('netherlands:export restrictions');
    expect(await innerText(page)).toBe(before);
    await h.setStorage({ 'pp:wrapper-mode': false });
    await page.close();
  });

  it.skipIf(CORPUS_FILES.length === 0)('leaves the text of real corpus pages as it was', async () => {
    const tab = await h.newPage();
    const load = (file: string) => tab.goto(h.url(file), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    const text = () => innerText(tab).catch(() => null);

    await h.setSiteEnabled(false);
    const baseline = new Map<string, string | null>();
    for (const file of CORPUS_FILES) {
      await load(file);
      baseline.set(file, await text());
    }
    await h.setSiteEnabled(true);

    const changed: string[] = [];
    const inChrome: string[] = [];
    let highlighted = 0;
    for (const file of CORPUS_FILES) {
      const since = Date.now();
      await load(file);
      // Done when the content script has reported and painted. Where it finds no article it may say nothing at all:
      // then it is done once a while has passed without a report.
      const state = await h.report(h.url(file), since, () => true, 10_000).catch(() => null);
      if (state && state.mentions > 0) await waitForHighlightIn(tab, undefined, undefined, 30_000);
      const highlights = await readHighlights(tab);
      if (sideCount(highlights) > 0) highlighted++;
      inChrome.push(...(await rangesInForbiddenPlaces(tab, 'nav, header, footer, form')).map((r) => `${file}: ${r}`));
      if ((await text()) !== baseline.get(file)) changed.push(file);
    }
    // A page that changes by itself (clocks, rotating teasers) is loaded once more with the site off; only a page
    // that is stable without the add-on and different with it counts.
    const stillChanged: string[] = [];
    if (changed.length > 0) {
      await h.setSiteEnabled(false);
      for (const file of changed) {
        await load(file);
        if ((await text()) === baseline.get(file)) stillChanged.push(file);
      }
      await h.setSiteEnabled(true);
    }
    expect({ textChanged: stillChanged, inChrome }).toEqual({ textChanged: [], inChrome: [] });
    expect(highlighted).toBeGreaterThan(0);
    await tab.close();
  }, 3 * 60_000);
});
