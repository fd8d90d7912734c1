/**
 * The in-page card: opened by a click or by the keyboard commands, closed by Esc or a click outside, accessible,
 * and the place where a mention is saved; saved annotations come back on reload, or are reported as orphans.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardOf, highlightCentre, openPainted, readHighlights, sideCount, useExtension, waitForHighlight, waitForPaints } from './helpers';
import { CARD_TAG as CARD, type CardView } from './probes';

/** Clicks a highlighted term with the mouse and returns the card it opens. */
async function clickHighlight(page: Page, layer: string, text: string): Promise<CardView> {
  const { x, y } = await highlightCentre(page, layer, text);
  await page.mouse.click(x, y);
  return cardOf(page).waitOpen();
}

describe('the lever card', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  const openArticle = (): Promise<Page> => openPainted(h, 'article.html');

  it('opens in a closed shadow root on a click on a highlighted term and shows the lever and its side', async () => {
    const page = await openArticle();
    expect(await page.locator(CARD).count()).toBe(0);
    const card = await clickHighlight(page, 'pp-china', 'export controls');

    // The host is on the page, but its shadow root is closed: the page's scripts cannot see into it.
    expect(await page.evaluate((tag) => ({ host: document.querySelector(tag) !== null, root: document.querySelector(tag)?.shadowRoot ?? null }), CARD)).toEqual({ host: true, root: null });
    expect(card.title).toBe('Export controls and bans');
    expect(card.side).toBe('China');
    expect(card.sentence).toContain("China's export controls on rare earths hit carmakers in Europe.");
    expect(card.marked).toBe('export controls');
    // The focused mention is marked on the page.
    expect((await readHighlights(page))['pp-focus']).toEqual(['export controls']);
    await page.close();
  });

  it('closes on Esc and on a click outside it', async () => {
    const page = await openArticle();
    await clickHighlight(page, 'pp-us', 'tariffs');
    await page.keyboard.press('Escape');
    await cardOf(page).waitClosed();
    expect((await readHighlights(page))['pp-focus']).toEqual([]);

    expect((await clickHighlight(page, 'pp-netherlands', 'export restrictions')).side).toBe('Netherlands');
    // A click on the headline, far from any highlight and from the card.
    const headline = await page.locator('h1').boundingBox();
    await page.mouse.click(headline!.x + 5, headline!.y + 5);
    await cardOf(page).waitClosed();
    await page.close();
  });

  it('does not open for a click on plain text', async () => {
    const page = await openArticle();
    const byline = await page.locator('.byline').boundingBox();
    await page.mouse.click(byline!.x + 5, byline!.y + byline!.height / 2);
    // Opening a card marks the mention in pp-focus synchronously, inside the click handler.
    expect((await readHighlights(page))['pp-focus'] ?? []).toEqual([]);
    expect(await cardOf(page).read()).toBeNull();
    // The same kind of click on a highlight does open it.
    await clickHighlight(page, 'pp-china', 'rare earths');
    await page.close();
  });

  it('walks the mentions with the keyboard commands, as an accessible dialog', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    const tabId = await h.tabId(url);
    const total = sideCount(await readHighlights(page));

    const card = cardOf(page);
    /** The dialog's accessible name, from the accessibility tree (which DevTools sees through closed roots). */
    const dialogName = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      await cdp.detach();
      return nodes.filter((n) => n.role?.value === 'dialog').map((n) => n.name?.value);
    };

    await h.sendCommand(tabId, 'next-mention');
    const first = await card.waitOpen((c) => c.position === `1 of ${total}`);
    // role=dialog with an accessible name: the lever's name.
    expect(await dialogName()).toEqual([first.title]);
    const firstFocus = (await readHighlights(page))['pp-focus'];
    expect(firstFocus).toHaveLength(1);

    await h.sendCommand(tabId, 'next-mention');
    const second = await card.waitOpen((c) => c.position === `2 of ${total}`);
    const secondFocus = (await readHighlights(page))['pp-focus'];
    expect(secondFocus).toHaveLength(1);
    expect(await dialogName()).toEqual([second.title]);

    await h.sendCommand(tabId, 'previous-mention');
    await card.waitOpen((c) => c.position === `1 of ${total}`);
    expect((await readHighlights(page))['pp-focus']).toEqual(firstFocus);

    // From the first mention, "previous" wraps round to the last.
    await h.sendCommand(tabId, 'previous-mention');
    await card.waitOpen((c) => c.position === `${total} of ${total}`);
    await page.close();
  });

  it('saves a mention with a note and tags, and re-anchors it after a reload', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    await clickHighlight(page, 'pp-china', 'export controls');
    const card = cardOf(page);
    await card.type('textarea', 'Magnets held at the border');
    await card.type('input[type="text"]', 'magnets, europe , magnets');
    await card.save();
    expect((await readHighlights(page))['pp-saved']).toEqual(['export controls']);

    const saved = await h.annotations();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      url,
      site: '127.0.0.1',
      lever: 'export-controls',
      side: 'china',
      note: 'Magnets held at the border',
      tags: ['magnets', 'europe'],
      quote: { exact: 'export controls' },
    });

    const since = Date.now();
    await page.reload();
    await waitForHighlight(page, 'pp-saved', 'export controls');
    const savedRanges = await page.evaluate(() => [...(CSS.highlights.get('pp-saved') ?? [])].map((r) => (r as Range).startContainer.parentElement?.textContent));
    expect(savedRanges).toEqual(["China's export controls on rare earths hit carmakers in Europe."]);
    // The page reports when it paints and again once its saved notes are anchored: wait for the report that counts
    // the saved one (a time-out here fails the test as surely as a wrong count).
    const state = await h.waitForReport(await h.tabId(url), url, since, (s) => s.saved > 0);
    expect(state.saved).toBe(1);
    expect(state.orphans).toEqual([]);

    // The card of a saved mention says so.
    const again = await clickHighlight(page, 'pp-china', 'export controls');
    expect(again.saveDisabled).toBe(true);
    expect(again.saveLabel).toMatch(/^Saved/);
    await page.close();
  });

  it('re-anchors saved annotations when painting with <pp-mark> wrappers too', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    await clickHighlight(page, 'pp-netherlands', 'export restrictions');
    await cardOf(page).save();
    const quotes = (await h.annotations()).filter((a) => a.url === url).map((a) => a.quote.exact).sort();
    expect(quotes).toContain('export restrictions');

    await h.setStorage({ 'pp:wrapper-mode': true });
    const since = Date.now();
    await page.reload();
    await waitForPaints(page);
    const state = await h.waitForReport(await h.tabId(url), url, since, (s) => s.saved === quotes.length);
    expect(state.orphans).toEqual([]);
    const savedMarks = await page.evaluate(() =>
      [...document.querySelectorAll('pp-mark')].filter((m) => (m as HTMLElement).dataset.layer?.split(' ').includes('pp-saved')).map((m) => m.textContent ?? ''),
    );
    expect(savedMarks.sort()).toEqual(quotes);
    await page.close();
  });

  it('reports an annotation whose text is no longer on the page as an orphan', async () => {
    const page = await h.newPage();
    const url = h.url('dynamic.html');
    await page.goto(url);
    await waitForPaints(page);
    await page.click('#show-more');
    await waitForHighlight(page, 'pp-china', 'soybean purchases');
    await clickHighlight(page, 'pp-china', 'soybean purchases');
    await cardOf(page).type('textarea', 'Purchases stopped');
    await cardOf(page).save();

    // After a reload the paragraph is not there until "Show more" is clicked.
    const since = Date.now();
    await page.reload();
    const tabId = await h.tabId(url);
    const state = await h.waitForReport(tabId, url, since, (s) => s.orphans.length > 0);
    expect(state.saved).toBe(1);
    expect(state.orphans).toEqual([{ id: expect.any(Number), exact: 'soybean purchases' }]);
    expect((await readHighlights(page))['pp-saved'] ?? []).toEqual([]);

    const popup = await h.openPopup(tabId);
    expect(await popup.locator('.orphans summary').textContent()).toBe('1 saved note could not be placed on this page');
    expect(await popup.locator('.orphans li').allTextContents()).toEqual(['\u201Csoybean purchases\u201D']);
    await popup.close();
    await page.close();
  });
});
