/**
 * The popup beyond the tab's tally: a lever in the list opens its card on the page, and the "Saved" view lists,
 * searches, filters, opens, edits and deletes (with undo) the annotations saved through the in-page card.
 * The tests run in order in one fresh profile: the first sees no saved annotation at all.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/chromium';
import { highlightCentre, useExtension, waitForPaints } from './helpers';

const CARD = 'pressure-points-card';
const SHOTS = join(ROOT, '.screenshots');

function dialog(page: Page) {
  return page.locator(CARD).locator('[role="dialog"]');
}

function items(popup: Page) {
  return popup.locator('[data-testid="saved-view"] [data-testid="annotation"]');
}

async function showSaved(popup: Page): Promise<void> {
  await popup.locator('[data-testid="tab-saved"]').click();
  await popup.locator('[data-testid="saved-view"]').waitFor({ state: 'visible' });
  await popup.waitForFunction(() => {
    const list = document.querySelector('[data-testid="saved-view"] [data-testid="annotation-list"]');
    return list !== null && list.getAttribute('aria-busy') === 'false';
  });
}

async function search(popup: Page, text: string): Promise<void> {
  await popup.locator('[data-testid="saved-search"]').fill(text);
}

async function screenshot(popup: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await popup.setViewportSize({ width: 380, height: 600 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

describe('the popup: levers and the Saved view', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  async function openArticle(path: string): Promise<{ page: Page; tabId: number; url: string }> {
    const page = await h.newPage();
    const url = h.url(path);
    const since = Date.now();
    await page.goto(url);
    await waitForPaints(page);
    const tabId = await h.tabId(url);
    await h.waitForReport(tabId, url, since);
    return { page, tabId, url };
  }

  it('says nothing is saved yet on a fresh profile', async () => {
    const { page, tabId } = await openArticle('article.html');
    const popup = await h.openPopup(tabId);
    expect(await popup.locator('[data-testid="saved-tally-empty"]').textContent()).toBe('Nothing saved this week.');
    await screenshot(popup, 'popup');

    // The view tabs work from the keyboard: arrow keys move between them.
    await popup.locator('[data-testid="tab-page"]').focus();
    await popup.keyboard.press('ArrowRight');
    await popup.locator('[data-testid="saved-view"]').waitFor({ state: 'visible' });
    expect(await popup.locator('[data-testid="tab-saved"]').getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('[role="tabpanel"]#panel-page').isHidden()).toBe(true);

    const empty = popup.locator('[data-testid="saved-view"] [data-testid="list-empty"]');
    await empty.waitFor({ state: 'visible' });
    expect(await empty.locator('.empty-title').textContent()).toBe('Nothing saved yet.');
    expect(await items(popup).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it("scrolls the page to a lever's first mention and opens its card when the lever is clicked", async () => {
    const { page, tabId } = await openArticle('long-article.html');
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' as ScrollBehavior }));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);

    const popup = await h.openPopup(tabId);
    expect(await popup.locator('[data-testid="balance"]').getAttribute('aria-label')).toMatch(/^Pressure points on this page: /);
    const lever = popup.locator('[data-testid="sides"] > li[data-side] button[data-lever]').first();
    const name = await lever.locator('.lever-name').textContent();
    expect(await lever.locator('.lever-count').textContent()).toMatch(/^\u00D7\d+$/);
    await lever.click();
    await expect.poll(() => popup.locator('[data-testid="popup-status"]').textContent()).toBe(`Showing ${name} on the page.`);

    await dialog(page).waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dialog(page).locator('h2').textContent()).toBe(name);
    const after = await page.evaluate(() => window.scrollY);
    expect(after).toBeLessThan(before);
    // The opened mention is in view.
    const inView = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('pp-focus') ?? [])][0] as Range | undefined;
      const box = range?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('lists an annotation saved on the page, finds it by a word of its note, filters, edits, deletes and undoes', async () => {
    const { page, tabId } = await openArticle('article.html');
    const { x, y } = await highlightCentre(page, 'pp-china', 'export controls');
    await page.mouse.click(x, y);
    await dialog(page).waitFor({ state: 'visible', timeout: 5_000 });
    await dialog(page).locator('textarea').fill('Magnets held at the border');
    await dialog(page).locator('button[type="submit"]').click();
    await expect.poll(() => dialog(page).locator('[role="status"]').textContent(), { timeout: 5_000 }).toMatch(/^Saved/);
    const [saved] = await h.annotations();

    let popup = await h.openPopup(tabId);
    // The tally of saved annotations counts it this week and in all.
    expect(await popup.locator('[data-testid="saved-sides"] li[data-side="china"] .count').textContent()).toBe('1');
    await popup.locator('.periods button[data-period="allTime"]').click();
    expect(await popup.locator('.periods button[data-period="allTime"]').getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('[data-testid="saved-sides"] li[data-side="china"] .count').textContent()).toBe('1');

    await showSaved(popup);
    await expect.poll(() => items(popup).count()).toBe(1);
    const item = items(popup).first();
    expect(await item.getAttribute('data-id')).toBe(String(saved.id));
    expect(await item.locator('.quote').textContent()).toBe('\u201Cexport controls\u201D');
    expect(await item.locator('.meta .lever').textContent()).toBe('Export controls and bans');
    expect(await item.locator('.meta .side').textContent()).toBe('China');
    expect(await item.locator('.meta time').getAttribute('datetime')).toBe(new Date(saved.savedAt).toISOString());
    expect(await item.locator('[data-testid="note"]').textContent()).toBe('Magnets held at the border');
    await screenshot(popup, 'popup-saved');

    // Search: a word of the note finds it, a word that is nowhere does not; Esc clears the box.
    await search(popup, 'border');
    await expect.poll(() => popup.locator('[data-testid="saved-view"] [data-testid="list-summary"]').textContent()).toBe('1 match');
    expect(await items(popup).count()).toBe(1);
    await search(popup, 'zebra');
    await expect.poll(() => items(popup).count()).toBe(0);
    expect(await popup.locator('[data-testid="saved-view"] [data-testid="list-empty"] .empty-title').textContent()).toBe('No saved annotation matches these filters.');
    await popup.locator('[data-testid="saved-search"]').press('Escape');
    expect(await popup.locator('[data-testid="saved-search"]').inputValue()).toBe('');
    await expect.poll(() => items(popup).count()).toBe(1);

    // Filters by side and lever.
    await popup.locator('[data-testid="saved-side"]').selectOption('us');
    await expect.poll(() => items(popup).count()).toBe(0);
    await popup.locator('[data-testid="saved-side"]').selectOption('china');
    await expect.poll(() => items(popup).count()).toBe(1);
    await popup.locator('[data-testid="saved-lever"]').selectOption('tariffs');
    await expect.poll(() => items(popup).count()).toBe(0);
    await popup.locator('[data-testid="saved-lever"]').selectOption('export-controls');
    await expect.poll(() => items(popup).count()).toBe(1);
    await popup.locator('[data-testid="saved-side"]').selectOption('');
    await popup.locator('[data-testid="saved-lever"]').selectOption('');

    // Edit the note: it is saved, found by its new words, and still there when the popup opens again.
    await items(popup).first().locator('button[data-action="edit"]').click();
    const input = items(popup).first().locator('[data-testid="note-input"]');
    expect(await input.inputValue()).toBe('Magnets held at the border');
    await input.fill('Magnets stuck in customs for weeks');
    await items(popup).first().locator('button[data-action="save"]').click();
    await expect.poll(() => items(popup).first().locator('[data-testid="note"]').textContent()).toBe('Magnets stuck in customs for weeks');
    await popup.close();

    popup = await h.openPopup(tabId);
    await showSaved(popup);
    await expect.poll(() => items(popup).count()).toBe(1);
    expect(await items(popup).first().locator('[data-testid="note"]').textContent()).toBe('Magnets stuck in customs for weeks');
    expect((await h.annotations())[0].note).toBe('Magnets stuck in customs for weeks');
    await search(popup, 'customs');
    await expect.poll(() => popup.locator('[data-testid="saved-view"] [data-testid="list-summary"]').textContent()).toBe('1 match');
    await search(popup, 'border');
    await expect.poll(() => items(popup).count()).toBe(0);
    await search(popup, '');
    await expect.poll(() => items(popup).count()).toBe(1);

    // Delete: the row goes at once, the database follows; Undo brings it back with its id.
    await items(popup).first().locator('button[data-action="delete"]').click();
    expect(await items(popup).count()).toBe(0);
    await expect.poll(async () => (await h.annotations()).length).toBe(0);
    const undo = popup.locator('[data-testid="undo"]');
    await undo.waitFor({ state: 'visible' });
    expect(await popup.locator('[data-testid="undo-toast"]').textContent()).toContain('Deleted \u201Cexport controls\u201D.');
    await undo.click();
    await expect.poll(() => items(popup).count()).toBe(1);
    const restored = await h.annotations();
    expect(restored).toHaveLength(1);
    expect(restored[0]).toMatchObject({ id: saved.id, note: 'Magnets stuck in customs for weeks', quote: saved.quote });
    expect(await items(popup).first().getAttribute('data-id')).toBe(String(saved.id));

    // The counts on the first tab follow the changes.
    await popup.locator('[data-testid="tab-page"]').click();
    expect(await popup.locator('[data-testid="saved-sides"] li[data-side="china"] .count').textContent()).toBe('1');
    await popup.close();
    await page.close();
  });

  it('opens a saved annotation on its page, scrolled to it with its card open', async () => {
    const { page, tabId } = await openArticle('article.html');
    const popup = await h.openPopup(tabId);
    await showSaved(popup);
    await expect.poll(() => items(popup).count()).toBe(1);
    const opened = h.launched.context.waitForEvent('page');
    await items(popup).first().locator('button[data-action="open"]').click();
    const target = await opened;
    await dialog(target).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await dialog(target).locator('h2').textContent()).toBe('Export controls and bans');
    await target.close();
    await popup.close();
    await page.close();
  });
});
