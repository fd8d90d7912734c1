/**
 * Scores the engine against the blind gold sets (tests/gold/*.json; the guide is tests/gold/GUIDE.md): precision,
 * recall, F1, and on matched mentions lever, side and stance accuracy, for the tuning part and the held-back part,
 * next to two baselines: a plain keyword list with default holders, and answering "tighten" for every mention.
 *
 *   npx tsx scripts/score-gold.ts [--diff] [--set=NAME] [--engine-root=DIR] [gold.json ...]
 *
 * --diff lists the differences of the tuning part only: the held-back part is for reporting, not for reading.
 * --engine-root scores another checkout's engine and seed (e.g. an older commit in a git worktree), same labels.
 * Needs the shared corpus for corpus documents (PP_CORPUS, default ../shared/corpus).
 */
import { resolve } from 'node:path';
import type { KnowledgeBase } from '../src/types/knowledge';
import { addScores, emptyScore, goldFiles, loadGold, scoreDocument, summarise, type DiffLine, type Part, type Predicted, type Score } from './lib/gold';
import { keywordBaseline } from './lib/keyword-baseline';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const diff = args.includes('--diff');
const only = flag('set');
const engineRoot = resolve(flag('engine-root') ?? resolve(import.meta.dirname, '..'));
const paths = args.filter((a) => !a.startsWith('--'));
const files = (paths.length ? paths.map((p) => resolve(p)) : goldFiles()).filter((p) => !only || p.endsWith(`/${only}.json`));

const { annotateText } = (await import(`${engineRoot}/src/engine/index.ts`)) as { annotateText(text: string, kb: KnowledgeBase): { mentions: Predicted[] } };
const { seed } = (await import(`${engineRoot}/src/kb/seed/index.ts`)) as { seed: KnowledgeBase };

const { documents, missing } = loadGold(files);
if (missing.length) console.error(`score-gold: ${missing.length} documents skipped, their text is absent (corpus at PP_CORPUS?): ${missing.slice(0, 5).join(', ')}`);
if (documents.length === 0) {
  console.error('score-gold: no gold documents to score.');
  process.exit(1);
}

type Row = { engine: Score; keyword: Score; tighten: Score; docs: number };
const rows = new Map<string, Row>();
const row = (key: string) => rows.get(key) ?? rows.set(key, { engine: emptyScore(), keyword: emptyScore(), tighten: emptyScore(), docs: 0 }).get(key)!;
const lines: DiffLine[] = [];
const baseline = keywordBaseline(seed);
for (const doc of documents) {
  const engine = emptyScore();
  const keyword = emptyScore();
  const found = annotateText(doc.text, seed).mentions;
  scoreDocument(doc, found, engine, diff && doc.part === 'tuning' ? lines : undefined);
  const kw = baseline(doc.text);
  scoreDocument(doc, kw, keyword);
  const tighten = emptyScore();
  scoreDocument(doc, found.map((m) => ({ ...m, stance: 'tighten' })), tighten);
  for (const key of [doc.part, `${doc.part} / ${doc.set}`, 'all']) {
    const r = row(key);
    addScores(r.engine, engine);
    addScores(r.keyword, keyword);
    addScores(r.tighten, tighten);
    r.docs++;
  }
}

for (const l of lines) {
  const what = l.kind === 'MISS' ? `want ${l.want}` : l.kind === 'EXTRA' ? `got ${l.got}` : `got ${l.got}, want ${l.want}`;
  console.log(`${l.kind.padEnd(6)} ${l.doc} "${l.text}" ${what} | ${l.sentence.slice(0, 220)}`);
}
if (lines.length) console.log('');

const f = (x: number) => x.toFixed(3);
const parts: Part[] = ['tuning', 'held-back'];
const keys = [...parts.flatMap((p) => [p, ...[...rows.keys()].filter((k) => k.startsWith(`${p} / `)).sort()]), 'all'].filter((k) => rows.has(k));
console.log(`engine: ${engineRoot}`);
console.log('| part | docs | gold | system | found | precision | recall | F1 | side | stance | lever |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const key of keys) {
  const r = rows.get(key)!;
  const e = summarise(r.engine);
  const k = summarise(r.keyword);
  const t = summarise(r.tighten);
  const bold = parts.includes(key as Part) || key === 'all';
  const name = bold ? `**${key}**` : key;
  console.log(`| ${name} | ${r.docs} | ${r.engine.gold} | keyword list | ${r.keyword.found} | ${f(k.precision)} | ${f(k.recall)} | ${f(k.f1)} | ${f(k.side)} | — | ${f(k.lever)} |`);
  console.log(`| ${name} | | | "tighten" always | | | | | | ${f(t.stance)} | |`);
  console.log(`| ${name} | | | engine | ${r.engine.found} | ${f(e.precision)} | ${f(e.recall)} | ${f(e.f1)} | ${f(e.side)} | ${f(e.stance)} | ${f(e.lever)} |`);
}
