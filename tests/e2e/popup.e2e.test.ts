/**
 * The popup for a tab (popup.html?tab=<id>): the page's tally per side matches what is painted on the page, the empty
 * state for pages that are no article, and the per-site switch that turns painting off and on again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, useExtension, waitForHighlight, waitForNoHighlights, waitForPaints } from './helpers';
import { paintedPerSide, popupSides } from './probes';

describe('the popup', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  async function openAndWait(path: string): Promise<{ page: Page; tabId: number; url: string }> {
    const page = await h.newPage();
    const url = h.url(path);
    const since = Date.now();
    await page.goto(url);
    const tabId = await h.tabId(url);
    await h.waitForReport(tabId, url, since);
    return { page, tabId, url };
  }

  it('lists each side with as many pressure points as the page has highlighted for it', async () => {
    const { page, tabId } = await openAndWait('article.html');
    await waitForPaints(page);
    const highlights = await readHighlights(page);
    const painted = paintedPerSide(highlights);
    expect(Object.keys(painted)).toEqual(expect.arrayContaining(['china', 'us', 'netherlands']));

    const popup = await h.openPopup(tabId);
    const sides = await popupSides(popup);
    expect(Object.fromEntries(Object.entries(sides).map(([id, s]) => [id, s.count]))).toEqual(painted);
    expect(sides.china.name).toBe('China');
    expect(sides.us.name).toBe('United States');
    expect(sides.netherlands.name).toBe('Netherlands');
    if (sides.none) expect(sides.none.name).toBe('Side unclear');
    expect(await popup.locator('[data-testid="empty"]').count()).toBe(0);
    expect(await popup.locator('.page-title').textContent()).toBe(await page.title());
    await popup.close();
    await page.close();
  });

  it('shows the empty state for a page that is no article', async () => {
    // The content script says nothing on a page without an article: the tab is found as the active one.
    const page = await h.newPage();
    await page.goto(h.url('not-article.html'));
    await page.bringToFront();
    const tabId = await h.launched.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(tabId).toEqual(expect.any(Number));
    const popup = await h.openPopup(tabId!);
    await popup.locator('[data-testid="empty"]').waitFor({ state: 'visible' });
    expect(await popup.locator('[data-testid="empty"] .empty-title').textContent()).toBe('No article here');
    expect(await popup.locator('[data-testid="sides"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it("turns highlighting off and on for the page's site with its switch", async () => {
    const { page, tabId } = await openAndWait('article.html');
    await waitForPaints(page);
    const painted = await readHighlights(page);

    const popup = await h.openPopup(tabId);
    const toggle = popup.locator('[data-testid="site-switch"]');
    expect(await toggle.isChecked()).toBe(true);
    expect(await popup.locator('label.switch').textContent()).toBe('Highlight on 127.0.0.1');

    await toggle.uncheck();
    await waitForNoHighlights(page);
    expect(await h.launched.worker.evaluate(async () => (await chrome.storage.local.get('pp:disabled-sites'))['pp:disabled-sites'])).toEqual(['127.0.0.1']);
    // The popup opened again remembers the switch.
    await popup.reload();
    await popup.waitForSelector('#app[aria-busy="false"]');
    expect(await toggle.isChecked()).toBe(false);

    await toggle.check();
    await waitForHighlight(page, 'pp-china', 'export controls');
    await waitForPaints(page, 2);
    expect(await readHighlights(page)).toEqual(painted);
    await popup.close();
    await page.close();
  });
});
