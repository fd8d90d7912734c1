import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findChromium, ROOT, serveStatic } from './scripts/lib/chromium';
import { finderScript, floorScript, floorTerms, markScript, FLOOR_URL, MARK_URL } from './scripts/lib/page-baselines';
import type { TraceEvent } from './scripts/lib/trace-tasks';
const server = await serveStatic([join(ROOT, 'tests', 'e2e', 'pages')]);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS] });
const ctx = await browser.newContext();
const terms = floorTerms();
for (let k = 0; k < 2; k++) {
const page = await ctx.newPage();
await page.goto(server.origin + '/not-article.html');
for (const c of [finderScript(), floorScript(terms), markScript(terms)]) await page.addScriptTag({ content: c });
await page.evaluate('window.__ppBenchRoot()');
const cdp = await ctx.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as any)));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
await new Promise((r) => setTimeout(r, 50));
const t = Date.now();
console.log(await page.evaluate('(() => { const t = performance.now(); const n = window.__ppFloor(); return [n, performance.now() - t]; })()'));
console.log(await page.evaluate('(() => { const t = performance.now(); const n = window.__ppMark(); return [n, performance.now() - t]; })()'));
await cdp.send('Tracing.end'); await done;
for (const p of events.filter((e) => e.name === 'Profile')) {
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === p.pid && e.id === p.id);
  const nodes = new Map<number, any>(); const samples: number[] = []; const deltas: number[] = [];
  for (const c of chunks) { const d: any = c.args?.data ?? {}; for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n); samples.push(...(d.cpuProfile?.samples ?? [])); deltas.push(...(d.timeDeltas ?? [])); }
  const urls = (id: number): string[] => { const n = nodes.get(id); if (!n) return []; return [n.callFrame.url + ':' + n.callFrame.functionName, ...(n.parent ? urls(n.parent) : [])]; };
  console.log('profile', p.pid, p.tid, 'samples', samples.length, 'median delta', deltas.slice().sort((a,b)=>a-b)[deltas.length>>1]);
  let shown = 0;
  for (let i = 0; i < samples.length; i++) { const u = urls(samples[i]); if (u.some((x) => x.startsWith('pp-bench'))) { if (shown++ < 6) console.log(i, deltas[i], deltas[i+1], u.slice(0, 4).join(' < ')); } }
  console.log('matching', shown);
}
await page.close();
}
await browser.close(); await server.close();
