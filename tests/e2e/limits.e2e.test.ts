/**
 * Pages that push the content script's limits: one that never stops changing (new text is still found, by looks at
 * most every RESCAN_INTERVAL ms that read only what changed), and one far longer than the content script reads, with
 * an address and a title longer than a message may carry (it is cut, painted, and never refused).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_TITLE, MAX_URL } from '../../src/types/limits';
import { MAX_ARTICLE_CHARS } from '../../src/types/settings';
import { RESCAN_INTERVAL } from '../../src/page/watcher';
import { readHighlights, rescansOf, sideCount, useExtension, waitForPaints } from './helpers';
import { waitForTabReport } from './probes';

/**
 * Texts of the requests for the engine the background receives from now on: an article's first reading (readArticle,
 * shown as `fragment: false`) and the new text added later (analyzePage).
 */
async function recordAnalyses(h: ReturnType<typeof useExtension>): Promise<() => Promise<{ text: string; fragment: boolean; pageUrl: string; title: string }[]>> {
  await h.launched.worker.evaluate(() => {
    const g = globalThis as unknown as { __ppAnalyses?: unknown[] };
    if (g.__ppAnalyses) {
      g.__ppAnalyses.length = 0;
      return;
    }
    g.__ppAnalyses = [];
    chrome.runtime.onMessage.addListener((m: { pp?: number; name?: string; data?: unknown }) => {
      if (m?.pp === 1 && m.name === 'analyzePage') g.__ppAnalyses!.push(m.data);
      if (m?.pp === 1 && m.name === 'readArticle') g.__ppAnalyses!.push({ ...(m.data as object), fragment: false });
      return undefined;
    });
  });
  return () => h.launched.worker.evaluate(() => (globalThis as unknown as { __ppAnalyses: never[] }).__ppAnalyses);
}

describe('pages that push the limits', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  it('finds new text on a page that never stops changing, looking at most once an interval and only at what changed', async () => {
    const analyses = await recordAnalyses(h);
    const page = await h.newPage();
    await page.goto(h.url('ticker.html'));
    await waitForPaints(page);
    const before = sideCount(await readHighlights(page));
    expect(before).toBeGreaterThan(0);

    // The clock keeps the page changing every 20 ms; a debounce would wait for a quiet moment that never comes.
    const span = 3_000;
    const since = Date.now();
    await page.waitForTimeout(span);
    const looks = rescansOf(page).filter((r) => r.at >= since);
    expect(looks.length).toBeGreaterThan(0);
    expect(looks.length).toBeLessThanOrEqual(Math.ceil(span / RESCAN_INTERVAL) + 1);
    // Each look reads the clock's and the ticker's new text, never the article again.
    expect(Math.max(...looks.map((r) => r.characters))).toBeLessThan(100);

    await page.evaluate(() => (window as unknown as { __addEntry(): number }).__addEntry());
    await page.waitForFunction(
      () => [...CSS.highlights].some(([name, hl]) => name.startsWith('pp-') && [...hl].some((r) => (r as Range).startContainer.parentElement?.closest('[data-entry="1"]'))),
      undefined,
      { timeout: 4 * RESCAN_INTERVAL, polling: 50 },
    );
    const fragments = (await analyses()).filter((a) => a.fragment);
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      expect(f.text).toContain('Update 1: Beijing said it would suspend its export controls on gallium');
      expect(f.text).not.toContain('GENEVA');
    }
    expect(sideCount(await readHighlights(page))).toBeGreaterThan(before);
    await page.close();
  });

  it('paints a page longer than it reads up to its limit, and cuts an address and a title that are too long', async () => {
    const analyses = await recordAnalyses(h);
    const page = await h.newPage();
    const url = h.url(`huge.html?q=${'trade'.repeat(3_000)}`);
    expect(url.length).toBeGreaterThan(MAX_URL);
    await page.goto(url);
    await waitForPaints(page, 1, 30_000);
    expect((await page.title()).length).toBeGreaterThan(MAX_TITLE);

    const [first] = (await analyses()).filter((a) => !a.fragment);
    // The page's address is not in the message: the background takes it from the browser and cuts it to the limit.
    expect(first).not.toHaveProperty('pageUrl');
    expect((await waitForTabReport(h.launched.worker, url.slice(0, MAX_URL))).url).toHaveLength(MAX_URL);
    expect(first.title.length).toBe(MAX_TITLE);
    expect(first.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(first.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);

    // Painted from the top down to the limit; the last paragraph, far beyond it, is left alone.
    const where = await page.evaluate(() => {
      const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('pp-')).flatMap(([, hl]) => [...hl] as Range[]);
      const paragraph = (r: Range) => Number(r.startContainer.parentElement?.closest('p')?.id.slice(1) ?? 0);
      return { count: ranges.length, first: ranges.some((r) => paragraph(r) === 1 && r.toString() === 'export controls'), last: Math.max(...ranges.map(paragraph)) };
    });
    expect(where.first).toBe(true);
    expect(where.count).toBeGreaterThan(1_000);
    expect(where.last).toBeGreaterThan(900);
    expect(where.last).toBeLessThan(2_000);
    await page.close();
  });
});
