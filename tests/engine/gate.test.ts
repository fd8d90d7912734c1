/**
 * The loader's gate (src/page/gate.ts) turns a page away when no lever phrase is in it. It must never turn away text
 * in which the engine finds a mention: checked on the golden fixtures and, when it is there, on the shared corpus
 * (BBC and Reuters articles, and the article text of the saved readability pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/background/knowledge';
import { analyze, loadLexicon } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { extractText, findArticleRoot } from '../../src/page/article';
import { buildGate, compileGate, mayMention } from '../../src/engine/gate';
import { corpusFolder } from '../corpus/corpus-path';

const knowledge = buildKnowledge(seed);
const lexicon = loadLexicon(knowledge.lexicon);
const gate = compileGate(knowledge.gate);

describe('the gate', () => {
  const small = compileGate(buildGate([['tariffs'], ['rare', 'earths'], ["driver's", 'licence'], ['entity', 'list']]));

  it('finds a one-word phrase in any case', () => {
    expect(mayMention('New TARIFFS on steel.', small)).toBe(true);
    expect(mayMention('Tariff talk.', small)).toBe(false);
  });

  it('finds a phrase of several words whatever stands between them', () => {
    expect(mayMention('China controls rare earths.', small)).toBe(true);
    expect(mayMention('China controls rare-earths.', small)).toBe(true);
    expect(mayMention('a rare\nearths find', small)).toBe(true);
    expect(mayMention('It is rare. Earths are many.', small)).toBe(true);
    expect(mayMention('A rare sight on earth.', small)).toBe(false);
    expect(mayMention('The entity was listed.', small)).toBe(false);
  });

  it('ignores possessives and typographic apostrophes', () => {
    expect(mayMention('The Entity’s List grows.', small)).toBe(true);
    expect(mayMention("a driver's licence", small)).toBe(true);
    expect(mayMention('a driver’s licence', small)).toBe(true);
  });

  it('splits words at any character that is no ASCII letter or digit, in phrases and text alike', () => {
    expect(mayMention('“Tariffs”—and more.', small)).toBe(true);
    expect(mayMention('rare\u00a0earths', small)).toBe(true);
    const accented = compileGate(buildGate([['joint', 'communiqués']]));
    expect(mayMention('Their joint communiqués said little.', accented)).toBe(true);
    expect(mayMention('THEIR JOINT COMMUNIQUÉS SAID LITTLE.', accented)).toBe(true);
    expect(mayMention('Their joint communiqué said little.', accented)).toBe(false);
  });

  it('is stricter than looking for first words alone', () => {
    const firstWords = new Set(knowledge.gate.map(([first]) => first));
    const text = 'The first new state office opened in the national park, a high and special place.';
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)!;
    expect(words.some((w) => firstWords.has(w))).toBe(true);
    expect(mayMention(text, gate)).toBe(false);
  });
});

/** Texts where the engine finds a mention and the gate says no: must be none. */
function missed(texts: Iterable<[string, string]>): { missed: string[]; analysed: number; withMentions: number; passed: number } {
  const out: string[] = [];
  let analysed = 0;
  let withMentions = 0;
  let passed = 0;
  for (const [name, text] of texts) {
    analysed++;
    const open = mayMention(text, gate);
    if (open) passed++;
    const found = analyze(text, lexicon).mentions;
    if (found.length > 0) withMentions++;
    if (found.length > 0 && !open) out.push(`${name}: ${found.map((m) => m.text).join(', ')}`);
  }
  return { missed: out, analysed, withMentions, passed };
}

function* files(dir: string, ext: string): Generator<string> {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) yield* files(path, ext);
    else if (name.name.endsWith(ext)) yield path;
  }
}

describe('the gate never turns away what the engine would paint', () => {
  it('on the golden fixtures', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    const texts = [...files(dir, '.txt')].map((f): [string, string] => [f, readFileSync(f, 'utf8')]);
    expect(missed(texts).missed).toEqual([]);
  });

  const text = corpusFolder('text');
  it.skipIf(!text)('on the BBC and Reuters articles', () => {
    const result = missed([...files(text!, '.txt')].map((f): [string, string] => [f, readFileSync(f, 'utf8')]));
    console.log(`gate on ${result.analysed} articles: ${result.withMentions} with mentions, ${result.passed} let through`);
    expect(result.analysed).toBeGreaterThan(1000);
    expect(result.missed).toEqual([]);
  }, 120_000);

  const pages = corpusFolder('pages/readability');
  it.skipIf(!pages)('on the article text of the saved pages', () => {
    const texts: [string, string][] = [];
    for (const f of files(pages!, '.html')) {
      const { document } = parseHTML(readFileSync(f, 'utf8'));
      const root = findArticleRoot(document as unknown as Document);
      if (root) texts.push([f, extractText(root).text]);
    }
    const result = missed(texts);
    console.log(`gate on ${result.analysed} saved articles: ${result.withMentions} with mentions, ${result.passed} let through`);
    expect(result.missed).toEqual([]);
  }, 120_000);
});
