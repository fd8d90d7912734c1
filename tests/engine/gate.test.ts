/**
 * The loader's gate (src/page/gate.ts) turns a page away when no lever phrase is in it. It must never turn away text
 * in which the engine finds a mention: checked on the golden fixtures and, when it is there, on the shared corpus
 * (BBC and Reuters articles, and the article text of the saved readability pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/background/knowledge';
import { analyze, loadLexicon } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { extractText, findArticleRoot } from '../../src/page/article';
import { buildGate, compileGate, mayMention } from '../../src/engine/gate';
import { gatePhrases } from '../../src/engine/gate-phrases';
import { OWNED_ONLY } from '../../src/engine/rules';
import { corpusFolder } from '../corpus/corpus-path';

const knowledge = buildKnowledge(seed);
const lexicon = loadLexicon(knowledge.lexicon);
const gate = compileGate(knowledge.gate)!;

describe('the gate', () => {
  const small = compileGate(buildGate([['tariffs'], ['rare', 'earths'], ["driver's", 'licence'], ['entity', 'list']]))!;

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
    const accented = compileGate(buildGate([['joint', 'communiqués']]))!;
    expect(mayMention('Their joint communiqués said little.', accented)).toBe(true);
    expect(mayMention('THEIR JOINT COMMUNIQUÉS SAID LITTLE.', accented)).toBe(true);
    expect(mayMention('Their joint communiqué said little.', accented)).toBe(false);
  });

  it('is stricter than looking for first words alone', () => {
    const firstWords = new Set(gate.map((line) => line.split(' ')[0]));
    const text = 'The first new state office opened in the national park, a high and special place.';
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)!;
    expect(words.some((w) => firstWords.has(w))).toBe(true);
    expect(mayMention(text, gate)).toBe(false);
  });
});

describe('the gate holds every phrase of the knowledge base', () => {
  const leverPhrases = knowledge.lexicon.phrases.filter((p) => p.entry.kind === 'lever');

  it('lets through each lever phrase (every form of every alias, context alias and acronym), however it is written', () => {
    expect(leverPhrases.length).toBeGreaterThan(500);
    const refused: string[] = [];
    for (const p of leverPhrases) {
      // A word that is a lever only with its owner is looked for with one (see the next test).
      if (p.tokens.length === 1 && OWNED_ONLY.has(p.tokens[0])) continue;
      const plain = (p.exact ?? p.tokens).join(' ');
      const texts = [
        `Officials spoke of ${plain} on Monday.`,
        `${plain.toUpperCase()}!`,
        `The ${plain}'s future`,
        `The ${plain}\u2019s future`,
        `(${(p.exact ?? p.tokens).join('\n\n')})`,
      ];
      for (const text of texts) if (!mayMention(text, gate)) refused.push(text);
    }
    expect(refused).toEqual([]);
  });

  it('looks for "technology", "software", "equipment" only with a side owning them, as the engine does', () => {
    expect(mayMention('The rule bars supplying U.S.-origin technology to Huawei.', gate)).toBe(true);
    expect(mayMention('Huawei may no longer buy American software.', gate)).toBe(true);
    expect(mayMention('The technology and software of the new phone impressed reviewers.', gate)).toBe(false);
  });

  it('lets through every sentence of an alias in which the engine finds a mention', () => {
    let found = 0;
    const refused: string[] = [];
    for (const lever of seed.levers) {
      for (const alias of [...lever.aliases, ...(lever.contextAliases ?? []), ...(lever.acronyms ?? [])]) {
        for (const text of [`China tightened ${alias} against the United States.`, `Washington eased the ${alias} on Chinese exports.`]) {
          if (analyze(text, lexicon).mentions.length === 0) continue;
          found++;
          if (!mayMention(text, gate)) refused.push(text);
        }
      }
    }
    expect(found).toBeGreaterThan(200);
    expect(refused).toEqual([]);
  });

  it('lets through whatever the gate of one array per phrase let through (its published form drops only phrases another one covers)', () => {
    // The previous form: every phrase's words kept, each text word found and lower-cased by itself.
    const WORD = /[A-Za-z0-9\u212A]+(?:['\u2019][A-Za-z\u212A]+)?['\u2019]?/g;
    const word = (w: string) => {
      let x = w.toLowerCase();
      if (/['\u2019]$/.test(x)) x = x.slice(0, -1);
      else if (x.length > 2 && /['\u2019]s$/.test(x)) x = x.slice(0, -2);
      return x.replace(/\u2019/g, "'");
    };
    const phrases = gatePhrases(leverPhrases.map((p) => p.tokens)).map((tokens) => (tokens.join(' ').match(WORD) ?? []).map(word)).filter((w) => w.length > 0);
    const reference = (text: string) => {
      const words = (text.match(WORD) ?? []).map(word);
      return words.some((_, i) => phrases.some((p) => p.every((w, k) => words[i + k] === w)));
    };
    const vocabulary = [...new Set(phrases.flat())];
    const piece = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
      fc.constantFrom(...vocabulary).map((w) => `${w}'s`),
      fc.constantFrom(...vocabulary).map((w) => `${w}\u2019`),
      fc.constantFrom('the', 'of', 'new', 'state', '\u0130stanbul', '\u212Aelvin', 'caf\u00e9', 'x', "rock'n'roll", "it's", "'s", "'"),
    );
    const separator = fc.constantFrom(' ', ', ', '\n\n', '-', '\u00a0', '. ', '\u2014');
    const text = fc.array(fc.tuple(piece, separator), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    let agreed = 0;
    fc.assert(
      fc.property(text, (t) => {
        const before = reference(t);
        const now = mayMention(t, gate);
        if (before === now) agreed++;
        return !before || now;
      }),
      // "'s SOFTWARE ": a stray "'s" is no "U.S." (a counterexample fast-check once found).
      { numRuns: 3000, examples: [["'s SOFTWARE "]] },
    );
    // Looser only where a word has two apostrophes or a possessive after its trailing one.
    expect(agreed).toBeGreaterThan(2900);
  });

  it('is published as one short string', () => {
    expect(typeof knowledge.gate).toBe('string');
    // The loader reads this string on every page: it grows with the knowledge base (16,079 characters with seed 9,
    // 17,300 with seed 24, 18,330 with the goods, chip lines, reviews, licensing steps, price cap, barriers, fentanyl
    // flows, diffusion rule and customs inspections of the fourth recall round, 18,507 with Treasury securities), and a
    // jump well past this bound means the gate is no longer a compact phrase list.
    expect(knowledge.gate.length).toBeLessThan(19_000);
    expect(compileGate(undefined)).toBeNull();
    expect(compileGate([['tariffs', [[]]]])).toBeNull();
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
