/**
 * The in-page card: opened by a click or by the keyboard commands, closed by Esc or a click outside, accessible,
 * and the place where a mention is saved; saved annotations come back on reload, or are reported as orphans.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightCentre, openPainted, readHighlights, sideCount, useExtension, waitForHighlight, waitForPaints } from './helpers';

const CARD = 'pressure-points-card';

function dialog(page: Page) {
  return page.locator(CARD).locator('[role="dialog"]');
}

/** The card's "n of m" footer. */
function position(page: Page) {
  return dialog(page).locator('footer span');
}

async function clickHighlight(page: Page, layer: string, text: string): Promise<void> {
  const { x, y } = await highlightCentre(page, layer, text);
  await page.mouse.click(x, y);
  await dialog(page).waitFor({ state: 'visible', timeout: 5_000 });
}

describe('the lever card', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  const openArticle = (): Promise<Page> => openPainted(h, 'article.html');

  it('opens in a shadow root on a click on a highlighted term and shows the lever and its side', async () => {
    const page = await openArticle();
    expect(await page.locator(CARD).count()).toBe(0);
    await clickHighlight(page, 'pp-china', 'export controls');

    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]') !== null, CARD)).toBe(true);
    await expect.poll(() => dialog(page).locator('h2').textContent()).toBe('Export controls and bans');
    expect(await dialog(page).locator('.side').textContent()).toBe('China');
    expect(await dialog(page).locator('.sentence').textContent()).toContain("China's export controls on rare earths hit carmakers in Europe.");
    expect(await dialog(page).locator('.sentence mark').textContent()).toBe('export controls');
    // The focused mention is marked on the page.
    expect((await readHighlights(page))['pp-focus']).toEqual(['export controls']);
    await page.close();
  });

  it('closes on Esc and on a click outside it', async () => {
    const page = await openArticle();
    await clickHighlight(page, 'pp-us', 'tariffs');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached', timeout: 5_000 });
    expect((await readHighlights(page))['pp-focus']).toEqual([]);

    await clickHighlight(page, 'pp-netherlands', 'export restrictions');
    expect(await dialog(page).locator('.side').textContent()).toBe('Netherlands');
    // A click on the headline, far from any highlight and from the card.
    const headline = await page.locator('h1').boundingBox();
    await page.mouse.click(headline!.x + 5, headline!.y + 5);
    await dialog(page).waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('does not open for a click on plain text', async () => {
    const page = await openArticle();
    const byline = await page.locator('.byline').boundingBox();
    await page.mouse.click(byline!.x + 5, byline!.y + byline!.height / 2);
    // Opening a card marks the mention in pp-focus synchronously, inside the click handler.
    expect((await readHighlights(page))['pp-focus'] ?? []).toEqual([]);
    expect(await dialog(page).count()).toBe(0);
    // The same kind of click on a highlight does open it.
    await clickHighlight(page, 'pp-china', 'rare earths');
    await page.close();
  });

  it('walks the mentions with the keyboard commands, as an accessible dialog', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    const tabId = await h.tabId(url);
    const total = sideCount(await readHighlights(page));

    await h.sendCommand(tabId, 'next-mention');
    await dialog(page).waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => position(page).textContent()).toBe(`1 of ${total}`);
    const firstName = await dialog(page).locator('h2').textContent();
    // role=dialog with an accessible name: the lever's name.
    expect(await page.getByRole('dialog', { name: firstName! }).count()).toBe(1);
    const firstFocus = (await readHighlights(page))['pp-focus'];
    expect(firstFocus).toHaveLength(1);

    await h.sendCommand(tabId, 'next-mention');
    await expect.poll(() => position(page).textContent()).toBe(`2 of ${total}`);
    const secondFocus = (await readHighlights(page))['pp-focus'];
    expect(secondFocus).toHaveLength(1);
    const secondName = await dialog(page).locator('h2').textContent();
    expect(await page.getByRole('dialog', { name: secondName! }).count()).toBe(1);

    await h.sendCommand(tabId, 'previous-mention');
    await expect.poll(() => position(page).textContent()).toBe(`1 of ${total}`);
    expect((await readHighlights(page))['pp-focus']).toEqual(firstFocus);

    // From the first mention, "previous" wraps round to the last.
    await h.sendCommand(tabId, 'previous-mention');
    await expect.poll(() => position(page).textContent()).toBe(`${total} of ${total}`);
    await page.close();
  });

  it('saves a mention with a note and tags, and re-anchors it after a reload', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    await clickHighlight(page, 'pp-china', 'export controls');
    await dialog(page).locator('textarea').fill('Magnets held at the border');
    await dialog(page).locator('input[type="text"]').fill('magnets, europe , magnets');
    await dialog(page).locator('button[type="submit"]').click();
    await expect.poll(() => dialog(page).locator('[role="status"]').textContent(), { timeout: 5_000 }).toMatch(/^Saved/);
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
    const state = await h.waitForReport(await h.tabId(url), url, since);
    expect(state.saved).toBe(1);
    expect(state.orphans).toEqual([]);

    // The card of a saved mention says so.
    await clickHighlight(page, 'pp-china', 'export controls');
    expect(await dialog(page).locator('button[type="submit"]').isDisabled()).toBe(true);
    expect(await dialog(page).locator('button[type="submit"]').textContent()).toMatch(/^Saved/);
    await page.close();
  });

  it('re-anchors saved annotations when painting with <pp-mark> wrappers too', async () => {
    const page = await openArticle();
    const url = h.url('article.html');
    await clickHighlight(page, 'pp-netherlands', 'export restrictions');
    await dialog(page).locator('button[type="submit"]').click();
    await expect.poll(() => dialog(page).locator('[role="status"]').textContent(), { timeout: 5_000 }).toMatch(/^Saved/);
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
    await dialog(page).locator('textarea').fill('Purchases stopped');
    await dialog(page).locator('button[type="submit"]').click();
    await expect.poll(() => dialog(page).locator('[role="status"]').textContent(), { timeout: 5_000 }).toMatch(/^Saved/);

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
