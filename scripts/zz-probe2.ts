import { join } from 'node:path';
import { launchWithExtension, serveStatic, ROOT } from './lib/chromium';
async function main() {
const server = await serveStatic([join(ROOT, 'tests/e2e/pages')]);
const L = await launchWithExtension({ headless: true });
await L.context.addInitScript({ content: `document.addEventListener('pressure-points:painted', (e) => { performance.mark('pp:painted'); console.debug('pp:painted ' + e.detail); });` });
const modes: Record<string, string[] | null> = { none: null, timeline: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'], profiler: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'] };
const res: Record<string, number[]> = {};
for (let i = 0; i < 7; i++) for (const [mode, cats] of Object.entries(modes)) for (const name of ['long-article', 'no-levers']) {
  const page = await L.context.newPage();
  const cdp = await L.context.newCDPSession(page);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  cdp.on('Tracing.dataCollected', () => {});
  if (cats) await cdp.send('Tracing.start', { traceConfig: { includedCategories: cats }, transferMode: 'ReportEvents' } as any);
  const painted = new Promise<any>((r) => page.on('console', (m) => m.text().startsWith('pp:painted ') && r(JSON.parse(m.text().slice(11)))));
  await page.goto(server.origin + `/${name}.html?i=${i}${mode}`);
  const d = await painted;
  if (cats) { await cdp.send('Tracing.end'); await done; }
  (res[`${name} ${mode}`] ??= []).push(d.ms);
  await page.close();
}
for (const [k, v] of Object.entries(res)) console.log(k, v.sort((a, b) => a - b).map((x) => x.toFixed(1)).join(' '));
await L.close(); await server.close();
}
main();
