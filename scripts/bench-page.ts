/**
 * `npm run bench`: what the extension costs a page, next to a bare floor and mark.js, in Chromium. Prints numbers;
 * asserts nothing.
 *
 * CPU, by one method for all three: the main-thread CPU time of each system's own code, from a Chromium trace
 * (scripts/lib/cpu-profile.ts): the V8 CPU profile samples (0.1 ms sampling) in which that system's script is on the
 * stack, plus the thread time of the main-thread compilations of its code, which samples miss (a script's top level is
 * compiled before any of its frames is on the stack; so is a function the browser calls directly). Compilations
 * counted: the extension's, named by its scripts' URLs (the loader's v8.compile; the page script's v8.compileModule and
 * the main-thread end of its streamed compile) and V8's compile events inside the evaluation of its scripts or the
 * browser's calls of its functions; the floor's and mark.js's, V8's compile events inside the Runtime.evaluate calls
 * that run their script and call its entry point (the only such calls in their traces). A lazy compile reached from a
 * system's own frame is in its samples and counted once. Not counted, for any of them: the page script's parse on a
 * background thread (streaming; printed apart), and a lazy compile of a function the browser calls as a promise
 * reaction, beyond what samples catch (no event of the system's own is around it; the baselines run synchronously).
 * - extension: a browser with the extension loaded; every script at a chrome-extension:// address (the loader, the
 *   page script it imports) from the start of the page load until the content script's last report to the
 *   background, plus 100 ms. The engine runs in the service worker, not on the page's main thread.
 * - floor: a browser without the extension; one case-insensitive regular expression of a fixed list of lever terms
 *   (scripts/bench/floor-terms.txt) over the article's text nodes, every match painted into one CSS Highlight.
 * - mark.js: same browser, a page load of its own; `markRegExp` with the same expression (its fastest use).
 * The floor and mark.js run as a content script does: in an isolated world of their own, their script's compilation
 * and evaluation counted (as the content script's are, both as above). They get the article element for free (the
 * project's finder, run beforehand in that world, counts for nobody); the extension pays for finding it. Where there
 * is no article they run over <body>.
 * Each page is measured PP_BENCH_RUNS times (default 3), fresh tab each time; medians are printed. Pages where the
 * extension paints nothing are listed apart.
 *
 * Also printed: the longest main-thread task in which the content script ran; the time from DOMContentLoaded to the
 * first frame showing a highlight, with the service worker running (warm) and stopped just before the load (cold,
 * PP_BENCH_COLD_RUNS times, default 3, on the pages that paint); and the gzip size of the script every page evaluates.
 *
 * Pages: the fixtures (tests/e2e/pages, the demo article) and the readability pages of the shared corpus (PP_CORPUS,
 * default ../shared/corpus; PP_BENCH_PAGES=n measures n of them). PP_BENCH_EXTENSION=<dir> measures another Chrome
 * build (an older commit's .output/chrome-mv3) the same way; PP_BENCH_ONLY=<regular expression> measures only the pages
 * whose names it matches. Only 127.0.0.1 resolves: the saved pages' remote
 * resources fail at once, without intercepting requests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureBuilt, EXTENSION_DIR, findChromium, launchWithExtension, ROOT, serveStatic, type Launched } from './lib/chromium';
import { isProtocolEvaluation, scriptCpu } from './lib/cpu-profile';
import { GATE_KEY } from '../src/types/settings';
import { finderScript, FLOOR_URL, floorScript, floorTerms, MARK_URL, markScript, type PageInfo } from './lib/page-baselines';
import { scriptTasks, type TraceEvent } from './lib/trace-tasks';

const RUNS = Math.max(1, Number(process.env.PP_BENCH_RUNS ?? 3));
/** PP_BENCH_BREAKDOWN=n: also print the n functions of the content script that cost the most CPU. */
const BREAKDOWN = Math.max(0, Number(process.env.PP_BENCH_BREAKDOWN ?? 0) || 0);
const COLD_RUNS = Math.max(0, Number(process.env.PP_BENCH_COLD_RUNS ?? 3));
const VIEWPORT = { width: 1280, height: 900 };
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];
/**
 * Both browsers run without site isolation: the saved pages hold cross-site iframes, each of which would get a
 * renderer of its own, and ending a trace then waits seconds for those processes. Only 127.0.0.1 resolves.
 */
const BROWSER_ARGS = [
  ...CHROMIUM_FLAGS.filter((f) => f.startsWith('--disable-features=')).map((f) => `${f},IsolateOrigins,site-per-process`),
  '--disable-site-isolation-trials',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
/** The built extension to measure: this project's Chrome build, or another one (PP_BENCH_EXTENSION, to compare). */
const EXTENSION = process.env.PP_BENCH_EXTENSION ? resolve(process.env.PP_BENCH_EXTENSION) : EXTENSION_DIR;
const LOAD_TIMEOUT = 30_000;
const DONE_TIMEOUT = 20_000;
/** After the content script's last report, how long its trailing work may still run. */
const SETTLE_MS = 100;
/** After the load, how long a content script that reports nothing (no article) is given. */
const QUIET_MS = 1_500;
/** Before the baselines run in a page already loaded, the time the renderer's CPU profiler needs to start. */
const PROFILER_START_MS = 300;

interface BenchPage {
  name: string;
  path: string;
  /** The file served at `path`, when it is not under tests/e2e/pages. */
  file?: string;
  /** The 5,000-word fixture, whose longest task is singled out. */
  long?: boolean;
}

interface ExtRun {
  cpuMs: number;
  /** Of cpuMs, the main-thread compilation of the extension's scripts, ms. */
  compileMs: number;
  /** Not in cpuMs: the page script's streamed parse and compile on a background thread, ms. */
  offThreadMs: number;
  longestMs: number;
  longestCpuMs: number;
  mentions: number;
  /** Why nothing was painted, when nothing was. */
  stopped: 'no article' | 'no lever phrase' | 'no mention' | 'no lever or mention' | null;
  /** DOMContentLoaded to the first frame with a highlight, ms (NaN when nothing was painted). */
  firstHighlightMs: number;
  /** CPU ms by function of the content script (see ScriptCpu.byFunction). */
  byFunction: Map<string, number>;
}


interface PageResult {
  page: BenchPage;
  info: PageInfo | null;
  ext: ExtRun[];
  floor: number[];
  mark: number[];
  /** Of `floor` and `mark`, each run's compilation, ms. */
  floorCompile: number[];
  markCompile: number[];
  cold: number[];
  errors: string[];
}

// ---- pages --------------------------------------------------------------------------------------------------------

const FIXTURE_PAGES: BenchPage[] = [
  { name: 'article', path: '/article.html' },
  { name: 'long-article', path: '/long-article.html', long: true },
  { name: 'no-levers', path: '/no-levers.html' },
  { name: 'not-article', path: '/not-article.html' },
  { name: 'dynamic', path: '/dynamic.html' },
  { name: 'demo/article', path: '/demo/article.html', file: join(ROOT, 'assets', 'demo', 'article.html') },
];

function corpusPages(): { pages: BenchPage[]; note: string } {
  const corpus = process.env.PP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
  const dir = join(corpus, 'pages', 'readability');
  if (!existsSync(dir)) return { pages: [], note: `corpus: ${dir} is absent; measuring the fixture pages only.` };
  const all = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => f.slice(0, -'.html'.length));
  const cap = process.env.PP_BENCH_PAGES === undefined ? all.length : Math.max(0, Number(process.env.PP_BENCH_PAGES) || 0);
  // A subset is spread evenly over the sorted names, and deterministic.
  const chosen = cap >= all.length ? all : Array.from({ length: cap }, (_, i) => all[Math.floor((i * all.length) / cap)]);
  const pages = chosen.map((n) => ({ name: `readability/${n}`, path: `/corpus/${n}.html`, file: join(dir, `${n}.html`) }));
  return { pages, note: `corpus: ${dir}: measuring ${chosen.length} of ${all.length} pages${chosen.length < all.length ? ' (PP_BENCH_PAGES)' : ''}.` };
}

// ---- script sizes -------------------------------------------------------------------------------------------------

function gzipKb(file: string): { file: string; raw: number; gzip: number } {
  const code = readFileSync(join(EXTENSION, file));
  return { file, raw: code.length / 1024, gzip: gzipSync(code, { level: 9 }).length / 1024 };
}

/** The files every page evaluates (the manifest's content scripts), and the ones only some pages or the worker do. */
function scriptSizes(): { everyPage: ReturnType<typeof gzipKb>[]; painted: ReturnType<typeof gzipKb>[]; worker: ReturnType<typeof gzipKb> } {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
    background?: { service_worker?: string };
  };
  const everyPage = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].map(gzipKb);
  const painted = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((f) => f.endsWith('.js')).map(gzipKb);
  return { everyPage, painted, worker: gzipKb(manifest.background?.service_worker ?? 'background.js') };
}

// ---- tracing ------------------------------------------------------------------------------------------------------

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

// ---- the extension ------------------------------------------------------------------------------------------------

/** In the page's own world: the time of the first animation frame that has one of our highlights. */
const FIRST_HIGHLIGHT = `(() => {
  const poll = () => {
    for (const [name, h] of CSS.highlights) if (name.startsWith('pp-') && h.size > 0) { window.__ppFirstHighlight = performance.now(); return; }
    if (performance.now() < 30000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

function extensionWorker(context: BrowserContext): Worker | undefined {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
}

/**
 * Resolves with the names of the protocol messages the page at `url` sent to the background, once it has sent
 * "reportPage" (its last word on a page load), or null after `timeout`. The listener is installed in the service
 * worker on first use; it answers nothing, so the extension's own listener gives every reply.
 */
function messagesFrom(worker: Worker, url: string, timeout: number): Promise<string[] | null> {
  return worker.evaluate(
    ([u, ms]) => {
      type Observer = { seen: Map<string, string[]>; waiters: Map<string, (names: string[]) => void> };
      const g = globalThis as unknown as { __ppBench?: Observer };
      if (!g.__ppBench) {
        const state: Observer = { seen: new Map(), waiters: new Map() };
        g.__ppBench = state;
        chrome.runtime.onMessage.addListener((message: unknown, sender) => {
          const m = message as { pp?: number; name?: string };
          if (m?.pp !== 1 || !m.name || !sender.url) return undefined;
          const names = state.seen.get(sender.url) ?? [];
          names.push(m.name);
          state.seen.set(sender.url, names);
          if (m.name === 'reportPage') state.waiters.get(sender.url)?.(names);
          return undefined;
        });
      }
      const observer = g.__ppBench;
      return new Promise<string[] | null>((resolve) => {
        const names = observer.seen.get(u);
        if (names?.includes('reportPage')) return resolve(names);
        observer.waiters.set(u, resolve);
        setTimeout(() => resolve(null), ms);
      });
    },
    [url, timeout] as const,
  );
}

/** The names of the messages the page at `url` sent so far (null: none, or no observer yet). */
function messagesSeen(worker: Worker, url: string): Promise<string[] | null> {
  return worker.evaluate((u) => (globalThis as unknown as { __ppBench?: { seen: Map<string, string[]> } }).__ppBench?.seen.get(u) ?? null, url);
}

/** DOMContentLoaded to the first frame with a highlight, in the page's clock; NaN when there was none. */
function firstHighlightMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const at = (window as unknown as { __ppFirstHighlight?: number }).__ppFirstHighlight;
    return nav && at !== undefined ? at - nav.domContentLoadedEventStart : Number.NaN;
  });
}

async function runExtension(launched: Launched, url: string): Promise<ExtRun> {
  const worker = extensionWorker(launched.context);
  if (!worker) throw new Error('the extension has no service worker');
  const page = await launched.context.newPage();
  try {
    const cdp = await launched.context.newCDPSession(page);
    const endTrace = await startTrace(cdp);
    const reported = messagesFrom(worker, url, DONE_TIMEOUT);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    // On a page without an article the content script says nothing at all: it is done when no report has come a
    // while after the load. Otherwise its report to the background is its last word, after painting.
    const reportedNames = await Promise.race([reported, new Promise<null>((r) => setTimeout(() => r(null), QUIET_MS))]);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    // Since readArticle, an article where nothing is painted gets no report: the background's answer was the last word.
    const names = reportedNames ?? (await messagesSeen(worker, url));
    const state = names ? await tabState(worker, url) : null;
    const mentions = state?.mentions ?? 0;
    const firstMs = mentions > 0 ? await firstHighlightMs(page) : Number.NaN;
    const events = await endTrace();
    await cdp.detach();
    const cpu = scriptCpu(events, (u) => u.startsWith('chrome-extension://'));
    const tasks = scriptTasks(events, 'chrome-extension://');
    const stopped: ExtRun['stopped'] = !names
      ? 'no article'
      : mentions > 0
        ? null
        : names.includes('readArticle')
          ? 'no lever or mention'
          : names.includes('analyzePage')
            ? 'no mention'
            : state?.isArticle
              ? 'no lever phrase'
              : 'no article';
    return { cpuMs: cpu.ms, compileMs: cpu.compileMs, offThreadMs: cpu.offThreadCompileMs, longestMs: tasks.longestWallMs, longestCpuMs: tasks.longestMs, mentions, stopped, firstHighlightMs: firstMs, byFunction: cpu.byFunction };
  } finally {
    await page.close();
  }
}

/** The background's record of the tab showing `url` (no "tabs" permission needed). */
function tabState(worker: Worker, url: string): Promise<{ isArticle: boolean; mentions: number } | null> {
  return worker.evaluate(async (u) => {
    const all = Object.values(await chrome.storage.session.get(null)) as { url?: string; isArticle: boolean; mentions: number; updatedAt: number }[];
    return all.filter((s) => s?.url === u).sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  }, url);
}

/** Loads the page with the service worker stopped just before; DOMContentLoaded to the first highlight. */
async function runCold(launched: Launched, url: string): Promise<number> {
  const page = await launched.context.newPage();
  try {
    const cdp = await launched.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await new Promise((r) => setTimeout(r, 300));
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => (window as unknown as { __ppFirstHighlight?: number }).__ppFirstHighlight !== undefined, undefined, { timeout: DONE_TIMEOUT });
    return await firstHighlightMs(page);
  } finally {
    await page.close();
  }
}

// ---- without the extension ----------------------------------------------------------------------------------------

interface Plain {
  context: BrowserContext;
  finder: string;
  floor: string;
  mark: string;
}

/**
 * The floor or mark.js on a fresh load of the page, each in a page of its own: in one page the second would find the
 * expression already compiled (V8 caches regular expressions by source and flags). Each runs as a content script
 * would, and as ours does: in an isolated world of its own (a fresh V8 context, whose DOM wrappers are made on first
 * use), its script compiled and evaluated inside the measured time. Only the finder (the article root, given to them
 * for free) runs before the trace starts, in that same world.
 */
async function runPlain(plain: Plain, url: string, which: 'floor' | 'mark', withInfo: boolean): Promise<{ ms: number; compileMs: number; matches: number; info: PageInfo | null }> {
  const page = await plain.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const cdp = await plain.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `pp-bench-${which}` });
    const run = async (expression: string): Promise<unknown> => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (exceptionDetails) throw new Error(`${which}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    };
    await run(plain.finder);
    const info = withInfo ? ((await run('window.__ppBenchInfo()')) as PageInfo) : null;
    await run('void window.__ppBenchRoot()');
    const endTrace = await startTrace(cdp);
    // The renderer's CPU profiler takes a moment to start (and its last samples to arrive).
    await new Promise((r) => setTimeout(r, PROFILER_START_MS));
    await run(which === 'floor' ? plain.floor : plain.mark);
    const matches = (await run(which === 'floor' ? 'window.__ppFloor()' : 'window.__ppMark()')) as number;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const events = await endTrace();
    await cdp.detach();
    // Its script and the call of its entry point are the trace's only Runtime.evaluate calls: the compilations in them
    // are its own, as those inside the content script's evaluation and calls are the extension's.
    const cpu = scriptCpu(events, (u) => u === (which === 'floor' ? FLOOR_URL : MARK_URL), isProtocolEvaluation);
    return { ms: cpu.ms, compileMs: cpu.compileMs, matches, info };
  } finally {
    await page.close();
  }
}

// ---- numbers ------------------------------------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

interface Row {
  result: PageResult;
  words: number;
  mentions: number;
  ext: number;
  floor: number;
  mark: number;
  extCompile: number;
  floorCompile: number;
  markCompile: number;
  offThread: number;
  longest: number;
  longestCpu: number;
  first: number;
  cold: number;
  stopped: string;
}

function rowOf(result: PageResult): Row {
  const ext = (f: (r: ExtRun) => number) => median(result.ext.map(f));
  // The loader says nothing on a page without an article and, since its first look, on an article without a lever
  // word: the finder (run without the extension) tells them apart.
  const stops = result.ext.map((r) => (r.stopped === 'no article' && result.info?.hasRoot ? 'no lever word' : (r.stopped ?? 'painted')));
  return {
    result,
    words: result.info?.words ?? Number.NaN,
    mentions: ext((r) => r.mentions),
    ext: ext((r) => r.cpuMs),
    floor: median(result.floor),
    mark: median(result.mark),
    extCompile: ext((r) => r.compileMs),
    floorCompile: median(result.floorCompile),
    markCompile: median(result.markCompile),
    offThread: ext((r) => r.offThreadMs),
    longest: ext((r) => r.longestMs),
    longestCpu: ext((r) => r.longestCpuMs),
    first: ext((r) => r.firstHighlightMs),
    cold: median(result.cold),
    stopped: stops.sort((a, b) => stops.filter((x) => x === b).length - stops.filter((x) => x === a).length)[0] ?? '-',
  };
}

function table(header: string[], cells: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

function nameOf(r: Row): string {
  return r.result.page.name + (r.result.errors.length ? ' !' : '');
}

/** CPU ms by function summed over the runs of `rows`, per page on average, the BREAKDOWN largest. */
function printBreakdown(title: string, rows: Row[]): void {
  const total = new Map<string, number>();
  let runs = 0;
  for (const r of rows) {
    for (const run of r.result.ext) {
      runs++;
      for (const [name, ms] of run.byFunction) total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  console.log('');
  console.log(`${title}: ms per page, mean`);
  table(['function', 'ms'], [...total].sort((a, b) => b[1] - a[1]).slice(0, BREAKDOWN).map(([name, ms]) => [name, fmt(ms / Math.max(1, runs), 2)]));
}

function print(rows: Row[], sizes: ReturnType<typeof scriptSizes>, termCount: number): void {
  const paintedRows = rows.filter((r) => r.mentions > 0);
  const quietRows = rows.filter((r) => !(r.mentions > 0));
  console.log('');
  console.log(`Pages where the extension paints (${paintedRows.length}): CPU ms of each system's own code, medians`);
  table(
    ['page', 'words', 'mentions', 'ext', 'floor', 'mark.js', 'ext/floor', 'ext/mark.js', 'longest task (cpu)', 'first highlight warm', 'cold'],
    paintedRows.map((r) => [nameOf(r), fmt(r.words, 0), fmt(r.mentions, 0), fmt(r.ext), fmt(r.floor), fmt(r.mark), fmt(r.ext / r.floor), fmt(r.ext / r.mark), `${fmt(r.longest, 1)} (${fmt(r.longestCpu, 1)})`, fmt(r.first, 0), fmt(r.cold, 0)]),
  );
  console.log('');
  console.log(`Pages where it paints nothing (${quietRows.length}): CPU ms, medians; "stopped" says where the content script stopped`);
  table(
    ['page', 'words', 'stopped', 'ext', 'floor', 'mark.js', 'ext/floor', 'ext/mark.js'],
    quietRows.map((r) => [nameOf(r), fmt(r.words, 0), r.stopped, fmt(r.ext), fmt(r.floor), fmt(r.mark), fmt(r.ext / r.floor), fmt(r.ext / r.mark)]),
  );

  const m = (xs: Row[], f: (r: Row) => number) => median(xs.map(f));
  console.log('');
  console.log(`Summary (${rows.length} pages, ${RUNS} runs each; floor and mark.js: ${termCount} terms, scripts/bench/floor-terms.txt)`);
  const allExt = m(rows, (r) => r.ext);
  const allFloor = m(rows, (r) => r.floor);
  console.log(`  all pages, median CPU: ext ${fmt(allExt)} ms, floor ${fmt(allFloor)} ms, mark.js ${fmt(m(rows, (r) => r.mark))} ms; ext/floor ${fmt(allExt / allFloor)}x (median of per-page ratios ${fmt(m(rows, (r) => r.ext / r.floor))}x)`);
  console.log(`  pages that paint, median CPU: ext ${fmt(m(paintedRows, (r) => r.ext))} ms, floor ${fmt(m(paintedRows, (r) => r.floor))} ms, mark.js ${fmt(m(paintedRows, (r) => r.mark))} ms`);
  console.log(`  pages that paint nothing, median CPU: ext ${fmt(m(quietRows, (r) => r.ext), 3)} ms (floor ${fmt(m(quietRows, (r) => r.floor))} ms)`);
  console.log(
    `  of which compiling their scripts on the main thread, median over all pages: ext ${fmt(m(rows, (r) => r.extCompile))} ms, floor ${fmt(m(rows, (r) => r.floorCompile))} ms, mark.js ${fmt(m(rows, (r) => r.markCompile))} ms; not counted, off the main thread: the page script's streamed parse, median ${fmt(m(paintedRows, (r) => r.offThread))} ms on the pages that paint`,
  );
  if (BREAKDOWN > 0) {
    printBreakdown(`Where the content script's CPU goes on the ${quietRows.length} pages it paints nothing on`, quietRows);
    printBreakdown(`... and on the ${paintedRows.length} pages it paints`, paintedRows);
  }
  const slower = rows.filter((r) => !(r.ext < r.mark));
  console.log(`  below mark.js on every page: ${slower.length === 0 ? `yes (${rows.length} of ${rows.length})` : `no, not on ${slower.map((r) => `${r.result.page.name} (${fmt(r.ext)} vs ${fmt(r.mark)} ms)`).join(', ')}`}`);
  const long = rows.find((r) => r.result.page.long);
  if (long) console.log(`  ${long.result.page.name} (${fmt(long.words, 0)} words): longest task ${fmt(long.longest, 1)} ms wall, ${fmt(long.longestCpu, 1)} ms cpu; ext ${fmt(long.ext)} ms CPU`);
  console.log(`  first highlight after DOMContentLoaded, median over the pages that paint: warm ${fmt(m(paintedRows, (r) => r.first), 0)} ms, cold service worker ${fmt(m(paintedRows.filter((r) => r.result.cold.length), (r) => r.cold), 0)} ms`);
  const every = sizes.everyPage.reduce((n, f) => n + f.gzip, 0);
  console.log(`  evaluated on every page: ${sizes.everyPage.map((f) => `${f.file} ${fmt(f.gzip)} KB gzip (${fmt(f.raw, 1)} KB)`).join(', ')}: ${fmt(every)} KB gzip in all`);
  console.log(`  only on pages with a lever phrase: ${sizes.painted.map((f) => `${f.file} ${fmt(f.gzip, 1)} KB gzip (${fmt(f.raw, 1)} KB)`).join(', ')}; service worker ${sizes.worker.file} ${fmt(sizes.worker.gzip, 0)} KB gzip (${fmt(sizes.worker.raw, 0)} KB)`);
  const failed = rows.filter((r) => r.result.errors.length);
  if (failed.length) {
    console.log('');
    console.log('runs that failed (pages marked "!"; their medians use the runs that worked):');
    for (const r of failed) console.log(`  ${r.result.page.name}: ${[...new Set(r.result.errors)].join('; ')}`);
  }
}

// ---- main ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  ensureBuilt();
  const terms = floorTerms();
  const corpus = corpusPages();
  // PP_BENCH_ONLY=<regular expression>: only the pages whose names it matches (to look into a few).
  const only = process.env.PP_BENCH_ONLY ? new RegExp(process.env.PP_BENCH_ONLY) : null;
  const pages = [...FIXTURE_PAGES, ...corpus.pages].filter((p) => !only || only.test(p.name));
  const sizes = scriptSizes();
  const server = await serveStatic([join(ROOT, 'tests', 'e2e', 'pages')], Object.fromEntries(pages.flatMap((p) => (p.file ? [[p.path, p.file]] : []))));

  // Builds before the loader published the lever phrases said they were ready with 'pp:candidates'.
  const launched = await launchWithExtension({ headless: true, viewport: VIEWPORT, args: BROWSER_ARGS, extensionDir: EXTENSION, readyKeys: [GATE_KEY, 'pp:candidates'] });
  await launched.context.addInitScript({ content: FIRST_HIGHLIGHT });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...BROWSER_ARGS] });
  const plain: Plain = { context: await browser.newContext({ viewport: VIEWPORT }), finder: finderScript(), floor: floorScript(terms), mark: markScript(terms) };

  console.log(`bench:page - Chromium ${browser.version()}, ${RUNS} runs per page (${COLD_RUNS} with a cold service worker on pages that paint), medians`);
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start`);
  console.log(corpus.note);

  try {
    // Warm-up, not measured: the service worker's knowledge, the browsers' caches, the baselines' JIT.
    for (const path of ['/article.html', '/long-article.html']) {
      await runExtension(launched, `${server.origin}${path}?warm`);
      await runPlain(plain, `${server.origin}${path}?warm`, 'floor', false);
      await runPlain(plain, `${server.origin}${path}?warm`, 'mark', false);
    }
    const results: PageResult[] = [];
    for (const [index, page] of pages.entries()) {
      const result: PageResult = { page, info: null, ext: [], floor: [], mark: [], floorCompile: [], markCompile: [], cold: [], errors: [] };
      const t0 = Date.now();
      for (let run = 0; run < RUNS; run++) {
        const url = `${server.origin}${page.path}?run=${run}`;
        // Interleaved, so that a slow moment of the machine hurts all three alike.
        await runExtension(launched, url).then((r) => result.ext.push(r), (e: Error) => result.errors.push(`extension: ${e.message.split('\n')[0]}`));
        for (const which of ['floor', 'mark'] as const) {
          await runPlain(plain, url, which, result.info === null).then(
            ({ ms, compileMs, info }) => {
              result[which].push(ms);
              result[which === 'floor' ? 'floorCompile' : 'markCompile'].push(compileMs);
              result.info ??= info;
            },
            (e: Error) => result.errors.push(`${which}: ${e.message.split('\n')[0]}`),
          );
        }
      }
      results.push(result);
      const row = rowOf(result);
      console.error(
        `[${index + 1}/${pages.length}] ${page.name}: ext ${fmt(row.ext)} ms (${fmt(row.mentions, 0)} mentions${row.mentions > 0 ? '' : `, ${row.stopped}`}), floor ${fmt(row.floor)} ms, mark.js ${fmt(row.mark)} ms - ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    // Cold service worker last: stopping it invalidates the warm runs' observer.
    if (COLD_RUNS > 0) {
      for (const result of results.filter((r) => median(r.ext.map((x) => x.mentions)) > 0)) {
        for (let run = 0; run < COLD_RUNS; run++) {
          await runCold(launched, `${server.origin}${result.page.path}?cold=${run}`).then((ms) => result.cold.push(ms), (e: Error) => result.errors.push(`cold: ${e.message.split('\n')[0]}`));
        }
        console.error(`cold ${result.page.name}: ${result.cold.map((x) => x.toFixed(0)).join(', ')} ms`);
      }
    }
    print(results.map(rowOf), sizes, terms.length);
    console.log('');
    console.log(`(${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end)`);
  } finally {
    await launched.close();
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
