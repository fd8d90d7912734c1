import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { launchWithExtension, serveStatic, ROOT } from '../lib/chromium';

const server = await serveStatic([join(ROOT, 'tests/e2e/pages')]);
const L = await launchWithExtension({ headless: true });
await L.context.addInitScript(() => {
  (window as any).__pp = [];
  document.addEventListener('pressure-points:painted', (e) => { performance.mark('pp:painted'); (window as any).__pp.push(JSON.parse((e as CustomEvent).detail)); });
});
const page = await L.context.newPage();
await page.route(/.*/, (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
const cdp = await L.context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' } as any);
const t = Date.now();
await page.goto(server.origin + '/long-article.html');
await page.waitForFunction(() => (window as any).__pp.length > 0, undefined, { timeout: 15000 });
console.log('painted', await page.evaluate(() => (window as any).__pp), Date.now() - t);
await cdp.send('Tracing.end');
await done;
console.log('events', events.length, 'ms', Date.now() - t);
writeFileSync('/tmp/ppb/trace.json', JSON.stringify(events));
await L.close(); await server.close();
