/**
 * The built command line on the real archives of the shared corpus: the 1,328 BBC files as one directory (one JSON
 * line per file, in order, each parseable alone), and the 551 Reuters articles in one file (exactly what the engine
 * finds in this process). Skips, saying so, when the corpus is absent (PP_CORPUS).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { corpusFolder } from '../corpus/corpus-path';
import { parseJson, parseJsonl, runBin } from './helpers';

const bbc = corpusFolder('text/bbc-2005');
const reuters = corpusFolder('text/reuters-1987-trade');

describe.skipIf(!bbc)('the BBC 2005 archive as a directory', () => {
  it('writes one JSON line per file, in file-name order, with exact offsets', async () => {
    const files = readdirSync(bbc!, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.txt'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(files).toHaveLength(1328);
    const { code, out, err } = await runBin(['annotate', '--jsonl', bbc!], { timeout: 5 * 60_000 });
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1328);
    const docs = parseJsonl(out);
    expect(docs.map((d) => relative(bbc!, d.file))).toEqual(files);
    let mentions = 0;
    for (const doc of docs.filter((_, i) => i % 20 === 0)) {
      const text = readFileSync(doc.file, 'utf8');
      for (const m of doc.mentions) expect(text.slice(m.start, m.end), `${doc.file} @${m.start}`).toBe(m.text);
      mentions += doc.mentions.length;
    }
    expect(mentions).toBeGreaterThan(0);
  }, 5 * 60_000);
});

describe.skipIf(!reuters)('the Reuters 1987 articles in one file', () => {
  it('finds exactly what the engine finds in this process', async () => {
    const text = readdirSync(reuters!)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(reuters!, f), 'utf8'))
      .join('\n\n');
    const dir = mkdtempSync(join(tmpdir(), 'pp-reuters-'));
    try {
      const file = join(dir, 'reuters.txt');
      writeFileSync(file, text);
      const { code, out } = await runBin(['annotate', '--json', file], { timeout: 2 * 60_000 });
      expect(code).toBe(0);
      const [doc] = parseJson(out).documents;
      const engine = annotateText(text, seed);
      expect(doc.mentions.length).toBeGreaterThan(500);
      expect(doc.mentions).toEqual(
        engine.mentions.map(({ start, end, text: t, lever, category, side, stance, confidence, sentence }) => ({ start, end, text: t, lever, category, side, stance, confidence, sentence })),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 2 * 60_000);
});
