/**
 * `npm run bench:engine`: median time of the engine over 1k, 5k and 20k-word articles in Node, next to a plain full
 * compromise parse of the same text measured in the same run. Prints numbers; asserts nothing.
 *
 * Texts are built from the golden fixtures (written for this project), repeated to length. Set PP_BENCH_TEXT to a
 * folder of .txt files to use other text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze, buildLexiconData, compileLexicon, loadLexicon } from '../src/engine/index';
import { seed } from '../src/kb/seed/index';
import { verbLexicon } from '../src/engine/verbs';

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

function time(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
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
console.log('words   engine median ms   mentions   compromise full parse median ms   ratio   ms per 1k words');
for (const words of [1000, 5000, 20000]) {
  const text = textOf(words);
  const runs = words >= 20000 ? 9 : 21;
  let mentions = 0;
  const engine = time(() => {
    mentions = analyze(text, lexicon).mentions.length;
  }, runs);
  const full = time(() => nlp(text).json(), words >= 20000 ? 3 : 7);
  console.log(
    `${String(words).padEnd(8)}${engine.toFixed(2).padEnd(19)}${String(mentions).padEnd(11)}${full.toFixed(1).padEnd(34)}${(full / engine).toFixed(0).padEnd(8)}${((engine / words) * 1000).toFixed(2)}`,
  );
}
