/**
 * `npm run bench`: what the extension costs a real page, next to mark.js and a bare regular-expression floor, in
 * Chromium. Prints numbers; asserts nothing.
 *
 * Per page, each measurement runs PP_BENCH_RUNS times (default 5) on a fresh tab and the median is printed:
 * - extension: a browser with the extension loaded and a CDP trace of the load. "main-thread ms" is the summed
 *   duration of the page's main-thread tasks in which the content script ran (found by its script URL and by CPU
 *   profiler samples with its frames on the stack), from its evaluation to the "painted" event; waiting for the
 *   background's engine is not main-thread time. "cpu" beside it is the same tasks' thread CPU time, which other
 *   processes competing for the CPU do not inflate. "wall ms" is the content script's own start-to-painted time.
 *   "longest task" is the longest of those tasks. "heap KB" is the page's JS heap after a forced GC with the extension
 *   minus the same without it (approximate: page scripts allocate too).
 * - mark.js: a browser without the extension; `new Mark(root).mark(terms)` over the article root, timed with
 *   performance.now() (wall clock, like "main-thread ms"). On corpus pages a run stops at MARK_RUN_CAP_MS and its
 *   time is scaled to all the terms; runs are repeated while they add up to less than MARK_BUDGET_MS.
 * - floor: same browser; one case-insensitive regular expression of the same terms over the root's text nodes,
 *   painted as one CSS Highlight, timed with performance.now().
 * The terms are every lever surface form of the seed lexicon; the root is what the content script's article finder
 * picks (<body> where it finds none).
 *
 * Pages: tests/e2e/pages, the demo article, and the readability pages of the shared corpus (PP_CORPUS, default
 * ../shared/corpus; PP_BENCH_PAGES caps how many, "all" for every one). Requests to anything but 127.0.0.1 are blocked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildLexiconData } from '../src/engine/lexicon';
import { seed } from '../src/kb/seed/index';
import { verbLexicon } from '../src/engine/verbs';
import { CHROMIUM_FLAGS, ensureBuilt, EXTENSION_DIR, findChromium, launchWithExtension, ROOT, serveStatic, type Launched } from './lib/chromium';
import { articleFinderScript, baselinesScript, markJsScript, type BaselineRun, type PageInfo } from './lib/page-baselines';
import { scriptTasks, type TraceEvent } from './lib/trace-tasks';

const RUNS = Math.max(1, Number(process.env.PP_BENCH_RUNS ?? 5));
/**
 * Corpus pages per run when PP_BENCH_PAGES is not set, so that a run stays under about ten minutes on two cores. A
 * corpus page costs three page loads per run (extension, mark.js, floor) of 0.2-1.5 s each, plus up to 3 s of mark.js:
 * 5-40 s a page, about 12 s typically, measured on a two-core machine shared with other work (load average 5-8),
 * where the six fixture pages took about 100 s, a run with 30 corpus pages 6.6 minutes and one with 40 10.7 minutes.
 * All 130 would take over 20 minutes; PP_BENCH_PAGES=all measures them anyway.
 */
const DEFAULT_CORPUS_PAGES = 35;
/** Corpus pages that mention levers: always in the subset, so the extension paints on some real-world DOMs. */
const CORPUS_WITH_LEVERS = ['nytimes-1', 'yahoo-2', 'blogger'];
const VIEWPORT = { width: 1280, height: 900 };
const PAINTED_MARK = 'pp:painted';
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  // Samples every 100 µs instead of every millisecond: short content-script tasks are then rarely missed.
  'disabled-by-default-v8.cpu_profiler.hires',
  'blink.user_timing',
];
/**
 * mark.js makes one pass over the DOM per term: seconds per run on a long page, half a minute on the largest corpus
 * page. On corpus pages one run stops after MARK_RUN_CAP_MS (its time scaled to all the terms) and runs are repeated
 * only while they add up to less than MARK_BUDGET_MS. Fixture pages always get every run in full.
 */
const MARK_RUN_CAP_MS = 2_000;
const MARK_BUDGET_MS = 3_000;
/**
 * Both browsers run without site isolation. The saved corpus pages hold cross-site iframes (blocked, so empty); with
 * site isolation each gets a renderer process of its own, and ending a trace then waits about five seconds for those
 * processes to flush. The content script runs in the top frame only, which this does not change.
 */
const NO_SITE_ISOLATION = [
  ...CHROMIUM_FLAGS.filter((f) => f.startsWith('--disable-features=')).map((f) => `${f},IsolateOrigins,site-per-process`),
  '--disable-site-isolation-trials',
];
const LOAD_TIMEOUT = 30_000;
const PAINT_TIMEOUT = 20_000;

interface BenchPage {
  name: string;
  /** Path on the bench server. */
  path: string;
  /** The file served at `path`, when it is not under tests/e2e/pages. */
  file?: string;
  /** A page the targets single out. */
  role?: 'long' | 'no-candidates';
  corpus?: boolean;
}

interface ExtRun {
  /** Content-script tasks, wall-clock durations summed. */
  mainMs: number;
  /** The same tasks, thread CPU time. */
  mainCpuMs: number;
  /** Of mainCpuMs, evaluating the script. */
  evaluateCpuMs: number;
  /** The content script's own start-to-painted time. */
  wallMs: number;
  longestMs: number;
  longestCpuMs: number;
  mentions: number;
  heap: number;
}

interface PageResult {
  page: BenchPage;
  info: PageInfo | null;
  ext: ExtRun[];
  plainHeap: number[];
  mark: BaselineRun[];
  floor: BaselineRun[];
  errors: string[];
}

// ---- pages --------------------------------------------------------------------------------------------------------

function corpusPages(): { pages: BenchPage[]; note: string } {
  const corpus = process.env.PP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
  const dir = join(corpus, 'pages', 'readability');
  if (!existsSync(dir)) return { pages: [], note: `corpus: ${dir} is absent; measuring the fixture pages only.` };
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => f.slice(0, -'.html'.length));
  const setting = process.env.PP_BENCH_PAGES;
  const cap = setting === undefined ? DEFAULT_CORPUS_PAGES : setting === 'all' ? all.length : Math.max(0, Number(setting) || 0);
  let chosen: string[];
  if (cap >= all.length) chosen = all;
  else {
    // Deterministic: the pages known to mention levers, then evenly spaced over the sorted names.
    const picked = new Set(CORPUS_WITH_LEVERS.filter((n) => all.includes(n)).slice(0, cap));
    const rest = all.filter((n) => !picked.has(n));
    const need = cap - picked.size;
    for (let i = 0; i < need; i++) picked.add(rest[Math.floor((i * rest.length) / need)]);
    chosen = all.filter((n) => picked.has(n));
  }
  const pages = chosen.map((n) => ({ name: `readability/${n}`, path: `/corpus/${n}.html`, file: join(dir, `${n}.html`), corpus: true }));
  const how = chosen.length === all.length ? 'all' : `a fixed subset of ${chosen.length} (PP_BENCH_PAGES=all for every page)`;
  return { pages, note: `corpus: ${dir}: ${all.length} pages, measuring ${how}.` };
}

const FIXTURE_PAGES: BenchPage[] = [
  { name: 'article', path: '/article.html' },
  { name: 'long-article', path: '/long-article.html', role: 'long' },
  { name: 'no-levers', path: '/no-levers.html', role: 'no-candidates' },
  { name: 'not-article', path: '/not-article.html', role: 'no-candidates' },
  { name: 'dynamic', path: '/dynamic.html' },
  { name: 'demo/article', path: '/demo/article.html', file: join(ROOT, 'assets', 'demo', 'article.html') },
];

// ---- lever terms and script size ---------------------------------------------------------------------------------

/** Every lever surface form of the seed lexicon, tokens joined by a space. */
function leverTerms(): string[] {
  const data = buildLexiconData(seed, verbLexicon);
  return [...new Set(data.phrases.filter((p) => p.entry.kind === 'lever').map((p) => p.tokens.join(' ')))];
}

/** The content script files of the manifest and any chunk they name, with their sizes. */
function contentScriptFiles(): { file: string; bytes: number }[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  const chunksDir = join(EXTENSION_DIR, 'chunks');
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir) : [];
  for (const f of [...files]) {
    const code = readFileSync(join(EXTENSION_DIR, f), 'utf8');
    for (const c of chunks) if (code.includes(c)) files.add(`chunks/${c}`);
  }
  return [...files].map((file) => ({ file, bytes: statSync(join(EXTENSION_DIR, file)).size }));
}

// ---- the extension ------------------------------------------------------------------------------------------------

/**
 * Resolves with the protocol messages the page at `url` sent to the background, once it has sent "reportPage" (its
 * last word on a page load), or null after `timeout`. The listener is installed in the service worker the first time
 * (again if the worker was restarted); call with a null url to install it only. It answers nothing, so the
 * extension's own listener still gives every reply.
 */
function messagesFrom(launched: Launched, url: string | null, timeout = 0): Promise<string[] | null> {
  return launched.worker.evaluate(
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
      if (u === null) return Promise.resolve(null);
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

async function blockOthers(context: BrowserContext): Promise<void> {
  await context.route(/.*/, (route) => {
    const url = new URL(route.request().url());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1' ? route.abort() : route.continue();
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function runExtension(launched: Launched, url: string): Promise<ExtRun> {
  const page = await launched.context.newPage();
  try {
    const cdp = await launched.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    const painted = new Promise<{ ms: number; mentions: number }>((resolve) =>
      page.on('console', (msg) => {
        const text = msg.text();
        if (text.startsWith(`${PAINTED_MARK} `)) resolve(JSON.parse(text.slice(PAINTED_MARK.length + 1)));
      }),
    );
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    const reported = messagesFrom(launched, url, PAINT_TIMEOUT);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const names = await reported;
    if (!names) throw new Error('the content script did not report within the time limit');
    let detail: { ms: number; mentions: number } | null = null;
    if (names.includes('analyzePage')) {
      detail = await Promise.race([painted, new Promise<null>((r) => setTimeout(() => r(null), PAINT_TIMEOUT))]);
      if (!detail) throw new Error('the page was analysed but never painted');
    }
    const heap = await heapAfterGc(page);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const tasks = scriptTasks(events, `chrome-extension://${launched.extensionId}/`, detail ? PAINTED_MARK : undefined);
    if (!tasks.found) throw new Error('the content script never ran (not in the trace)');
    return {
      mainMs: tasks.busyWallMs,
      mainCpuMs: tasks.busyMs,
      evaluateCpuMs: tasks.evaluateMs,
      wallMs: detail?.ms ?? Number.NaN,
      longestMs: tasks.longestWallMs,
      longestCpuMs: tasks.longestMs,
      mentions: detail?.mentions ?? 0,
      heap,
    };
  } finally {
    await page.close();
  }
}

// ---- without the extension ----------------------------------------------------------------------------------------

interface Plain {
  context: BrowserContext;
  browser: Browser;
  finder: string;
  markJs: string;
  baselines: string;
}

async function runMark(plain: Plain, url: string, withInfo: boolean, capMs: number): Promise<{ run: BaselineRun; heap: number; info: PageInfo | null }> {
  const page = await plain.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const heap = await heapAfterGc(page);
    await page.addScriptTag({ content: plain.finder });
    await page.addScriptTag({ content: plain.markJs });
    await page.addScriptTag({ content: plain.baselines });
    const info = withInfo ? ((await page.evaluate('window.__ppBench.info()')) as PageInfo) : null;
    const run = (await page.evaluate(`window.__ppBench.mark(${capMs})`)) as BaselineRun;
    return { run, heap, info };
  } finally {
    await page.close();
  }
}

async function runFloor(plain: Plain, url: string): Promise<BaselineRun> {
  const page = await plain.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.addScriptTag({ content: plain.finder });
    await page.addScriptTag({ content: plain.baselines });
    return (await page.evaluate('window.__ppBench.floor()')) as BaselineRun;
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

const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

interface Row {
  result: PageResult;
  words: number;
  mentions: number;
  mainMs: number;
  mainCpuMs: number;
  wallMs: number;
  longestMs: number;
  longestCpuMs: number;
  heapKb: number;
  markMs: number;
  /** A mark.js run stopped at the time cap and was scaled to all the terms. */
  markScaled: boolean;
  floorMs: number;
  vsMark: number;
  vsFloor: number;
}

function rowOf(result: PageResult, termCount: number): Row {
  const ext = (f: (r: ExtRun) => number) => median(result.ext.map(f));
  const mainMs = ext((r) => r.mainMs);
  const markMs = median(result.mark.map((r) => r.ms));
  const floorMs = median(result.floor.map((r) => r.ms));
  return {
    result,
    words: result.info?.words ?? Number.NaN,
    mentions: ext((r) => r.mentions),
    mainMs,
    mainCpuMs: ext((r) => r.mainCpuMs),
    wallMs: ext((r) => r.wallMs),
    longestMs: ext((r) => r.longestMs),
    longestCpuMs: ext((r) => r.longestCpuMs),
    heapKb: (ext((r) => r.heap) - median(result.plainHeap)) / 1024,
    markMs,
    markScaled: result.mark.some((r) => (r.termsDone ?? termCount) < termCount),
    floorMs,
    vsMark: mainMs / markMs,
    vsFloor: mainMs / floorMs,
  };
}

function printTable(rows: Row[]): void {
  const header = ['page', 'words', 'mentions', 'ext main-thread ms', 'cpu', 'ext wall ms', 'longest task ms', 'cpu', 'heap KB', 'mark.js ms', 'floor ms', 'ratio ext/mark.js', 'ratio ext/floor'];
  const cells = rows.map((r) => [
    r.result.page.name + (r.result.info && !r.result.info.hasRoot ? ' (no article)' : '') + (r.result.errors.length ? ' !' : ''),
    fmt(r.words, 0),
    fmt(r.mentions, 0),
    fmt(r.mainMs, 2),
    fmt(r.mainCpuMs, 2),
    fmt(r.wallMs, 1),
    fmt(r.longestMs, 2),
    fmt(r.longestCpuMs, 2),
    fmt(r.heapKb, 0),
    (r.markScaled ? '~' : '') + fmt(r.markMs, 1) + (r.result.mark.length < RUNS ? ` (${r.result.mark.length})` : ''),
    fmt(r.floorMs, 2),
    fmt(r.vsMark, 3),
    fmt(r.vsFloor, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  console.log('');
  console.log('ext main-thread ms: wall-clock durations of the main-thread tasks the content script ran in, up to "painted"; cpu: the same');
  console.log('  tasks in thread CPU time. longest task likewise. ext wall ms: the content script\'s start-to-painted time, waiting included.');
  console.log('  "-" where nothing was sent to the background (no article, or no candidate word): no "painted" event, every task counted.');
  console.log('(no article): the content script found no article and stopped; mark.js and the floor ran over <body>, whose words are shown.');
  console.log(`mark.js "~": a run stopped at ${MARK_RUN_CAP_MS / 1000} s and its time was scaled to all the terms; "(n)": only n runs (corpus pages, ${MARK_BUDGET_MS / 1000} s budget).`);
  console.log('ratios compare wall-clock with wall-clock: ext main-thread ms over mark.js ms and floor ms.');
}

function printSummary(rows: Row[], scriptFiles: { file: string; bytes: number }[]): void {
  const m = (f: (r: Row) => number) => median(rows.map(f));
  const scriptKb = scriptFiles.reduce((n, f) => n + f.bytes, 0) / 1024;
  const evaluateMs = median(rows.map((r) => median(r.result.ext.map((x) => x.evaluateCpuMs))));
  console.log('');
  console.log(
    `medians across ${rows.length} pages: ext main-thread ${fmt(m((r) => r.mainMs), 2)} ms (cpu ${fmt(m((r) => r.mainCpuMs), 2)}), ext wall ${fmt(m((r) => r.wallMs))} ms, ` +
      `longest task ${fmt(m((r) => r.longestMs), 2)} ms (cpu ${fmt(m((r) => r.longestCpuMs), 2)}), heap ${fmt(m((r) => r.heapKb), 0)} KB, ` +
      `mark.js ${fmt(m((r) => r.markMs))} ms, floor ${fmt(m((r) => r.floorMs), 2)} ms; ratio ext/mark.js ${fmt(m((r) => r.vsMark), 3)}, ext/floor ${fmt(m((r) => r.vsFloor), 2)}`,
  );
  console.log(`content script: ${fmt(scriptKb)} KB parsed (${scriptFiles.map((f) => `${f.file} ${f.bytes} B`).join(', ')}); evaluating it (compile and top level) takes a median ${fmt(evaluateMs, 2)} ms of cpu per page`);

  console.log('');
  console.log('targets (wall-clock task durations; cpu in brackets):');
  const long = rows.find((r) => r.result.page.role === 'long');
  if (long) {
    const verdict = (wall: boolean, cpu: boolean) => (wall ? 'MET' : cpu ? 'NOT MET in wall-clock time, met in cpu time' : 'NOT MET');
    console.log(
      `  long-article, ${fmt(long.words, 0)} words: main-thread ${fmt(long.mainMs, 2)} ms [${fmt(long.mainCpuMs, 2)}], target < 20: ${verdict(long.mainMs < 20, long.mainCpuMs < 20)}; ` +
        `longest task ${fmt(long.longestMs, 2)} ms [${fmt(long.longestCpuMs, 2)}], target <= 50: ${verdict(long.longestMs <= 50, long.longestCpuMs <= 50)}`,
    );
  }
  const slowerThanMark = rows.filter((r) => !(r.vsMark < 1));
  console.log(
    `  faster than mark.js on every page: ${slowerThanMark.length === 0 ? `MET (${rows.length} of ${rows.length})` : `NOT MET on ${slowerThanMark.length}: ${slowerThanMark.map((r) => `${r.result.page.name} (${fmt(r.mainMs, 2)} vs ${fmt(r.markMs, 2)} ms)`).join(', ')}`}`,
  );
  const overFloor = rows.filter((r) => !(r.vsFloor <= 5));
  console.log(
    `  within 5x of the floor: ${overFloor.length === 0 ? `MET (${rows.length} of ${rows.length}; worst ${fmt(Math.max(...rows.map((r) => r.vsFloor)), 2)}x)` : `NOT MET on ${overFloor.length} of ${rows.length}: ${overFloor.map((r) => `${r.result.page.name} (${fmt(r.vsFloor, 1)}x)`).join(', ')}`}`,
  );
  const quiet = rows.filter((r) => r.result.page.role === 'no-candidates');
  const quietWall = quiet.every((r) => r.mainMs < 5);
  const quietCpu = quiet.every((r) => r.mainCpuMs < 5);
  console.log(
    `  < 5 ms where there is nothing to find: ${quiet.map((r) => `${r.result.page.name} ${fmt(r.mainMs, 2)} ms [${fmt(r.mainCpuMs, 2)}], ${r.result.ext.some((x) => Number.isFinite(x.wallMs)) ? 'sent to the background' : 'stopped in the page'}`).join('; ')}: ` +
      `${quietWall ? 'MET' : quietCpu ? 'NOT MET in wall-clock time, met in cpu time' : 'NOT MET'}`,
  );
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
  const terms = leverTerms();
  const corpus = corpusPages();
  const pages = [...FIXTURE_PAGES, ...corpus.pages];
  const scriptFiles = contentScriptFiles();
  const server = await serveStatic(
    [join(ROOT, 'tests', 'e2e', 'pages')],
    Object.fromEntries(pages.flatMap((p) => (p.file ? [[p.path, p.file]] : []))),
  );

  const launched = await launchWithExtension({ headless: true, viewport: VIEWPORT, args: NO_SITE_ISOLATION });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...NO_SITE_ISOLATION] });
  const plain: Plain = {
    browser,
    context: await browser.newContext({ viewport: VIEWPORT }),
    finder: articleFinderScript(),
    markJs: markJsScript(),
    baselines: baselinesScript(terms),
  };
  // The same "painted" listener in both browsers, so both pages carry the same page-side code.
  const onPainted = `document.addEventListener('pressure-points:painted', (e) => { performance.mark('${PAINTED_MARK}'); console.debug('${PAINTED_MARK} ' + e.detail); });`;
  for (const context of [launched.context, plain.context]) {
    await blockOthers(context);
    await context.addInitScript({ content: onPainted });
  }
  await messagesFrom(launched, null);

  console.log(`bench:page - Chromium ${browser.version()}, ${RUNS} runs per measurement per page, medians; ${terms.length} lever terms for mark.js and the floor`);
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start`);
  console.log(corpus.note);

  try {
    // Warm-up, not measured: the background's engine, the browsers' caches and the JIT of the in-page baselines.
    for (const path of ['/article.html', '/long-article.html']) {
      await runExtension(launched, `${server.origin}${path}?warm`);
      await runMark(plain, `${server.origin}${path}?warm`, false, MARK_RUN_CAP_MS);
      await runFloor(plain, `${server.origin}${path}?warm`);
    }

    const results: PageResult[] = [];
    for (const [index, page] of pages.entries()) {
      const result: PageResult = { page, info: null, ext: [], plainHeap: [], mark: [], floor: [], errors: [] };
      const spent = { ext: 0, mark: 0, floor: 0 };
      const timed = async (key: keyof typeof spent, work: () => Promise<unknown>) => {
        const t0 = Date.now();
        await work();
        spent[key] += Date.now() - t0;
      };
      for (let run = 0; run < RUNS; run++) {
        const url = `${server.origin}${page.path}?run=${run}`;
        // Interleaved, so a slow moment of the machine hurts all three alike.
        await timed('ext', () => runExtension(launched, url).then(
          (r) => result.ext.push(r),
          (e: Error) => result.errors.push(`extension: ${e.message.split('\n')[0]}`),
        ));
        // Time mark.js actually ran on this page so far (a capped run's time is scaled up in its result).
        const markSpent = result.mark.reduce((n, r) => n + (r.ms * (r.termsDone ?? terms.length)) / terms.length, 0);
        const markAgain = !page.corpus || result.mark.length === 0 || markSpent < MARK_BUDGET_MS;
        if (markAgain) {
          await timed('mark', () => runMark(plain, url, result.info === null, page.corpus ? MARK_RUN_CAP_MS : Number.POSITIVE_INFINITY).then(
            ({ run: r, heap, info }) => {
              result.mark.push(r);
              result.plainHeap.push(heap);
              result.info ??= info;
            },
            (e: Error) => result.errors.push(`mark.js: ${e.message.split('\n')[0]}`),
          ));
        }
        await timed('floor', () => runFloor(plain, url).then(
          (r) => result.floor.push(r),
          (e: Error) => result.errors.push(`floor: ${e.message.split('\n')[0]}`),
        ));
      }
      results.push(result);
      const row = rowOf(result, terms.length);
      console.error(
        `[${index + 1}/${pages.length}] ${page.name}: ext ${fmt(row.mainMs, 2)} ms, cpu ${fmt(row.mainCpuMs, 2)} (${fmt(row.mentions, 0)} mentions), mark.js ${fmt(row.markMs)} ms (${row.markScaled ? 'capped' : `${median(result.mark.map((r) => r.matches))} marks`}), ` +
          `floor ${fmt(row.floorMs, 2)} ms (${median(result.floor.map((r) => r.matches))} ranges) - ` +
          `took ${((spent.ext + spent.mark + spent.floor) / 1000).toFixed(1)} s (extension ${(spent.ext / 1000).toFixed(1)}, mark.js ${(spent.mark / 1000).toFixed(1)}, floor ${(spent.floor / 1000).toFixed(1)})`,
      );
    }

    console.log('');
    const rows = results.map((r) => rowOf(r, terms.length));
    printTable(rows);
    printSummary(rows, scriptFiles);
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
