/**
 * `npm run bench:cli`: the built command line as whole processes, as a user runs it. Prints wall and CPU time
 * (median of several runs) for:
 * - the 551 Reuters 1987 trade articles concatenated in one file, next to a bare full compromise parse of the same
 *   text (`nlp(text).json()` in its own Node process), run alternately so both see the same machine;
 * - the 1,328 files of the BBC 2005 archive as one directory, --jsonl (checks one line per file);
 * - start-up: `--version`, and a short article.
 * Needs the shared corpus (PP_CORPUS, default ../shared/corpus) for the first two; says so and skips them otherwise.
 * PP_BENCH_RUNS sets the number of runs (default 5; the compromise parse runs 3 times, it takes seconds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'pressure-points.js');
const CORPUS = resolve(process.env.PP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const RUNS = Number(process.env.PP_BENCH_RUNS ?? 5);

interface Timing {
  wall: number;
  cpu: number;
  stdout: string;
}

/** One process, timed by bash's `time` (wall, user + system CPU of the process and its threads). */
function timed(argv: string[], stdoutToFile = false): Timing {
  const outFile = join(work, 'stdout');
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `TIMEFORMAT='%R %U %S'; { time ${quoted} > ${stdoutToFile ? `'${outFile}'` : '/dev/null'} 2>/dev/null ; } 2>&1`;
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  const [wall, user, sys] = result.stdout.trim().split(/\s+/).slice(-3).map(Number);
  if (![wall, user, sys].every(Number.isFinite)) throw new Error(`could not time ${argv.join(' ')}: ${result.stdout}${result.stderr}`);
  return { wall: wall * 1000, cpu: (user + sys) * 1000, stdout: stdoutToFile ? readFileSync(outFile, 'utf8') : '' };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function summary(ts: Timing[]): { wall: number; cpu: number } {
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const row = (label: string, s: { wall: number; cpu: number }, runs: number, note = '') =>
  console.log(`  ${label.padEnd(58)} wall ${fmt(s.wall).padStart(8)}   CPU ${fmt(s.cpu).padStart(8)}   (median of ${runs})${note ? `   ${note}` : ''}`);

const work = mkdtempSync(join(tmpdir(), 'pp-bench-cli-'));
try {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.mjs'))) throw new Error('dist/cli is missing: run npm run build:cli');
  console.log(`bench:cli on ${cpus()[0]?.model ?? 'an unknown CPU'}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(2)}, Node ${process.version}`);
  console.log('');

  // ---- start-up ------------------------------------------------------------------------------------------------------
  const short = join(ROOT, 'tests', 'fixtures', 'wire-truce.txt');
  timed([process.execPath, BIN, '--version']); // warm the file cache
  const version = summary(Array.from({ length: RUNS * 2 }, () => timed([process.execPath, BIN, '--version'])));
  const article = summary(Array.from({ length: RUNS * 2 }, () => timed([process.execPath, BIN, 'annotate', short])));
  const bareNode = summary(Array.from({ length: RUNS * 2 }, () => timed([process.execPath, '-e', '0'])));
  console.log('Start-up');
  row('node -e 0 (Node itself, for reference)', bareNode, RUNS * 2);
  row('pressure-points --version', version, RUNS * 2, version.wall < 200 ? 'under 200 ms: yes' : 'under 200 ms: NO');
  row(`pressure-points annotate wire-truce.txt (${readFileSync(short, 'utf8').split(/\s+/).length} words)`, article, RUNS * 2, article.wall < 200 ? 'under 200 ms: yes' : 'under 200 ms: NO');
  // On a busy machine Node's own start-up swings most; what the command line adds to it is steadier.
  const over = (s: { wall: number; cpu: number }) => `+${fmt(s.wall - bareNode.wall)} wall, +${fmt(s.cpu - bareNode.cpu)} CPU`;
  console.log(`  ${'over Node\'s own start-up'.padEnd(58)} --version ${over(version)}; short article ${over(article)}`);
  console.log('');

  // ---- Reuters in one file --------------------------------------------------------------------------------------------
  const reutersDir = join(CORPUS, 'text', 'reuters-1987-trade');
  if (!existsSync(reutersDir)) {
    console.log(`Reuters: SKIPPED, ${reutersDir} is absent (set PP_CORPUS)`);
  } else {
    const files = readdirSync(reutersDir).filter((f) => f.endsWith('.txt')).sort();
    const text = files.map((f) => readFileSync(join(reutersDir, f), 'utf8')).join('\n\n');
    const file = join(work, 'reuters-1987-trade.txt');
    writeFileSync(file, text);
    const bare = "import { readFileSync } from 'node:fs'; import nlp from 'compromise'; nlp(readFileSync(process.argv[1], 'utf8')).json();";
    const cli: Timing[] = [];
    const parse: Timing[] = [];
    const parseRuns = Math.max(1, Math.min(3, RUNS));
    for (let i = 0; i < RUNS; i++) {
      cli.push(timed([process.execPath, BIN, 'annotate', '--json', file]));
      if (i < parseRuns) parse.push(timed([process.execPath, '--input-type=module', '-e', bare, file]));
    }
    const mentions = (JSON.parse(timed([process.execPath, BIN, 'annotate', '--json', file], true).stdout) as { documents: { mentions: unknown[] }[] }).documents[0].mentions.length;
    const c = summary(cli);
    const p = summary(parse);
    console.log(`Reuters 1987: ${files.length} articles in one file (${text.split(/\s+/).length} words, ${(text.length / 1024).toFixed(0)} KB), ${mentions} mentions`);
    row('pressure-points annotate --json FILE', c, RUNS);
    row('bare compromise: nlp(text).json()', p, parseRuns);
    const ratio = p.wall / c.wall;
    console.log(`  ${'faster than the bare parse'.padEnd(58)} ${ratio.toFixed(1)}x wall, ${(p.cpu / c.cpu).toFixed(1)}x CPU   at least 10x: ${ratio >= 10 ? 'yes' : 'NO'}`);
    console.log('');
  }

  // ---- BBC as a directory ---------------------------------------------------------------------------------------------
  const bbcDir = join(CORPUS, 'text', 'bbc-2005');
  if (!existsSync(bbcDir)) {
    console.log(`BBC: SKIPPED, ${bbcDir} is absent (set PP_CORPUS)`);
  } else {
    const runs = Math.max(1, Math.min(3, RUNS));
    const bbc: Timing[] = [];
    let lines = 0;
    for (let i = 0; i < runs; i++) {
      const t = timed([process.execPath, BIN, 'annotate', '--jsonl', bbcDir], i === 0);
      if (i === 0) lines = t.stdout.split('\n').filter((l) => l !== '' && JSON.parse(l)).length;
      bbc.push(t);
    }
    const files = readdirSync(bbcDir, { recursive: true }).filter((f) => String(f).endsWith('.txt')).length;
    const s = summary(bbc);
    console.log(`BBC 2005: ${files} files in one directory, --jsonl, ${availableParallelism()} worker threads`);
    row('pressure-points annotate --jsonl DIR', s, runs, `${lines} lines${lines === files ? ', one per file: yes' : `, one per file: NO (${files} files)`}`);
    console.log(`  ${'files per second (wall)'.padEnd(58)} ${((files * 1000) / s.wall).toFixed(0)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
