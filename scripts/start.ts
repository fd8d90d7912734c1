/**
 * `npm start [-- <url or file.html>]`: builds the extension, serves the demo article (or the given page) on
 * 127.0.0.1, and opens Chromium with the extension loaded on it. With a display the window stays open; without one it
 * runs headless, prints the per-side tally the extension computed, and saves a screenshot with a card open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ensureBuilt, launchWithExtension, ROOT, serveStatic, tabStateFor, type StaticServer } from './lib/chromium';
import type { TabState } from '../src/messaging/protocol';
import { byCountDesc } from '../src/engine/tally';

function usage(): never {
  console.error('Usage: npm start [-- <http(s) url | path/to/page.html>] [--headless]');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const forceHeadless = args.includes('--headless');
  const target = args.find((a) => !a.startsWith('--'));
  if (args.some((a) => a.startsWith('--') && a !== '--headless')) usage();
  const headless = forceHeadless || process.env.PP_HEADLESS === '1' || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

  let server: StaticServer | undefined;
  let url: string;
  if (!target) {
    server = await serveStatic([join(ROOT, 'assets', 'demo')]);
    url = `${server.origin}/article.html`;
  } else if (/^https?:\/\//i.test(target)) {
    url = target;
  } else {
    const file = resolve(target);
    if (!existsSync(file)) {
      console.error(`start: ${target}: no such file`);
      process.exit(1);
    }
    if (!/\.html?$/i.test(file)) {
      console.error(`start: ${target}: expected an .html file or an http(s) address`);
      process.exit(1);
    }
    server = await serveStatic([dirname(file)]);
    url = `${server.origin}/${encodeURIComponent(basename(file))}`;
  }

  console.log('Building the extension…');
  ensureBuilt();
  console.log(`Opening ${url} in Chromium (${headless ? 'headless' : 'window'}) with Pressure Points loaded…`);
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  const painted = page
    .waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('pp-')), undefined, { timeout: 20_000 })
    .then(() => true, () => false);
  await page.goto(url, { waitUntil: 'load' });
  const found = await painted;

  const state = (await tabStateFor(browser.worker, page.url())) as unknown as TabState | undefined;

  if (!found || !state || state.tally.total === 0) {
    console.log(state?.isArticle === false ? 'This page is not an article: nothing to highlight.' : 'No levers found on this page.');
  } else {
    console.log(`\nPressure points on "${state.title}": ${state.tally.total} mentions\n`);
    console.log(`${'side'.padEnd(16)}${'mentions'.padEnd(10)}${'tighten'.padEnd(9)}${'relax'.padEnd(7)}${'neutral'.padEnd(9)}levers`);
    for (const [side, s] of byCountDesc(state.tally.bySide, (x) => x.count)) {
      const name = state.labels.sides[side]?.name ?? 'side unclear';
      const levers = byCountDesc(s.levers).slice(0, 4).map(([id, n]) => `${state.labels.levers[id] ?? id} ${n}`).join(', ');
      console.log(`${name.padEnd(16)}${String(s.count).padEnd(10)}${String(s.tighten).padEnd(9)}${String(s.relax).padEnd(7)}${String(s.neutral).padEnd(9)}${levers}`);
    }
  }

  if (headless) {
    if (found) {
      // Open the card of the first highlighted term, as a reader would.
      const box = await page.evaluate(() => {
        const first = [...CSS.highlights.entries()].filter(([k]) => k.startsWith('pp-') && k !== 'pp-saved').flatMap(([, h]) => [...h] as Range[])
          .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
        if (!first) return null;
        first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = first.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      if (box) {
        await page.mouse.click(box.x, box.y);
        // The card's shadow root is closed to the page; the mention it is about is marked in pp-focus when it opens.
        await page.waitForFunction(() => (CSS.highlights.get('pp-focus')?.size ?? 0) > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
      }
    }
    const dir = join(ROOT, '.screenshots');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'start.png');
    await page.screenshot({ path: shot });
    console.log(`\nScreenshot of the highlighted page with a card open: ${shot}`);
    await browser.close();
    await server?.close();
    return;
  }
  console.log('\nClick a highlighted term for its card. Close the browser window to finish.');
  await new Promise<void>((r) => browser.context.on('close', () => r()));
  await server?.close();
}

main().catch((err: unknown) => {
  console.error(`start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
