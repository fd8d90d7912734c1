import { launchWithExtension, ROOT, serveStatic, CHROMIUM_FLAGS } from './scripts/lib/chromium';
import { join } from 'node:path';
import type { TraceEvent } from './scripts/lib/trace-tasks';
const server = await serveStatic([join(ROOT, 'tests', 'e2e', 'pages')]);
const launched = await launchWithExtension({ trace: true });
for (const path of ['/not-article.html', '/not-article.html?2', '/article.html', '/article.html?2']) {
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as any)));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  await page.goto(server.origin + path);
  await new Promise((r) => setTimeout(r, 1500));
  await cdp.send('Tracing.end'); await done;
  const byFn = new Map<string, number>();
  let total = 0;
  for (const p of events.filter((e) => e.name === 'Profile')) {
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === p.pid && e.id === p.id);
    const nodes = new Map<number, any>(); const samples: number[] = []; const deltas: number[] = [];
    for (const c of chunks) { const d: any = c.args?.data ?? {}; for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n); samples.push(...(d.cpuProfile?.samples ?? [])); deltas.push(...(d.timeDeltas ?? [])); }
    const chain = (id: number): any[] => { const n = nodes.get(id); return n ? [n, ...(n.parent ? chain(n.parent) : [])] : []; };
    for (let i = 0; i < samples.length; i++) {
      const c = chain(samples[i]);
      if (!c.some((n) => (n.callFrame.url ?? '').startsWith('chrome-extension://'))) continue;
      const d = Math.min(deltas[i + 1] ?? 0, 2000);
      total += d;
      const key = `${c[0].callFrame.functionName || '(anon)'} @${(c[0].callFrame.url || '').slice(-20)}:${c[0].callFrame.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + d);
    }
  }
  console.log(path, 'total ms', (total / 1000).toFixed(2));
  console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `   ${(v / 1000).toFixed(2)} ${k}`).join('\n'));
  await page.close();
}
await launched.close(); await server.close();
