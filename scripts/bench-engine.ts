/**
 * `npm run bench:engine`: median time of the engine over 1k, 5k and 20k-word articles in Node, next to a plain full
 * compromise parse of the same text measured in the same run. Both CPU time of this process (user + system, what the
 * engine costs whatever else the machine runs) and wall time are printed. Prints numbers; asserts nothing.
 *
 * The engine is measured as it ships: bundled and minified by esbuild (as the extension's and the CLI's build do), not
 * through a TypeScript loader whose module wrappers would add to every call.
 *
 * Texts are built from the golden fixtures (written for this project), repeated to length. Set PP_BENCH_TEXT to a
 * folder of .txt files to use other text.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import nlp from 'compromise';
import { seed } from '../src/kb/seed/index';

const out = join(mkdtempSync(join(tmpdir(), 'pp-bench-')), 'engine.mjs');
await build({
  entryPoints: [join(import.meta.dirname, '..', 'src', 'engine', 'index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { analyze, buildLexiconData, compileLexicon, loadLexicon, verbLexicon } = (await import(pathToFileURL(out).href)) as typeof import('../src/engine/index');

const dir = process.env.PP_BENCH_TEXT ?? join(import.meta.dirname, '..', 'tests', 'fixtures');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('no-levers'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (sources.length === 0) {
  console.error(`bench:engine: no .txt files in ${dir}`);
  process.exit(1);
}

function textOf(words: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = sources[i % sources.length];
    parts.push(s);
    n += s.split(/\s+/).length;
  }
  return parts.join('\n\n').split(/(?<=\s)/).reduce((acc, w) => (acc.count < words ? { out: acc.out + w, count: acc.count + (/\S/.test(w) ? 1 : 0) } : acc), { out: '', count: 0 }).out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

let t = performance.now();
const data = buildLexiconData(seed, verbLexicon);
const buildMs = performance.now() - t;
t = performance.now();
const lexicon = loadLexicon(JSON.parse(JSON.stringify(data)));
const loadMs = performance.now() - t;
compileLexicon(seed, verbLexicon);

console.log(`lexicon: build ${buildMs.toFixed(1)} ms (once per knowledge-base change), load ${loadMs.toFixed(1)} ms (per page), ${data.phrases.length} phrases, ${JSON.stringify(data).length} bytes as JSON`);
console.log('');
// Warm the engine up once on the longest text, so the first row does not pay for the JIT compiling the engine.
{
  const warm = textOf(5000);
  for (let i = 0; i < 20; i++) analyze(warm, lexicon);
}
console.log('words   engine CPU ms   engine wall ms   mentions   compromise parse CPU ms   ratio (CPU)   engine CPU ms per 1k words');
for (const words of [1000, 5000, 20000]) {
  const text = textOf(words);
  const runs = words >= 20000 ? 15 : 41;
  let mentions = 0;
  const engine = time(() => {
    mentions = analyze(text, lexicon).mentions.length;
  }, runs);
  const full = time(() => nlp(text).json(), words >= 20000 ? 3 : 7);
  console.log(
    `${String(words).padEnd(8)}${engine.cpu.toFixed(2).padEnd(16)}${engine.wall.toFixed(2).padEnd(17)}${String(mentions).padEnd(11)}${full.cpu.toFixed(1).padEnd(26)}${(full.cpu / engine.cpu).toFixed(0).padEnd(14)}${((engine.cpu / words) * 1000).toFixed(2)}`,
  );
}
