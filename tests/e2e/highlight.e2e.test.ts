/**
 * Painting on a real page: the right words in the right side's highlight, nothing in page chrome or form fields,
 * the page's text and behaviour untouched, no double painting, and the <pp-mark> fallback.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type Highlights,
  innerText,
  openPainted,
  rangesInForbiddenPlaces,
  readHighlights,
  sideCount,
  useExtension,
  waitForHighlight,
  waitForNoHighlights,
  waitForPaints,
} from './helpers';

/** Text and containing paragraph of every range in a highlight. */
function rangesWithContext(page: Page, layer: string): Promise<{ text: string; block: string }[]> {
  return page.evaluate((l) => {
    const h = CSS.highlights.get(l);
    return h ? [...h].map((r) => ({ text: (r as Range).toString(), block: (r as Range).startContainer.parentElement?.closest('p, li, h1, h2, div')?.textContent ?? '' })) : [];
  }, layer);
}

/** Ranges that cover exactly the same text as another range, in any pp- highlight. */
function duplicateRanges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all: { name: string; range: Range }[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('pp-') && name !== 'pp-focus' && name !== 'pp-saved') for (const r of h) all.push({ name, range: r as Range });
    const dups: string[] = [];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i].range;
        const b = all[j].range;
        if (a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0) {
          dups.push(`"${a.toString()}" in ${all[i].name} and ${all[j].name}`);
        }
      }
    }
    return dups;
  });
}

describe('highlighting on article.html', () => {
  const h = useExtension();
  /** The page as it is without the extension: loaded with the site switched off. */
  let pristine: { text: string; html: string };
  /** What the Highlight API painter paints on the page. */
  let reference: Highlights;

  beforeAll(async () => {
    await h.setSiteEnabled(false);
    const page = await h.newPage();
    await page.goto(h.url('article.html'));
    pristine = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
    expect(await readHighlights(page)).toEqual({});
    await h.setSiteEnabled(true);
    await page.reload();
    await waitForPaints(page);
    reference = await readHighlights(page);
    await page.close();
  });

  beforeEach(async () => {
    await h.resetSettings();
  });

  const openArticle = (): Promise<Page> => openPainted(h, 'article.html');

  it('paints each lever in the highlight of the side that pulls it', async () => {
    const page = await openArticle();
    const highlights = await readHighlights(page);
    expect(highlights['pp-china']).toEqual(expect.arrayContaining(['export controls', 'rare earths']));
    expect(highlights['pp-netherlands']).toContain('export restrictions');

    const us = await rangesWithContext(page, 'pp-us');
    expect(us).toContainEqual({ text: 'tariffs', block: 'Washington imposed tariffs on Chinese goods worth $200 billion.' });
    const china = await rangesWithContext(page, 'pp-china');
    expect(china).toContainEqual({ text: 'export controls', block: "China's export controls on rare earths hit carmakers in Europe." });
    // The tariffs sentence belongs to Washington, not to Beijing.
    expect(china.filter((r) => r.block.startsWith('Washington imposed'))).toEqual([]);
    // The in-article link is part of the article (whichever side the engine gives it).
    const inLink = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([, hl]) => [...hl] as Range[]).filter((r) => r.startContainer.parentElement?.closest('a[href="#entity"]')).map((r) => r.toString()),
    );
    expect(inLink).toEqual(['Entity List']);
    await page.close();
  });

  it('highlights nothing in navigation, headers, footer, form fields, editable text, code or asides', async () => {
    const page = await openArticle();
    // Those places do contain lever words, so the check below means something.
    const trapped = await page.evaluate(() =>
      ['nav', 'footer', 'aside', 'pre', '[contenteditable]', '#tip-body'].map((sel) => document.querySelector(sel)?.textContent ?? ''),
    );
    expect(trapped.join(' ')).toMatch(/tariffs/i);
    expect(trapped.join(' ')).toMatch(/sanctions/i);
    expect(trapped.join(' ')).toMatch(/rare earths/i);
    expect(sideCount(await readHighlights(page))).toBeGreaterThan(5);
    expect(await rangesInForbiddenPlaces(page)).toEqual([]);
    await page.close();
  });

  it('leaves the text and the DOM of the page as they were', async () => {
    const page = await h.newPage();
    await page.goto(h.url('article.html'));
    const before = await innerText(page);
    await waitForPaints(page);
    const after = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
    expect(after.text).toBe(before);
    expect(after.text).toBe(pristine.text);
    // The Highlight API paints without touching the DOM.
    expect(after.html).toBe(pristine.html);
    await page.close();
  });

  it('never paints a range twice when the page restarts or reloads', async () => {
    const page = await openArticle();
    const first = await readHighlights(page);
    expect(await duplicateRanges(page)).toEqual([]);

    // A history navigation (same path, new query) restarts the content script on the same document.
    await page.evaluate(() => {
      history.pushState({}, '', `${location.pathname}?again=1`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitForPaints(page, 2);
    expect(await duplicateRanges(page)).toEqual([]);
    expect(await readHighlights(page)).toEqual(first);

    // Two navigations in quick succession.
    await page.evaluate(() => {
      history.pushState({}, '', `${location.pathname}?again=2`);
      history.pushState({}, '', `${location.pathname}?again=3`);
    });
    await waitForPaints(page, 3);
    expect(await duplicateRanges(page)).toEqual([]);
    expect(await readHighlights(page)).toEqual(first);

    await page.reload();
    await waitForPaints(page);
    expect(await duplicateRanges(page)).toEqual([]);
    expect(await readHighlights(page)).toEqual(first);
    await page.close();
  });

  it("keeps the page's own script and scrolling working", async () => {
    const page = await openArticle();
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.waitForFunction(() => scrollY > 0, undefined, { timeout: 5_000, polling: 100 });
    await page.close();
  });

  for (const file of ['not-article.html', 'no-levers.html']) {
    it(`highlights nothing on ${file}`, async () => {
      const page = await h.newPage();
      const url = h.url(file);
      const since = Date.now();
      await page.goto(url);
      if (file === 'no-levers.html') {
        // An article with lever phrases ("chips", "Visa"): the engine runs and finds none.
        const state = await h.waitForReport(await h.tabId(url), url, since);
        expect(state.isArticle).toBe(true);
        expect(await waitForPaints(page)).toEqual([expect.objectContaining({ mentions: 0, fragment: false })]);
        expect(state.tally.total).toBe(0);
      } else {
        // No article: the content script stops before the engine, without a word to the background (the popup shows
        // a tab it has heard nothing from as no article). Absence can only be watched for a while.
        await page.waitForLoadState('load');
        await new Promise((r) => setTimeout(r, 1_000));
        expect(await h.launched.worker.evaluate(async (u) => Object.values(await chrome.storage.session.get(null)).some((s) => (s as { url?: string })?.url === u), url)).toBe(false);
      }
      expect(await readHighlights(page)).toEqual({});
      expect(await page.evaluate(() => document.querySelectorAll('pp-mark').length)).toBe(0);
      await page.close();
    });
  }

  it('falls back to <pp-mark> wrappers that keep the text, and removes them when the site is switched off', async () => {
    await h.setStorage({ 'pp:wrapper-mode': true });
    const page = await h.newPage();
    await page.goto(h.url('article.html'));
    await waitForPaints(page);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('pp-mark')].map((m) => ({ text: m.textContent, lever: (m as HTMLElement).dataset.lever, side: (m as HTMLElement).dataset.side })),
    );
    expect(marks).toContainEqual({ text: 'export controls', lever: 'export-controls', side: 'china' });
    expect(marks).toContainEqual(expect.objectContaining({ text: 'rare earths', side: 'china' }));
    expect(marks).toContainEqual(expect.objectContaining({ text: 'export restrictions', side: 'netherlands' }));
    expect(marks).toContainEqual(expect.objectContaining({ text: 'tariffs', side: 'us' }));
    expect(marks.every((m) => m.lever)).toBe(true);
    // The same words as the Highlight API painter, one mark each, none in page chrome, and no Highlight as well.
    const bySide = (pairs: [string, string][]) => pairs.map(([side, text]) => `${side}: ${text}`).sort();
    expect(bySide(marks.map((m) => [m.side || 'none', m.text ?? '']))).toEqual(
      bySide(Object.entries(reference).flatMap(([layer, texts]) => texts.map((t) => [layer.replace(/^pp-/, ''), t] as [string, string]))),
    );
    expect(await page.evaluate(() => [...document.querySelectorAll('pp-mark')].filter((m) => m.closest('nav, header, footer, form, aside, pre, code, [contenteditable]')).length)).toBe(0);
    expect(await readHighlights(page)).toEqual({});
    expect(await innerText(page)).toBe(pristine.text);

    await h.setSiteEnabled(false);
    await page.waitForFunction(() => document.querySelectorAll('pp-mark').length === 0, undefined, { timeout: 10_000, polling: 100 });
    const after = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
    expect(after.text).toBe(pristine.text);
    expect(after.html).toBe(pristine.html);
    await page.close();
  });

  it('switching the site off removes the highlights and switching it on paints them again', async () => {
    const page = await openArticle();
    const painted = await readHighlights(page);
    await h.setSiteEnabled(false);
    await waitForNoHighlights(page);
    await h.setSiteEnabled(true);
    await waitForHighlight(page, 'pp-china', 'export controls');
    await waitForPaints(page, 2);
    expect(await readHighlights(page)).toEqual(painted);
    await page.close();
  });
});
