/**
 * The blind gold sets (tests/gold/*.json, see tests/gold/GUIDE.md): loading, the tuning/held-back split, matching
 * an engine's mentions against the labels, and the scores. Shared by scripts/score-gold.ts and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const goldDir = join(repoRoot, 'tests', 'gold');
export const corpusRoot = resolve(process.env.PP_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));

export interface GoldMention {
  text: string;
  lever: string;
  side: string | null;
  stance: 'tighten' | 'relax' | 'neutral';
  /** Web documents: index into `sentences`. */
  sentence?: number;
  note?: string;
}

export interface GoldDocument {
  id: string;
  /** corpus: path under the shared corpus; written: path under tests/gold/written. */
  file?: string;
  url?: string;
  title?: string;
  published?: string | null;
  sentences?: string[];
  mentions: GoldMention[];
}

export interface GoldFile {
  about: string;
  source: 'corpus' | 'web' | 'written';
  /** Legacy sets (tests/corpus-gold): the corpus folder the files are in. */
  corpus?: string;
  documents: GoldDocument[];
}

export type Part = 'tuning' | 'held-back';

/** A labelled mention placed in its document's text. */
export interface PlacedMention extends GoldMention {
  start: number;
  end: number;
}

export interface LoadedDocument {
  id: string;
  set: string;
  source: GoldFile['source'];
  part: Part;
  text: string;
  expected: PlacedMention[];
}

/** FNV-1a over the id: a split that does not move when documents are added or reordered. */
export function partOf(id: string): Part {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0 ? 'held-back' : 'tuning';
}

/** The text a document is scored on: the corpus or written file, or a web document's labelled sentences in order. */
export function documentText(file: GoldFile, doc: GoldDocument): string | null {
  if (file.source === 'web') return (doc.sentences ?? []).join('\n\n');
  const path = file.source === 'written' ? join(goldDir, 'written', doc.file ?? '') : join(corpusRoot, file.corpus ?? '', doc.file ?? '');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Places each labelled mention in the text, in order; throws naming the document and mention when one is absent. */
/** The first occurrence of `word` at or after `from` that is not inside a longer word ("tariff" is not in "tariffs"). */
function wholeWordIndex(text: string, word: string, from: number): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 && letter.test(word[0]) && letter.test(text[at - 1]);
    const after = letter.test(word[word.length - 1]) && letter.test(text[at + word.length] ?? '');
    if (!before && !after) return at;
  }
  return text.indexOf(word, from);
}

export function placeMentions(file: GoldFile, doc: GoldDocument, text: string): PlacedMention[] {
  let pos = 0;
  const starts: number[] = [];
  if (file.source === 'web') {
    let offset = 0;
    for (const s of doc.sentences ?? []) {
      starts.push(offset);
      offset += s.length + 2;
    }
  }
  return doc.mentions.map((m, k) => {
    if (file.source === 'web') {
      const s = m.sentence ?? -1;
      if (s < 0 || s >= starts.length) throw new Error(`${doc.id}: mention ${k} ("${m.text}") names sentence ${s}`);
      pos = Math.max(pos, starts[s]);
    }
    const start = wholeWordIndex(text, m.text, pos);
    if (start < 0) throw new Error(`${doc.id}: mention ${k} "${m.text}" is not in the text after offset ${pos}`);
    pos = start + m.text.length;
    return { ...m, start, end: pos };
  });
}

export function readGoldFile(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

export function goldFiles(dir = goldDir): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
}

/** Every document of the given gold files whose text is available; `missing` counts those whose text is not. */
export function loadGold(paths: string[]): { documents: LoadedDocument[]; missing: string[] } {
  const documents: LoadedDocument[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const file = readGoldFile(path);
    const set = path.replace(/^.*\//, '').replace(/\.json$/, '');
    for (const doc of file.documents) {
      const text = documentText(file, doc);
      if (text === null) {
        missing.push(doc.id ?? doc.file ?? '?');
        continue;
      }
      const id = doc.id ?? `${set}-${doc.file}`;
      documents.push({ id, set, source: file.source ?? 'corpus', part: partOf(id), text, expected: placeMentions(file, doc, text) });
    }
  }
  return { documents, missing };
}

export interface Predicted {
  start: number;
  end: number;
  text: string;
  lever: string;
  side: string | null;
  stance: string;
  sentence?: string;
}

export interface Score {
  gold: number;
  found: number;
  tp: number;
  lever: number;
  side: number;
  stance: number;
}

export const emptyScore = (): Score => ({ gold: 0, found: 0, tp: 0, lever: 0, side: 0, stance: 0 });

export type DiffLine = { kind: 'MISS' | 'EXTRA' | 'SIDE' | 'STANCE'; doc: string; text: string; got?: string | null; want?: string | null; sentence: string };

/** Pairs predicted and labelled mentions by overlap, in order, and adds the counts to `score`. */
export function scoreDocument(doc: LoadedDocument, predicted: Predicted[], score: Score, diff?: DiffLine[]): void {
  const used = new Set<number>();
  score.gold += doc.expected.length;
  score.found += predicted.length;
  const around = (start: number, end: number) => {
    const a = Math.max(doc.text.lastIndexOf('\n', start) + 1, start - 160);
    const b = doc.text.indexOf('\n', end);
    return doc.text.slice(a, Math.min(b < 0 ? doc.text.length : b, end + 160)).replace(/\s+/g, ' ');
  };
  for (const e of doc.expected) {
    const k = predicted.findIndex((a, i) => !used.has(i) && a.start < e.end && e.start < a.end);
    if (k < 0) {
      diff?.push({ kind: 'MISS', doc: doc.id, text: e.text, want: `${e.lever} ${e.side} ${e.stance}`, sentence: around(e.start, e.end) });
      continue;
    }
    used.add(k);
    score.tp++;
    const a = predicted[k];
    if (a.lever === e.lever) score.lever++;
    if (a.side === e.side) score.side++;
    else diff?.push({ kind: 'SIDE', doc: doc.id, text: e.text, got: a.side, want: e.side, sentence: around(e.start, e.end) });
    if (a.stance === e.stance) score.stance++;
    else diff?.push({ kind: 'STANCE', doc: doc.id, text: e.text, got: a.stance, want: e.stance, sentence: around(e.start, e.end) });
  }
  predicted.forEach((a, i) => {
    if (!used.has(i)) diff?.push({ kind: 'EXTRA', doc: doc.id, text: a.text, got: `${a.lever} ${a.side} ${a.stance}`, sentence: around(a.start, a.end) });
  });
}

export function addScores(into: Score, s: Score): void {
  into.gold += s.gold;
  into.found += s.found;
  into.tp += s.tp;
  into.lever += s.lever;
  into.side += s.side;
  into.stance += s.stance;
}

export function summarise(s: Score): { precision: number; recall: number; f1: number; lever: number; side: number; stance: number } {
  const precision = s.found ? s.tp / s.found : 1;
  const recall = s.gold ? s.tp / s.gold : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    lever: s.tp ? s.lever / s.tp : 0,
    side: s.tp ? s.side / s.tp : 0,
    stance: s.tp ? s.stance / s.tp : 0,
  };
}
