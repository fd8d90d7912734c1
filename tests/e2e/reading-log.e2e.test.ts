/**
 * The reading log in real Chromium: articles read (nothing saved) are logged with their publication dates, found in
 * four different kinds of metadata, and the dashboard's timeline lists them under their weeks of publication with the
 * right sides; reading again counts once; with the log off the next article is not logged; forgetting a page, a site
 * and clearing the log remove what they say. The tests run in order in one fresh profile.
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LogPageRow } from '../../src/kb/log-index';
import { useExtension, waitForPaints } from './helpers';

const A = 'log-rare-earths-2019.html';
const B = 'log-chips-2024.html';
const C = 'log-tariffs-2025.html';
const D = 'news/2023/02/06/log-soybeans.html';

/** Everything in one store of the extension's database, read from its background worker. */
function storeIn<T>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pressure-points');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as T[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}

async function dashboard(page: Page, extensionId: string, hash: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
  await page.waitForSelector('#app[aria-busy="false"]', { timeout: 10_000 });
}

describe('the reading log', () => {
  const h = useExtension();
  const logPages = () => storeIn<LogPageRow>(h.launched.worker, 'logPages');
  const byUrl = async () => new Map((await logPages()).map((p) => [p.url, p]));
  /** The server's address as "localhost": another site for the per-site checks. */
  const localhost = (path: string) => h.url(path).replace('127.0.0.1', 'localhost');

  async function read(url: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(url);
    await waitForPaints(page);
    return page;
  }

  async function timelineWeeks(page: Page): Promise<Record<string, Record<string, string>>> {
    await page.locator('[data-testid="timeline"][aria-busy="false"]').waitFor({ timeout: 15_000 });
    return page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="weeks"] li[data-week]')].map((li) => [
          li.getAttribute('data-week')!,
          Object.fromEntries([...li.querySelectorAll('.chip[data-side]')].map((c) => [c.getAttribute('data-side')!, c.textContent!.replace(/^.*?(\u25B2)/, '$1')])),
        ]),
      ),
    );
  }

  it('logs the articles read, saving nothing, and the timeline lists them by week of publication with their sides', async () => {
    const pages = [await read(`${h.url(A)}?ref=homepage`), await read(localhost(B)), await read(h.url(C))];
    await expect.poll(async () => (await logPages()).length, { timeout: 15_000 }).toBe(3);
    const log = await byUrl();
    // The canonical address of A, not the one with ?ref=; the dates from JSON-LD @graph, Open Graph and the byline.
    expect(log.get(h.url(A))).toMatchObject({ published: '2019-05-15', publishedSource: 'json-ld', site: '127.0.0.1', title: 'Beijing tightens its grip on rare earths - Test Gazette' });
    expect(log.get(localhost(B))).toMatchObject({ published: '2024-10-09', publishedSource: 'meta', site: 'localhost' });
    expect(log.get(h.url(C))).toMatchObject({ published: '2025-04-11', publishedSource: 'time' });
    for (const p of log.values()) expect(p.moves).toBeGreaterThan(0);
    expect(await h.annotations()).toEqual([]);

    const dash = await h.newPage();
    await dashboard(dash, h.launched.extensionId, '');
    expect(await dash.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    const weeks = await timelineWeeks(dash);
    // Newest week first; each article under the Monday of the week it was published.
    expect(Object.keys(weeks)).toEqual(['2025-04-07', '2024-10-07', '2019-05-13']);
    expect(Object.keys(weeks['2019-05-13'])).toEqual(['china']);
    expect(weeks['2019-05-13'].china).toMatch(/^\u25B2[1-9]\d* \u25BC0$/);
    expect(Object.keys(weeks['2024-10-07'])).toContain('us');
    expect(weeks['2024-10-07'].us).toMatch(/^\u25B2[1-9]/);
    expect(Object.keys(weeks['2025-04-07'])).toEqual(['us']);
    expect(weeks['2025-04-07'].us).toMatch(/\u25BC[1-9]\d*$/);
    expect(await dash.locator('[data-testid="timeline-svg"] path.bar').count()).toBeGreaterThanOrEqual(3);
    // Bars and chips take their side's colour from one rule per side (src/ui/side-colors.ts), not from inline styles.
    const painted = await dash.evaluate(() => {
      const els = [...document.querySelectorAll('[data-testid="timeline-svg"] path.bar, [data-testid="weeks"] .chip[data-side]')];
      return {
        inline: els.filter((e) => e.hasAttribute('style')).length,
        chinaBars: [...new Set([...document.querySelectorAll('[data-testid="timeline-svg"] path.bar[data-side="china"]')].map((e) => getComputedStyle(e).fill))],
        usChips: [...new Set([...document.querySelectorAll('[data-testid="weeks"] .chip[data-side="us"]')].map((e) => getComputedStyle(e).getPropertyValue('--side').trim()))],
      };
    });
    expect(painted).toEqual({ inline: 0, chinaBars: ['rgb(185, 28, 28)'], usChips: ['#1d4ed8'] });

    // Choosing a week lists its moves, each linked to open the article at its sentence.
    await dash.locator('[data-testid="weeks"] button[data-week="2019-05-13"]').click();
    const moves = dash.locator('[data-testid="moves"] [data-testid="move"]');
    await expect.poll(() => moves.count()).toBe(log.get(h.url(A))!.moves);
    expect(new Set(await moves.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-side')} ${e.getAttribute('data-week')}`)))).toEqual(new Set(['china 2019-05-13']));
    const first = moves.first();
    expect(await first.locator('.sentence').textContent()).toMatch(/rare earth|licen|magnet|export controls/i);
    const href = (await first.locator('a[data-testid="move-link"]').getAttribute('href'))!;
    expect(href.startsWith(`${h.url(A)}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(href.split('#:~:text=')[1].split(',')[0])).toBe((await first.locator('.sentence').textContent())!.split(/\s+/).slice(0, 5).join(' '));
    const opened = h.launched.context.waitForEvent('page');
    await first.locator('a[data-testid="move-link"]').click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url().startsWith(h.url(A))).toBe(true);
    await article.close();

    // Choosing a lever lists its moves across the weeks.
    await first.locator('button.lever').click();
    await expect.poll(async () => new Set(await moves.evaluateAll((els) => els.map((e) => e.getAttribute('data-lever'))))).toEqual(new Set([await first.getAttribute('data-lever')]));

    // The charts count what was read when asked to, and by week of publication.
    await dash.getByRole('tab', { name: 'Charts' }).click();
    await dash.getByTestId('charts-empty').waitFor({ timeout: 10_000 });
    await dash.locator('[data-testid="chart-source-read"]').check();
    const sidesChart = dash.getByTestId('chart-sides');
    await sidesChart.locator('svg').waitFor({ timeout: 10_000 });
    expect(new Set(await sidesChart.locator('rect.bar').evaluateAll((r) => r.map((e) => e.getAttribute('data-side'))))).toEqual(new Set(['china', 'us']));
    expect(await sidesChart.locator('table caption').textContent()).toBe('Pressure points read per week and side');
    await dash.locator('[data-testid="chart-date-published"]').check();
    await expect.poll(() => sidesChart.locator('table thead th').first().textContent()).toBe('Week of publication');
    // Up to 26 weeks: the newest publication week, 7 April 2025, is the last row.
    expect(await sidesChart.locator('tbody tr').last().locator('th').textContent()).toBe('7 Apr 2025');

    // The popup: this week's reading totals, with the number of articles and the link to the timeline.
    const tabId = await h.tabId(h.url(C));
    const popup = await h.openPopup(tabId);
    expect(await popup.locator('[data-testid="reading-articles"]').textContent()).toBe('3 articles read this week');
    const sides = await popup.locator('[data-testid="reading-sides"] li[data-side]').evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
    expect(sides.sort()).toEqual(['china', 'us']);
    await popup.locator('[data-period="month"]').click();
    expect(await popup.locator('[data-testid="reading-articles"]').textContent()).toBe('3 articles read this month');
    expect(await popup.locator('[data-testid="open-timeline"]').count()).toBe(1);
    await popup.close();
    await dash.close();
    for (const p of pages) await p.close();
  });

  it('reading an article again does not count it twice', async () => {
    const before = await byUrl();
    const movesBefore = (await storeIn(h.launched.worker, 'logMoves')).length;
    const statsBefore = await storeIn(h.launched.worker, 'logStats');
    const again = [await read(h.url(A)), await read(`${h.url(A)}?ref=newsletter`), await read(h.url(C))];
    await expect.poll(async () => (await byUrl()).get(h.url(A))!.lastRead, { timeout: 15_000 }).toBeGreaterThan(before.get(h.url(A))!.lastRead);
    await expect.poll(async () => (await byUrl()).get(h.url(C))!.lastRead, { timeout: 15_000 }).toBeGreaterThan(before.get(h.url(C))!.lastRead);
    const after = await byUrl();
    expect(after.size).toBe(3);
    expect(after.get(h.url(A))!.counts).toEqual(before.get(h.url(A))!.counts);
    expect(after.get(h.url(A))!.moves).toBe(before.get(h.url(A))!.moves);
    // Read again within the same half hour: the same reading.
    expect(after.get(h.url(A))!.reads).toBe(1);
    expect((await storeIn(h.launched.worker, 'logMoves')).length).toBe(movesBefore);
    expect(await storeIn(h.launched.worker, 'logStats')).toEqual(statsBefore);
    for (const p of again) await p.close();
  });

  it('with the log turned off in the popup, the next article is not logged; on again, it is', async () => {
    const tab = await read(h.url(C));
    const popup = await h.openPopup(await h.tabId(h.url(C)));
    const notice = popup.locator('[data-testid="log-notice"]');
    expect(await notice.textContent()).toMatch(/stays on this device/);
    await notice.locator('[data-testid="log-switch"]').uncheck();
    await expect.poll(() => popup.locator('[data-testid="popup-status"]').textContent()).toMatch(/^Reading log off/);
    await notice.locator('[data-testid="log-notice-ok"]').click();
    await notice.waitFor({ state: 'detached' });
    await popup.close();
    // Shown once only.
    const again = await h.openPopup(await h.tabId(h.url(C)));
    expect(await again.locator('[data-testid="log-notice"]').count()).toBe(0);
    expect(await again.locator('[data-testid="reading-articles"]').textContent()).toBe('3 articles read this week');
    await again.close();

    const since = Date.now();
    const soy = await read(h.url(D));
    const tabId = await h.tabId(h.url(D));
    await h.waitForReport(tabId, h.url(D), since, (s) => s.mentions > 0);
    // Give a log write every chance to land, then check there was none.
    await new Promise((r) => setTimeout(r, 1_500));
    expect([...(await byUrl()).keys()].sort()).toEqual([h.url(A), h.url(C), localhost(B)].sort());
    await soy.close();

    // On again from the dashboard; the article is logged when read again, dated by its address.
    const dash = await h.newPage();
    await dashboard(dash, h.launched.extensionId, '#reading-log');
    const enabled = dash.locator('[data-testid="log-enabled"]');
    await expect.poll(() => enabled.isChecked()).toBe(false);
    await enabled.check();
    await expect.poll(() => enabled.isDisabled()).toBe(false);
    const soyAgain = await read(h.url(D));
    await expect.poll(async () => (await byUrl()).get(h.url(D))?.published, { timeout: 15_000 }).toBe('2023-02-06');
    expect((await byUrl()).get(h.url(D))!.publishedSource).toBe('url');
    await soyAgain.close();
    await dash.close();
    await tab.close();
  });

  it('forgets a page, a site, and clears the whole log', async () => {
    const dash = await h.newPage();
    await dashboard(dash, h.launched.extensionId, '#reading-log');
    const rows = dash.locator('[data-testid="log-pages"] [data-testid="log-page"]');
    await expect.poll(() => rows.count()).toBe(4);

    await rows.filter({ has: dash.locator(`a[href="${h.url(D)}"]`) }).locator('button[data-action="forget"]').click();
    await expect.poll(() => rows.count()).toBe(3);
    expect((await byUrl()).has(h.url(D))).toBe(false);
    expect((await storeIn<{ url: string }>(h.launched.worker, 'logMoves')).some((m) => m.url === h.url(D))).toBe(false);

    await dash.locator('[data-testid="log-site"]').selectOption('localhost');
    await dash.locator('[data-testid="forget-site"]').click();
    await dash.locator('[data-testid="confirm-yes"]').click();
    await expect.poll(async () => [...(await byUrl()).keys()].sort()).toEqual([h.url(A), h.url(C)].sort());

    // The timeline follows.
    await dash.getByRole('tab', { name: 'Timeline' }).click();
    expect(Object.keys(await timelineWeeks(dash))).toEqual(['2025-04-07', '2019-05-13']);

    await dash.getByRole('tab', { name: 'Reading log' }).click();
    await dash.locator('[data-testid="clear-log"]').click();
    await dash.locator('[data-testid="confirm-yes"]').click();
    await expect.poll(() => dash.locator('[data-testid="log-size"]').textContent()).toBe('The log is empty.');
    expect(await logPages()).toEqual([]);
    expect(await storeIn(h.launched.worker, 'logMoves')).toEqual([]);
    expect(await storeIn(h.launched.worker, 'logStats')).toEqual([]);
    await dash.getByRole('tab', { name: 'Timeline' }).click();
    await dash.locator('[data-testid="timeline-empty"]').waitFor({ timeout: 10_000 });
    await dash.close();
  });

  it('adds the levers of text a page shows later to the same reading', async () => {
    const page = await read(h.url('dynamic.html'));
    await expect.poll(async () => (await byUrl()).has(h.url('dynamic.html')), { timeout: 15_000 }).toBe(true);
    const mentions = (p: LogPageRow) => p.counts.reduce((n, c) => n + c.tighten + c.relax + c.neutral, 0);
    const before = (await byUrl()).get(h.url('dynamic.html'))!;
    await page.click('#show-more');
    const painted = await waitForPaints(page, 2);
    await expect.poll(async () => mentions((await byUrl()).get(h.url('dynamic.html'))!), { timeout: 15_000 }).toBe(mentions(before) + painted[1].mentions - painted[0].mentions);
    const after = (await byUrl()).get(h.url('dynamic.html'))!;
    expect(after.counts.some((c) => c.lever === 'student-visas')).toBe(true);
    expect(after.words).toBeGreaterThan(before.words);
    expect(after.reads).toBe(1);
    expect(after.firstRead).toBe(before.firstRead);
    await page.close();
  });
});
