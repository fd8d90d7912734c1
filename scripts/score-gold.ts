/**
 * Scores the engine against hand annotations of real articles (tests/corpus-gold/*.json), made blind to the engine:
 * precision, recall, F1, side and stance accuracy. `npx tsx scripts/score-gold.ts [--diff] [gold.json...]`.
 * Needs the shared corpus (PP_CORPUS, default ../shared/corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotateText } from '../src/engine/index';
import { seed } from '../src/kb/seed/index';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.env.PP_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const diff = process.argv.includes('--diff');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const golds = files.length ? files : readdirSync(join(root, 'tests', 'corpus-gold')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'tests', 'corpus-gold', f));
if (!existsSync(corpus)) {
  console.error(`score-gold: the corpus folder ${corpus} is absent (set PP_CORPUS).`);
  process.exit(1);
}

interface Gold { corpus: string; documents: { file: string; mentions: { text: string; lever: string; side: string | null; stance: string }[] }[] }

let tp = 0, fp = 0, fn = 0, side = 0, stance = 0, lever = 0;
for (const path of golds) {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
  for (const d of gold.documents) {
    const text = readFileSync(join(corpus, gold.corpus, d.file), 'utf8');
    const found = annotateText(text, seed).mentions;
    let pos = 0;
    const expected = d.mentions.map((e) => {
      const start = text.indexOf(e.text, pos);
      pos = start + e.text.length;
      return { ...e, start, end: start + e.text.length };
    });
    const used = new Set<number>();
    for (const e of expected) {
      const k = found.findIndex((a, i) => !used.has(i) && a.start < e.end && e.start < a.end);
      if (k < 0) {
        fn++;
        if (diff) console.log(`MISS   ${d.file} "${e.text}" ${e.lever} ${e.side} ${e.stance}`);
        continue;
      }
      used.add(k);
      tp++;
      const a = found[k];
      if (a.lever === e.lever) lever++;
      if (a.side === e.side) side++;
      else if (diff) console.log(`SIDE   ${d.file} "${e.text}" ${a.side} (gold ${e.side}) | ${a.sentence.slice(0, 150)}`);
      if (a.stance === e.stance) stance++;
      else if (diff) console.log(`STANCE ${d.file} "${e.text}" ${a.stance} (gold ${e.stance}) | ${a.sentence.slice(0, 150)}`);
    }
    found.forEach((a, i) => {
      if (!used.has(i)) {
        fp++;
        if (diff) console.log(`EXTRA  ${d.file} "${a.text}" ${a.lever} ${a.side} | ${a.sentence.slice(0, 150)}`);
      }
    });
  }
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(
  `gold mentions ${tp + fn}, found ${tp + fp}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}; ` +
    `of the matched: lever ${(lever / tp).toFixed(3)}, side ${(side / tp).toFixed(3)}, stance ${(stance / tp).toFixed(3)}`,
);
