import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findChromium, ROOT, serveStatic } from './scripts/lib/chromium';
import { finderScript, floorScript, floorTerms, markScript, FLOOR_URL, MARK_URL } from './scripts/lib/page-baselines';
import { scriptCpu } from './scripts/lib/cpu-profile';
import type { TraceEvent } from './scripts/lib/trace-tasks';
const server = await serveStatic([join(ROOT, 'tests', 'e2e', 'pages')]);
const iso = process.argv[2] === 'iso';
const args = iso ? [...CHROMIUM_FLAGS] : [...CHROMIUM_FLAGS.filter((f) => f.startsWith('--disable-features=')).map((f) => `${f},IsolateOrigins,site-per-process`), '--disable-site-isolation-trials'];
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...args] });
const ctx = await browser.newContext();
const terms = floorTerms();
for (let k = 0; k < 5; k++) {
  for (const which of ['floor', 'mark']) {
const page = await ctx.newPage();
await page.goto(server.origin + '/article.html?' + k);
for (const c of [finderScript(), floorScript(terms), markScript(terms)]) await page.addScriptTag({ content: c });
await page.evaluate('window.__ppBenchRoot()');
const cdp = await ctx.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as any)));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
await new Promise((r) => setTimeout(r, 50));
const wall = await page.evaluate(which === 'floor' ? '(() => { const t = performance.now(); window.__ppFloor(); return performance.now() - t; })()' : '(() => { const t = performance.now(); window.__ppMark(); return performance.now() - t; })()') as number;
await cdp.send('Tracing.end'); await done;
const pid = events.find((e) => e.name === 'Profile')?.pid;
console.log(k, which, 'pid', pid, 'wall', wall.toFixed(2), 'cpu', scriptCpu(events, (u) => u === (which === 'floor' ? FLOOR_URL : MARK_URL)).ms.toFixed(2));
await page.close();
  }
}
await browser.close(); await server.close();
