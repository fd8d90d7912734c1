/**
 * Content that arrives after load: paragraphs appended by the page are painted without repainting the old ones,
 * and a single-page app's navigation replaces the old story's highlights with the new story's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, sideCount, useExtension, waitForHighlight, waitForNoHighlights, waitForPaints } from './helpers';

/** Ranges of pp- side highlights as "layer: text @ selector of the block they sit in". */
function rangesIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('pp-') || name === 'pp-focus' || name === 'pp-saved') continue;
      for (const r of h) if ((r as Range).startContainer.parentElement?.closest(sel)) out.push(`${name}: ${(r as Range).toString()}`);
    }
    return out.sort();
  }, selector);
}

describe('new content', () => {
  const h = useExtension();

  beforeEach(async () => {
    await h.resetSettings();
  });

  it('paints paragraphs added by "Show more" without repainting the old ones', async () => {
    const page = await h.newPage();
    await page.goto(h.url('dynamic.html'));
    await waitForPaints(page);
    const before = await readHighlights(page);
    const oldCount = sideCount(before);
    expect(oldCount).toBeGreaterThan(0);
    // Keep the Range objects painted at load: if they are still the ones in the highlights later, nothing was repainted.
    await page.evaluate(() => {
      (window as unknown as { __oldRanges: Range[] }).__oldRanges = [...CSS.highlights]
        .filter(([name]) => name.startsWith('pp-'))
        .flatMap(([, hl]) => [...hl] as Range[]);
    });

    await page.click('#show-more');
    await waitForHighlight(page, 'pp-china', 'soybean purchases', 5_000);
    await waitForHighlight(page, 'pp-us', 'student visas', 5_000);

    const after = await readHighlights(page);
    const added = await page.evaluate(() => {
      const old = new Set((window as unknown as { __oldRanges: Range[] }).__oldRanges);
      const all = [...CSS.highlights].filter(([name]) => name.startsWith('pp-')).flatMap(([, hl]) => [...hl] as Range[]);
      return { oldKept: [...old].every((r) => all.includes(r)), fresh: all.filter((r) => !old.has(r)).map((r) => r.toString()).sort() };
    });
    expect(added.oldKept).toBe(true);
    expect(added.fresh).toEqual(expect.arrayContaining(['soybean purchases', 'student visas']));
    expect(sideCount(after)).toBe(oldCount + added.fresh.length);
    // Everything new lies in the two new paragraphs.
    const inNew = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('#story-body p')].slice(-2);
      return [...CSS.highlights]
        .filter(([name]) => name.startsWith('pp-'))
        .flatMap(([, hl]) => [...hl] as Range[])
        .filter((r) => paragraphs.some((p) => p.contains(r.startContainer)))
        .map((r) => r.toString())
        .sort();
    });
    expect(inNew).toEqual(added.fresh);
    // The second paint was of the new text alone.
    const paints = await waitForPaints(page, 2);
    expect(paints[1].fragment).toBe(true);
    await page.close();
  });

  it('with <pp-mark> wrappers, paints new paragraphs once and counts each mention once', async () => {
    await h.setStorage({ 'pp:wrapper-mode': true });
    const page = await h.newPage();
    const url = h.url('dynamic.html');
    const since = Date.now();
    await page.goto(url);
    await waitForPaints(page);
    const tabId = await h.tabId(url);
    const marks = () => page.evaluate(() => [...document.querySelectorAll('pp-mark')].map((m) => `${(m as HTMLElement).dataset.side}: ${m.textContent}`));
    const before = await marks();
    expect((await h.waitForReport(tabId, url, since)).tally.total).toBe(before.length);

    await page.click('#show-more');
    const paints = await waitForPaints(page, 2);
    const after = await marks();
    expect(after).toEqual(expect.arrayContaining([...before, 'china: soybean purchases', 'us: student visas']));
    expect(after).toHaveLength(paints[1].mentions);
    // The text around the first marks was split into new text nodes; it is not new text and is not counted again.
    expect((await h.tabState(tabId))!.tally.total).toBe(after.length);
    expect(await page.evaluate(() => document.querySelectorAll('pp-mark pp-mark').length)).toBe(0);
    await page.close();
  });

  it('paints a paragraph appended by the page script (infinite scroll)', async () => {
    const page = await h.newPage();
    await page.goto(h.url('dynamic.html'));
    await waitForPaints(page);
    const oldCount = sideCount(await readHighlights(page));

    expect(await page.evaluate(() => (window as unknown as { __appendMore(): number }).__appendMore())).toBe(1);
    await page.waitForFunction(
      () => [...CSS.highlights].some(([name, hl]) => name.startsWith('pp-') && ([...hl] as Range[]).some((r) => r.startContainer.parentElement?.closest('[data-append="1"]'))),
      undefined,
      { timeout: 5_000, polling: 100 },
    );
    const first = await rangesIn(page, '[data-append="1"]');
    // "Tokyo tightened export controls on chipmaking equipment."
    expect(first).toEqual(expect.arrayContaining([expect.stringMatching(/^pp-[a-z-]+: export controls$/)]));
    expect(sideCount(await readHighlights(page))).toBe(oldCount + first.length);

    expect(await page.evaluate(() => (window as unknown as { __appendMore(): number }).__appendMore())).toBe(2);
    await waitForPaints(page, 3);
    expect(await rangesIn(page, '[data-append="2"]')).toEqual(first);
    expect(sideCount(await readHighlights(page))).toBe(oldCount + 2 * first.length);
    await page.close();
  });

  it('replaces the highlights of a single-page app when it navigates to the next story', async () => {
    const page = await h.newPage();
    await page.goto(h.url('spa/story-a'));
    await waitForPaints(page);
    expect(await rangesIn(page, '#story-a')).toEqual(expect.arrayContaining(['pp-china: rare earths', 'pp-china: gallium']));
    const storyA = sideCount(await readHighlights(page));
    expect(await rangesIn(page, '#story-a')).toHaveLength(storyA);

    await page.click('#story-link');
    expect(new URL(page.url()).pathname).toBe('/spa/story-b');
    await waitForHighlight(page, undefined, 'student visas', 5_000);
    await waitForPaints(page, 2);
    const storyB = await rangesIn(page, '#story-b');
    expect(storyB).toEqual(expect.arrayContaining(['pp-us: student visas', expect.stringMatching(/^pp-[a-z-]+: .*sanctions$/)]));
    // Nothing of story A is left: every range is in story B, and none is detached.
    expect(sideCount(await readHighlights(page))).toBe(storyB.length);
    expect(await page.evaluate(() => [...CSS.highlights].flatMap(([, hl]) => [...hl] as Range[]).every((r) => r.startContainer.isConnected))).toBe(true);

    // Back to story A through popstate.
    await page.goBack();
    await waitForPaints(page, 3);
    expect(await rangesIn(page, '#story-a')).toHaveLength(storyA);
    expect(sideCount(await readHighlights(page))).toBe(storyA);
    await page.close();
  });

  it('stays off on a switched-off site when a single-page app navigates', async () => {
    const page = await h.newPage();
    await page.goto(h.url('spa/story-a'));
    // Painted once, so the content script is listening for navigations; then the reader switches the site off.
    await waitForPaints(page);
    await h.setSiteEnabled(false);
    await waitForNoHighlights(page);

    await page.click('#story-link');
    await page.waitForFunction(() => (window as unknown as { __spaRenders: number }).__spaRenders === 2);
    // Absence can only be watched for a while: a restart waits 250 ms before it paints, so 2 s is ample.
    const paintedAgain = await waitForPaints(page, 2, 2_000).then(() => true, () => false);
    expect(paintedAgain).toBe(false);
    await waitForNoHighlights(page, 1_000);

    // Switched on again, it paints the story now shown.
    await h.setSiteEnabled(true);
    await waitForHighlight(page, 'pp-us', 'student visas', 5_000);
    expect(await rangesIn(page, '#story-a')).toEqual([]);
    await page.close();
  });
});
