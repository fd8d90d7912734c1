import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { launchWithExtension, serveStatic, ROOT } from './lib/chromium';
async function main() {
const server = await serveStatic([join(ROOT, 'tests/e2e/pages')]);
const L = await launchWithExtension({ headless: true });
await L.context.addInitScript({ content: `document.addEventListener('pressure-points:painted', (e) => { performance.mark('pp:painted'); console.debug('pp:painted ' + e.detail); });` });
for (const name of (process.argv[2] ?? 'not-article').split(',')) for (let i = 0; i < 3; i++) {
const page = await L.context.newPage();
const cdp = await L.context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'toplevel'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' } as any);
await page.goto(server.origin + `/${name}.html?i=${i}`);
await new Promise((r) => setTimeout(r, 1500));
await cdp.send('Tracing.end');
await done;
writeFileSync(`/tmp/ppb/${name}-${i}.json`, JSON.stringify({ id: L.extensionId, events }));
await page.close();
}
await L.close(); await server.close();
}
main();
