/**
 * Scores the engine against the golden fixtures: precision, recall, side and stance accuracy, and the differences.
 * `npx tsx scripts/score-fixtures.ts [--diff]` (a development aid; the tests compare exactly).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../src/engine/index';
import { seed } from '../src/kb/seed/index';

const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? join(import.meta.dirname, '..', 'tests', 'fixtures');
const showDiff = process.argv.includes('--diff');
let tp = 0, fp = 0, fn = 0, sideOk = 0, stanceOk = 0, spanExact = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.expected.json')).sort()) {
  const name = f.replace('.expected.json', '');
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')).mentions as { text: string; lever: string; side: string | null; stance: string }[];
  let pos = 0;
  const expected = exp.map((e) => {
    const start = text.indexOf(e.text, pos);
    if (start < 0) throw new Error(`${name}: "${e.text}" not found after ${pos}`);
    pos = start + e.text.length;
    return { ...e, start, end: start + e.text.length };
  });
  const actual = annotateText(text, seed).mentions;
  const used = new Set<number>();
  const lines: string[] = [];
  for (const e of expected) {
    const k = actual.findIndex((a, idx) => !used.has(idx) && a.start < e.end && e.start < a.end);
    if (k < 0) {
      fn++;
      lines.push(`  MISS  "${e.text}" ${e.lever} ${e.side} ${e.stance}  @${e.start}`);
      continue;
    }
    used.add(k);
    tp++;
    const a = actual[k];
    if (a.start === e.start && a.end === e.end) spanExact++;
    if (a.side === e.side) sideOk++;
    if (a.stance === e.stance) stanceOk++;
    const diffs = [];
    if (a.text !== e.text) diffs.push(`span "${a.text}"`);
    if (a.lever !== e.lever) diffs.push(`lever ${a.lever}≠${e.lever}`);
    if (a.side !== e.side) diffs.push(`side ${a.side}≠${e.side}`);
    if (a.stance !== e.stance) diffs.push(`stance ${a.stance}≠${e.stance}`);
    if (diffs.length) lines.push(`  DIFF  "${e.text}" ${diffs.join(', ')}  | ${a.sentence.slice(0, 160)}`);
  }
  actual.forEach((a, idx) => {
    if (!used.has(idx)) {
      fp++;
      lines.push(`  EXTRA "${a.text}" ${a.lever} ${a.side} ${a.stance} | ${a.sentence.slice(0, 140)}`);
    }
  });
  console.log(`${name}: expected ${expected.length}, found ${actual.length}, ${lines.length} differences`);
  if (showDiff) console.log(lines.join('\n'));
}
const p = tp / (tp + fp), r = tp / (tp + fn);
console.log(`\nprecision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} side ${(sideOk / tp).toFixed(3)} stance ${(stanceOk / tp).toFixed(3)} exact spans ${(spanExact / tp).toFixed(3)}`);
